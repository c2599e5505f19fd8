import * as path from "path";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import {
  OLD_REPORT,
  PLAN,
  REGISTRY,
  otherPart,
  planRecord,
  recordPart,
  recordParts,
  tempFile,
  withCustomXml,
  withReportMarker,
  workbookBytes,
} from "../xlsx/record-workbooks";
import { runCli } from "./run-cli";

interface FindingJson {
  code: string;
  cell: string;
  value: string;
}
interface TableJson {
  sheet: string;
  period: { start: string; end: string; label: string } | null;
  columns: { column: string; role: string }[];
  findings: FindingJson[];
}

async function check(file: string, ...extra: string[]): Promise<{ code: number; tables: TableJson[]; sheets: number }> {
  const r = await runCli(["check", file, "--json", ...extra]);
  const doc = JSON.parse(r.stdout);
  return { code: r.code, tables: doc.files[0].tables, sheets: doc.files[0].sheets };
}

const at = (t: TableJson, code: string) => t.findings.filter((f) => f.code === code).map((f) => f.cell);
const roleOf = (t: TableJson, column: string) => t.columns.find((c) => c.column === column)?.role;

const SHEETS: [string, typeof PLAN][] = [
  ["Plan", PLAN],
  ["PlanCheck registry", REGISTRY],
  ["PlanCheck report", OLD_REPORT],
];

/** The typed workbook as Excel saves it after the add-in applied the table, and the same sheets without the record. */
async function typedAndPlain(): Promise<{ typed: string; plain: string }> {
  const bytes = await workbookBytes(SHEETS);
  return {
    typed: await tempFile("typed.xlsx", await withCustomXml(bytes, [otherPart(1), recordPart(planRecord(), 2)])),
    plain: await tempFile("plain.xlsx", bytes),
  };
}

describe("plancheck check reads PlanCheck's record in the workbook", () => {
  let files: { typed: string; plain: string };
  beforeAll(async () => {
    files = await typedAndPlain();
  });

  it("checks only the user's plan, not the report and registry sheets PlanCheck made", async () => {
    expect((await check(files.plain)).tables.map((t) => t.sheet)).toContain("PlanCheck report");
    const typed = await check(files.typed);
    expect(typed.tables.map((t) => t.sheet)).toEqual(["Plan"]);
    expect(typed.sheets).toBe(1);
  });

  it("uses the column roles the user confirmed instead of the header's wording", async () => {
    const [plain] = (await check(files.plain)).tables;
    expect(roleOf(plain, "F")).toBe("unknown");
    expect(at(plain, "gap.no-financing")).toEqual([]);
    const [typed] = (await check(files.typed)).tables;
    expect(roleOf(typed, "F")).toBe("financing");
    // The second task says nothing about how it is paid for, now that F is the financing column.
    expect(at(typed, "gap.no-financing")).toEqual(["F3"]);
  });

  it("uses the recorded plan period", async () => {
    const [plain] = (await check(files.plain)).tables;
    expect(plain.period).toBeNull();
    expect(at(plain, "deadline.outside-period")).toEqual([]);
    const [typed] = (await check(files.typed)).tables;
    expect(typed.period).toEqual({ start: "2025-01-01", end: "2025-12-31", label: "2025" });
    expect(at(typed, "deadline.outside-period")).toEqual(["C2"]);
  });

  it("lets --period win over the recorded period", async () => {
    const [typed] = (await check(files.typed, "--period", "2026")).tables;
    expect(typed.period?.label).toBe("2026");
    expect(at(typed, "deadline.outside-period")).not.toContain("C2");
    // The recorded roles still apply.
    expect(roleOf(typed, "F")).toBe("financing");
  });

  it("knows the executors listed on the registry sheet", async () => {
    const [plain] = (await check(files.plain)).tables;
    expect(at(plain, "responsible.unknown")).toEqual(["D2", "D3"]);
    const [typed] = (await check(files.typed)).tables;
    expect(at(typed, "responsible.unknown")).toEqual([]);
  });

  it("does not check a report sheet marked by an earlier copy's hidden name as a plan", async () => {
    const marked = await tempFile("marked.xlsx", await withReportMarker(await workbookBytes([SHEETS[0], SHEETS[2]]), "PlanCheck report"));
    expect((await check(marked)).tables.map((t) => t.sheet)).toEqual(["Plan"]);
  });

  it("plancheck table reads the record too", async () => {
    const r = await runCli(["table", files.typed, "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.tables.map((t: TableJson) => t.sheet)).toEqual(["Plan"]);
    expect(roleOf(doc.tables[0], "F")).toBe("financing");
  });
});

describe("plancheck check --report records its report sheet", () => {
  it("writes a copy whose record names the report sheet, and a second report on that copy replaces it", async () => {
    const input = await tempFile("plan.xlsx", await workbookBytes([["Plan", PLAN]]));
    const dir = path.dirname(input);
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect((await runCli(["check", input, "--report", first])).code).not.toBe(2);

    const copy = await readWorkbook(first);
    expect(copy.metadata?.sheets).toEqual([{ kind: "report", name: "PlanCheck report", id: null }]);
    expect(copy.sheets.map((s) => s.sheet)).toEqual(["Plan", "PlanCheck report"]);

    // The copy checks as the plan did: its report sheet is PlanCheck's, not a plan.
    const original = await check(input);
    const checkedCopy = await check(first);
    expect(checkedCopy.tables).toEqual(original.tables);

    await runCli(["check", first, "--report", second]);
    const again = await readWorkbook(second);
    expect(again.sheets.map((s) => s.sheet)).toEqual(["Plan", "PlanCheck report"]);
    expect(again.metadata?.sheets).toEqual([{ kind: "report", name: "PlanCheck report", id: null }]);
    expect(await recordParts(second)).toHaveLength(1);
  });

  it("keeps the add-in's typed table and registry in the record of the copy, and replaces the add-in's report", async () => {
    const { typed } = await typedAndPlain();
    const out = path.join(path.dirname(typed), "typed-report.xlsx");
    await runCli(["check", typed, "--report", out, "--lang", "bg"]);
    const copy = await readWorkbook(out);
    expect(copy.sheets.map((s) => s.sheet)).toEqual(["Plan", "PlanCheck registry", "PlanCheck report"]);
    expect(copy.metadata?.tables).toEqual(planRecord().tables);
    expect(copy.metadata?.sheets).toEqual([planRecord().sheets[0], { kind: "report", name: "PlanCheck report", id: null }]);
    expect(await recordParts(out)).toEqual(["customXml/item2.xml"]);

    // Checked again, the copy reads the same: the recorded roles, period and registry still apply.
    const before = await check(typed);
    const after = await check(out);
    expect(after.tables).toEqual(before.tables);
  });
});
