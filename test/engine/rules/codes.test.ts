import * as fs from "fs";
import * as path from "path";
import { compareFindings } from "../../../src/engine/finding";
import { ALL_RULES, checkTable } from "../../../src/engine/rules";
import { CATALOG, LANGS } from "../../../src/i18n";
import { context } from "./helpers";
import { makeTable } from "./make-table";
import { bochnia, kyustendil, scorecard, volodarsk } from "./seed-tables";

/** The codes other tools and the documentation rely on. */
const CONTRACT = [
  "gap.no-measure",
  "gap.no-target",
  "gap.no-responsible",
  "gap.no-indicator",
  "gap.no-deadline",
  "gap.no-financing",
  "numbering.duplicate",
  "numbering.gap",
  "numbering.order",
  "table.blank-column",
  "table.duplicate-row",
  "header.role-missing",
  "deadline.missing",
  "deadline.unparsed",
  "deadline.outside-period",
  "deadline.reversed",
  "unit.unknown",
  "target.invalid",
  "responsible.missing",
  "responsible.unknown",
  "deadline.column-unread",
  "deadline.period-mismatch",
  "deadline.mostly-past",
  "responsible.column-unknown",
  "unit.column-unknown",
];

const codes = ALL_RULES.flatMap((r) => r.codes);
const docs = fs.readFileSync(path.join(__dirname, "../../../docs/findings.md"), "utf8");

describe("the finding codes", () => {
  it("cover every contract code, each emitted by exactly one rule", () => {
    expect(codes).toEqual(expect.arrayContaining(CONTRACT));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(codes)("%s has one line in docs/findings.md with its severity", (code) => {
    const line = docs.split("\n").filter((l) => l.startsWith(`| \`${code}\` |`));
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(/\| (error|warning|info)/);
  });

  it.each(codes)("%s has a message and a title in every language", (code) => {
    for (const lang of LANGS) {
      expect([lang, CATALOG[lang][`finding.${code}`]]).toEqual([lang, expect.any(String)]);
      expect([lang, CATALOG[lang][`code.${code}`]]).toEqual([lang, expect.any(String)]);
    }
  });

  it("are the only codes the rules emit, each rule its own", () => {
    const tables = [kyustendil(), bochnia(), scorecard(), volodarsk()];
    for (const rule of ALL_RULES) {
      for (const table of tables) for (const f of rule.run(table, context())) expect([rule.id, f.code]).toEqual([rule.id, expect.stringMatching(new RegExp(`^(${rule.codes.map((c) => c.replace(".", "\\.")).join("|")})$`))]);
    }
  });
});

describe("checkTable", () => {
  it("returns every rule's findings in sheet order: row, then column", () => {
    const findings = checkTable(kyustendil(), context());
    expect(findings.length).toBeGreaterThan(5);
    expect([...findings].sort(compareFindings)).toEqual(findings);
    const cells = findings.map((f) => f.cell);
    expect(cells.indexOf("A35")).toBeLessThan(cells.indexOf("F140"));
  });

  it("runs only the rules it is given", () => {
    const table = makeTable({ columns: ["number", "activity", "deadline"], rows: [["1.", "Определяне на координатор.", ""], ["3.", "Оценка на риска", "постоянен"]] });
    const numberingOnly = ALL_RULES.filter((r) => r.id === "numbering");
    expect(checkTable(table, context(), numberingOnly).map((f) => f.code)).toEqual(["numbering.gap"]);
    expect(checkTable(table, context()).map((f) => f.code)).toEqual(["header.role-missing", "header.role-missing", "gap.no-deadline", "numbering.gap"]);
  });
});
