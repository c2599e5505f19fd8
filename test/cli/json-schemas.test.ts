import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import ExcelJS from "exceljs";
import { ROLES } from "../../src/engine/roles";
import { SCHEMA_VERSION } from "../../src/cli/schema-version";
import { FIXTURES, runCli } from "./run-cli";

const SCHEMAS = path.join(__dirname, "..", "..", "docs", "schema");

async function validators(): Promise<Record<"check" | "table" | "scorecard", ValidateFunction>> {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  for (const name of ["table", "check", "scorecard"]) ajv.addSchema(JSON.parse(await fs.readFile(path.join(SCHEMAS, `${name}.schema.json`), "utf8")));
  const get = (id: string) => ajv.getSchema(id)!;
  return { check: get("check.schema.json"), table: get("table.schema.json"), scorecard: get("scorecard.schema.json") };
}

/** The output's problems as the schema names them: empty when it conforms. */
function problems(validate: ValidateFunction, doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

const PLANS = ["bg-kyustendil-2019.xlsx", "pl-bochnia-2018.xlsx", "ru-volodarsk-2020.xlsx", "bg-scorecard.xlsx", "pl-power-context.xlsx"];

async function json(args: string[]): Promise<unknown> {
  const run = await runCli([...args, "--json"]);
  return JSON.parse(run.stdout);
}

describe("the published JSON schemas (docs/schema)", () => {
  let v: Awaited<ReturnType<typeof validators>>;
  beforeAll(async () => {
    v = await validators();
  });

  it.each(PLANS)("describe check --json of %s", async (plan) => {
    const doc = await json(["check", path.join(FIXTURES, plan)]);
    expect(problems(v.check, doc)).toEqual([]);
    expect(doc).toMatchObject({ schemaVersion: SCHEMA_VERSION });
  });

  it.each(PLANS)("describe table --json of %s", async (plan) => {
    expect(problems(v.table, await json(["table", path.join(FIXTURES, plan)]))).toEqual([]);
  });

  it("describe check --json of a whole folder, unreadable files and the overview included", async () => {
    const doc = (await json(["check", FIXTURES, "--lang", "bg"])) as { overview?: unknown; files: { error: unknown }[] };
    expect(doc.overview).toBeDefined();
    expect(doc.files.some((f) => f.error !== null)).toBe(true);
    expect(problems(v.check, doc)).toEqual([]);
  });

  it("describe check --json --since, with findings marked new or open and the fixed ones", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-schema-"));
    try {
      const plan = path.join(dir, "volodarsk.xlsx");
      await fs.copyFile(path.join(FIXTURES, "ru-volodarsk-2020.xlsx"), plan);
      await fs.copyFile(path.join(FIXTURES, "pl-bochnia-2018.xlsx"), path.join(dir, "bochnia.xlsx"));
      const before = path.join(dir, "..", `${path.basename(dir)}-before.xlsx`);
      await runCli(["check", dir, "--report", before]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(plan);
      wb.worksheets[0].getCell("D26").value = null;
      await wb.xlsx.writeFile(plan);
      const doc = (await json(["check", dir, "--since", before])) as { overview: { findings: { change: string }[] } };
      expect(doc.overview.findings.some((f) => f.change === "new")).toBe(true);
      expect(problems(v.check, doc)).toEqual([]);
      await fs.rm(before, { force: true });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("describe table --json of several workbooks as a list", async () => {
    const doc = await json(["table", path.join(FIXTURES, PLANS[1]), path.join(FIXTURES, PLANS[2])]);
    expect(Array.isArray(doc)).toBe(true);
    expect(problems(v.table, doc)).toEqual([]);
  });

  it("describe scorecard --json of the scorecard and of a plan without one", async () => {
    const scorecard = (await json(["scorecard", path.join(FIXTURES, "bg-scorecard.xlsx")])) as { scorecards: unknown[] };
    expect(scorecard.scorecards.length).toBeGreaterThan(0);
    expect(problems(v.scorecard, scorecard)).toEqual([]);
    expect(problems(v.scorecard, await json(["scorecard", path.join(FIXTURES, "pl-bochnia-2018.xlsx")]))).toEqual([]);
    // Threshold columns and their lines per indicator.
    expect(problems(v.scorecard, await json(["scorecard", path.join(FIXTURES, "bg-scorecard-measured.xlsx")]))).toEqual([]);
    // Actuals by year: a series and a trend per indicator.
    expect(problems(v.scorecard, await json(["scorecard", path.join(FIXTURES, "bg-scorecard-by-year.xlsx")]))).toEqual([]);
  });

  it("reject output that breaks the contract", async () => {
    const doc = (await json(["check", path.join(FIXTURES, "ru-volodarsk-2020.xlsx")])) as Record<string, unknown> & { files: { tables: { findings: Record<string, unknown>[] }[] }[] };
    const finding = doc.files[0].tables[0].findings[0];
    const renamed = { ...doc, files: [{ ...doc.files[0], tables: [{ ...doc.files[0].tables[0], findings: [{ ...finding, severity: "fatal" }] }] }] };
    expect(problems(v.check, renamed)).not.toEqual([]);
    const { schemaVersion: _dropped, ...unversioned } = doc;
    expect(problems(v.check, unversioned)).toEqual(["/ must have required property 'schemaVersion'"]);
  });

  it("list the roles the engine knows", async () => {
    const table = JSON.parse(await fs.readFile(path.join(SCHEMAS, "table.schema.json"), "utf8"));
    expect(table.$defs.role.enum).toEqual([...ROLES]);
  });
});
