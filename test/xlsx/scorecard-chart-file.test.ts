import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import { detectPlanTables } from "../../src/engine/plan-tables";
import { buildScorecard } from "../../src/engine/scorecard";
import { scorecardLayout } from "../../src/excel/portable-scorecard-layout";
import { translator } from "../../src/i18n";
import { injectScorecardSheets, type ScorecardSheetModel } from "../../src/xlsx/inject-scorecard-sheet";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { compatibilityView, validatePart } from "../support/ooxml-schema";

/**
 * The chart on the Scorecard sheet of a file copy: a drawing and a DrawingML chart part, valid
 * against the ECMA-376 schemas, plotting the objectives block's names and scores.
 */

const FIXTURE = path.join(__dirname, "../fixtures/bg-scorecard-measured.xlsx");
const SCHEMAS = path.join(__dirname, "../../schemas/ooxml/transitional");
const t = translator("bg");

async function models(): Promise<ScorecardSheetModel[]> {
  const book = await readWorkbook(FIXTURE);
  const grid = book.sheets.find((s) => detectPlanTables(s).length > 0)!;
  const card = buildScorecard(detectPlanTables(grid)[0]);
  return [{ name: t.t("scorecard.sheet-name"), plan: grid.sheet, layout: scorecardLayout(card, t), chartTitle: t.t("scorecard.chart.title") }];
}

/** Validates a DrawingML part against the schema that declares its root, with the ones it imports. */
async function validateDrawingPart(xml: string, schema: "dml-chart.xsd" | "dml-spreadsheetDrawing.xsd"): Promise<string[]> {
  const files = ["dml-main.xsd", "dml-chart.xsd", "dml-chartDrawing.xsd", "dml-spreadsheetDrawing.xsd", "dml-diagram.xsd", "dml-picture.xsd", "dml-lockedCanvas.xsd", "shared-relationshipReference.xsd", "shared-commonSimpleTypes.xsd"];
  const read = async (fileName: string): Promise<XMLFileInfo> => ({ fileName, contents: await fs.readFile(path.join(SCHEMAS, fileName), "utf8") });
  const main = await read(schema);
  const preload = await Promise.all(files.filter((f) => f !== schema).map(read));
  const result = await validateXML({ xml: [{ fileName: "part.xml", contents: compatibilityView(xml) }], schema: [main], preload });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage.trim());
}

let zip: JSZip;
let sheetName: string;

beforeAll(async () => {
  const bytes = await injectScorecardSheets(await fs.readFile(FIXTURE), await models());
  zip = await JSZip.loadAsync(bytes);
  sheetName = t.t("scorecard.sheet-name");
});

const text = (name: string) => zip.file(name)!.async("string");
const partsUnder = (dir: string) => Object.keys(zip.files).filter((f) => f.startsWith(dir) && !zip.files[f].dir);

describe("the chart on the Scorecard sheet of a file copy", () => {
  it("is a drawing with one chart, named in the package's content types and reached from the sheet", async () => {
    expect(partsUnder("xl/drawings/")).toEqual(["xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]);
    expect(partsUnder("xl/charts/")).toEqual(["xl/charts/chart1.xml"]);
    const types = await text("[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    const sheet = await text("xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    expect(await text("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    expect(await text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
  });

  it("is valid against the ECMA-376 schemas: chart, drawing, sheet, relationships and content types", async () => {
    expect(await validateDrawingPart(await text("xl/charts/chart1.xml"), "dml-chart.xsd")).toEqual([]);
    expect(await validateDrawingPart(await text("xl/drawings/drawing1.xml"), "dml-spreadsheetDrawing.xsd")).toEqual([]);
    expect((await validatePart(await text("xl/worksheets/sheet2.xml"), "worksheet")).errors).toEqual([]);
    for (const rels of ["xl/worksheets/_rels/sheet2.xml.rels", "xl/drawings/_rels/drawing1.xml.rels"]) {
      expect((await validatePart(await text(rels), "relationships")).errors).toEqual([]);
    }
    expect((await validatePart(await text("[Content_Types].xml"), "contentTypes")).errors).toEqual([]);
  });

  it("plots the objectives' names and scores from the sheet, with their computed values cached, titled in the user's language", async () => {
    const chart = await text("xl/charts/chart1.xml");
    const refs = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;|&#39;/g, "'"));
    const [series, categories, values] = refs;
    expect(series).toMatch(new RegExp(`^'${sheetName}'!\\$C\\$\\d+$`));
    expect(categories).toMatch(new RegExp(`^'${sheetName}'!\\$B\\$\\d+:\\$B\\$\\d+$`));
    expect(values).toBe(categories.replace(/\$B/g, "$C"));
    expect(chart).toContain(`<a:t>${t.t("scorecard.chart.title")}</a:t>`);

    // The cached scores are the values the sheet's own formulas cache in the same cells.
    const sheet = await text("xl/worksheets/sheet2.xml");
    const [top, bottom] = [...values.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
    const cachedInSheet: string[] = [];
    for (let r = top; r <= bottom; r++) cachedInSheet.push(new RegExp(`<c r="C${r}"[^>]*><f>[^<]*</f><v>([^<]*)</v>`).exec(sheet)?.[1] ?? "");
    const valCache = /<c:val>[\s\S]*?<\/c:val>/.exec(chart)![0];
    const cachedInChart = [...valCache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [Number(m[1]), m[2]] as const);
    expect(cachedInChart.length).toBeGreaterThan(0);
    for (const [i, v] of cachedInChart) expect(v).toBe(cachedInSheet[i]);
  });

  it("sits right of the sheet's columns, covering none of its cells", async () => {
    const drawing = await text("xl/drawings/drawing1.xml");
    const fromCol = Number(/<xdr:from><xdr:col>(\d+)<\/xdr:col>/.exec(drawing)![1]);
    const sheet = await text("xl/worksheets/sheet2.xml");
    const lastCol = Math.max(...[...sheet.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1));
    expect(fromCol).toBeGreaterThan(lastCol);
  });

  it("is replaced, not added again, when the scorecard is written a second time", async () => {
    const twice = await injectScorecardSheets(await zip.generateAsync({ type: "nodebuffer" }), await models());
    const again = await JSZip.loadAsync(twice);
    const under = (dir: string) => Object.keys(again.files).filter((f) => f.startsWith(dir) && !again.files[f].dir);
    expect(under("xl/drawings/")).toHaveLength(2);
    expect(under("xl/charts/")).toHaveLength(1);
    const types = await again.file("[Content_Types].xml")!.async("string");
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(1);
    expect(types.match(/officedocument\.drawing\+xml/g)).toHaveLength(1);
  });
});
