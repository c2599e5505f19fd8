import * as path from "path";
import { checkFile, fileJson, type FileJson } from "../../src/cli/check-files";
import { translator } from "../../src/i18n";
import { parseCellAddress } from "../../src/engine/grid";

/**
 * The same seed plan saved as .xlsx, .ods, .docx, .csv and .tsv (test/fixtures/formats, built by
 * scripts/build-format-fixtures.js) gives the same findings. In Word the table is `Table N` and
 * its rows count from the table's first row, so locations are compared after that shift.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures");
const t = translator("en");

interface Located {
  code: string;
  severity: string;
  role: string | null;
  value: string;
  message: string;
  row: number;
  col: number;
}

async function findings(file: string, rowShift = 0): Promise<{ json: FileJson; list: Located[] }> {
  const json = fileJson(await checkFile(file, {}), t);
  const list = json.tables.flatMap((table) =>
    table.findings.map((f) => {
      const at = parseCellAddress(f.cell)!;
      return { code: f.code, severity: f.severity, role: f.role, value: f.value, message: f.message, row: at.row + rowShift, col: at.col };
    }),
  );
  return { json, list };
}

/** Sheet row of each Word table's first row, as the fixture script lays the tables out. */
const PLANS = [
  { base: "pl-bochnia-2018", wordTable: "Table 1", firstRow: 12, sheet: "Harmonogram" },
  { base: "bg-kyustendil-2019", wordTable: "Table 1", firstRow: 31, sheet: "План 2019" },
  { base: "ru-volodarsk-2020", wordTable: "Table 2", firstRow: 21, sheet: "Дорожная карта" },
];

describe.each(PLANS)("$base in every format", ({ base, wordTable, firstRow, sheet }) => {
  let xlsx: Awaited<ReturnType<typeof findings>>;
  beforeAll(async () => {
    xlsx = await findings(path.join(FIXTURES, `${base}.xlsx`));
  });

  it("the .xlsx has a plan table with findings to compare", () => {
    expect(xlsx.json.tables).toHaveLength(1);
    expect(xlsx.json.tables[0].sheet).toBe(sheet);
    expect(xlsx.json.tables[0].rows.length).toBeGreaterThan(3);
  });

  it.each(["ods", "csv"])("the .%s gives the same findings in the same cells", async (ext) => {
    const other = await findings(path.join(FIXTURES, "formats", `${base}.${ext}`));
    expect(other.json.error).toBeNull();
    expect(other.list).toEqual(xlsx.list);
    expect(other.json.tables.map((x) => [x.range, x.period?.label ?? null, x.columns.map((c) => c.role)])).toEqual(
      xlsx.json.tables.map((x) => [x.range, x.period?.label ?? null, x.columns.map((c) => c.role)]),
    );
  });

  it("the .docx gives the same findings, located in its table", async () => {
    const docx = await findings(path.join(FIXTURES, "formats", `${base}.docx`), firstRow - 1);
    expect(docx.json.format).toBe("docx");
    expect(docx.json.tables.map((x) => x.sheet)).toEqual([wordTable]);
    // The plan period comes from the document's preamble, as from the rows above the table.
    expect(docx.json.tables[0].period).toEqual(xlsx.json.tables[0].period);
    // Messages name rows too ("first used in row 4"): in Word, the table's own rows.
    const located = (list: Located[]) => list.map(({ message, ...rest }) => ({ ...rest, message: message.replace(/\d+/g, "#") }));
    expect(located(docx.list)).toEqual(located(xlsx.list));
    expect(docx.json.tables[0].columns).toEqual(xlsx.json.tables[0].columns);
    const rows = (j: FileJson) => j.tables[0].rows.map((r) => ({ ...r, row: r.row }));
    expect(rows(docx.json).map((r) => r.row + firstRow - 1)).toEqual(rows(xlsx.json).map((r) => r.row));
  });
});

it("the .tsv of the Kyustendil plan gives the .xlsx's findings", async () => {
  const a = await findings(path.join(FIXTURES, "bg-kyustendil-2019.xlsx"));
  const b = await findings(path.join(FIXTURES, "formats", "bg-kyustendil-2019.tsv"));
  expect(b.json.format).toBe("tsv");
  expect(b.list).toEqual(a.list);
});
