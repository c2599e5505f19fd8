import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { parseCellAddress } from "../../src/engine/grid";
import { readWorkbook, WorkbookReadError, type WorkbookReadErrorCode } from "../../src/xlsx/read-workbook";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const fixture = (name: string): string => path.join(FIXTURES, name);

/** Value of a cell by its A1 address, as a person points at it. */
function at(grid: SheetGrid, a1: string): CellValue {
  const p = parseCellAddress(a1);
  if (!p) throw new Error(`bad address ${a1}`);
  const row = grid.values[p.row - grid.origin.row];
  return row === undefined ? null : (row[p.col - grid.origin.col] ?? null);
}

function rowValues(grid: SheetGrid, sheetRow: number): CellValue[] {
  return grid.values[sheetRow - 1 - grid.origin.row];
}

async function onlySheet(file: string): Promise<SheetGrid> {
  const snapshot = await readWorkbook(fixture(file));
  expect(snapshot.sheets).toHaveLength(1);
  return snapshot.sheets[0];
}

async function readError(input: string | Buffer, name?: string, limits?: object): Promise<WorkbookReadError> {
  try {
    await readWorkbook(input, name, limits);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error("expected a WorkbookReadError");
}

describe("readWorkbook on the fixture workbooks", () => {
  it.each([
    ["bg-kyustendil-2019.xlsx", "План 2019", 170, 6],
    ["bg-scorecard.xlsx", "BSC", 8, 8],
    ["pl-bochnia-2018.xlsx", "Harmonogram", 33, 10],
    ["ru-volodarsk-2020.xlsx", "Дорожная карта", 28, 5],
    ["pl-power-context.xlsx", "Kontekst", 37, 1],
  ])("reads %s as the visible sheet %s from A1 to its last used cell", async (file, sheet, rows, cols) => {
    const snapshot = await readWorkbook(fixture(file));
    expect(snapshot.file).toBe(fixture(file));
    expect(snapshot.sheets.map((s) => s.sheet)).toEqual([sheet]);
    const grid = snapshot.sheets[0];
    expect(grid.visibility).toBe("visible");
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.values).toHaveLength(rows);
    for (const row of grid.values) expect(row).toHaveLength(cols);
  });

  describe("Polish harmonogram", () => {
    it("keeps MONITOROWANIE merged over the three monitoring columns above Wskaźnik | Miernik | Sposób monitorowania", async () => {
      const grid = await onlySheet("pl-bochnia-2018.xlsx");
      expect(grid.merges).toContainEqual({ row: 11, col: 7, rowCount: 1, colCount: 3 });
      expect(at(grid, "H12")).toBe("MONITOROWANIE");
      expect([at(grid, "I12"), at(grid, "J12")]).toEqual([null, null]);
      expect([at(grid, "H13"), at(grid, "I13"), at(grid, "J13")]).toEqual(["Wskaźnik", "Miernik", "Sposób monitorowania"]);
    });

    it("keeps the first seven header cells merged over both header rows, the lower cells empty", async () => {
      const grid = await onlySheet("pl-bochnia-2018.xlsx");
      for (let col = 0; col < 7; col++) expect(grid.merges).toContainEqual({ row: 11, col, rowCount: 2, colCount: 1 });
      expect(grid.merges).toHaveLength(8);
      expect(rowValues(grid, 12).slice(0, 7)).toEqual([
        "Nr zadania",
        "Zadnie/działanie",
        "Sposób realizacji",
        "Jednostka odpowiedzialna\ni współpracująca",
        "Terminy realizacji",
        "Zamierzony efekt",
        "Źródła finansowania",
      ]);
      expect(rowValues(grid, 13).slice(0, 7)).toEqual([null, null, null, null, null, null, null]);
    });

    it("preserves line breaks inside cells", async () => {
      const grid = await onlySheet("pl-bochnia-2018.xlsx");
      expect(at(grid, "E14")).toBe("Styczeń/\nluty 2018");
      expect(at(grid, "I19")).toBe("8 planów\nI harmonogramów");
      expect(at(grid, "D29")).toBe("Dyrektor szkoły\nw porozumieniu\nz Gł. Księgową.");
    });

    it("reads eighteen tasks with numbers as numbers and the page number below the table", async () => {
      const grid = await onlySheet("pl-bochnia-2018.xlsx");
      const numbers = grid.values.slice(13, 31).map((r) => r[0]);
      expect(numbers).toEqual(Array.from({ length: 18 }, (_, i) => `${i + 1}.`));
      expect(at(grid, "I14")).toBe(1);
      expect(at(grid, "I26")).toBe(10);
      expect(rowValues(grid, 15)).toEqual([
        "2.",
        "Zabezpieczenie środków finansowych na realizację zadania (pilotaż).",
        "Zaplanowanie środków w budżecie Powiatu.",
        "Wydział  OPS/FK/\nSkarbnik Powiatu/Zarząd Powiatu",
        "Styczeń/\nluty 2018",
        "Zabezpieczenie finansowania zadania",
        "Budżet Powiatu",
        "Zmiana                 w budżecie Powiatu na rok 2018",
        1,
        "Publikacja uchwały",
      ]);
      expect(rowValues(grid, 32).every((v) => v === null)).toBe(true);
      expect(at(grid, "A33")).toBe(1);
    });
  });

  describe("Russian roadmap", () => {
    const header = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственный исполнитель", "Ожидаемый результат"];

    it("has the plan header at row 21 and again, as data, after row 1, followed by an empty row", async () => {
      const grid = await onlySheet("ru-volodarsk-2020.xlsx");
      expect(rowValues(grid, 21)).toEqual(header);
      expect(at(grid, "A22")).toBe(1);
      expect(at(grid, "C22")).toBe("Сентябрь-декабрь 2020");
      expect(rowValues(grid, 23)).toEqual(header);
      expect(rowValues(grid, 24)).toEqual([null, null, null, null, null]);
      expect(grid.values.slice(24).map((r) => r[0])).toEqual([2, 3, 4, 5]);
    });

    it("reads the passport with its continuation rows and without Word's bookmark marker", async () => {
      const grid = await onlySheet("ru-volodarsk-2020.xlsx");
      expect(grid.values.slice(5, 16).map((r) => r[0])).toEqual([1, 2, 3, null, 4, 5, 6, 7, null, 8, 9]);
      expect(at(grid, "B8")).toBe("Показатели для оценки и");
      expect(at(grid, "B9")).toBe("определение методов сбора информации");
      const goals = String(at(grid, "C6"));
      expect(goals).toContain("\no обеспечение потребности ОО в резерве управленских кадров.\nЗадачи:\n");
      expect(goals).not.toContain("bookmark");
      // Word's Symbol-font list bullets (U+F02D U+F020) come through the paste untouched.
      expect(goals.startsWith("\uF02D\uF020внедрение муниципальной системы мониторинга")).toBe(true);
    });
  });

  describe("Bulgarian annual plan", () => {
    it("has title and glossary rows above the header at row 31", async () => {
      const grid = await onlySheet("bg-kyustendil-2019.xlsx");
      expect(at(grid, "A1")).toBe("ОБЩИНА КЮСТЕНДИЛ");
      expect(at(grid, "A11")).toBe("Използвани съкращения:");
      expect(at(grid, "A14")).toBe("РУО – Регионално управление на образованието");
      expect(rowValues(grid, 31)).toEqual([
        "№",
        "Дейност",
        "Срок за изпълнение",
        "Отговорни институции",
        "Финансиране",
        "Индикатори оценка на изпълнение",
      ]);
    });

    it("keeps section rows merged across the table and the goal split over two rows", async () => {
      const grid = await onlySheet("bg-kyustendil-2019.xlsx");
      const sectionRows = grid.merges.map((m) => m.row + 1);
      expect(sectionRows).toEqual([32, 82, 83, 103, 119, 125, 162]);
      for (const m of grid.merges) expect(m).toMatchObject({ col: 0, rowCount: 1, colCount: 6 });
      expect(String(at(grid, "A82"))).toMatch(/^Стратегическа цел №2: .* задоволяване$/);
      expect(String(at(grid, "A83"))).toMatch(/^потребностите от подкрепа/);
    });

    it("keeps split rows, repeated and skipped numbers and the shifted goal 6 rows as pasted", async () => {
      const grid = await onlySheet("bg-kyustendil-2019.xlsx");
      expect([at(grid, "A34"), at(grid, "A35")]).toEqual(["2.", "2."]);
      expect([at(grid, "A66"), at(grid, "A67")]).toEqual(["10.2.", "10.4."]);
      expect(rowValues(grid, 38)).toEqual([null, null, null, null, "бюджета на училищата и детските градини, национални програми и проекти", null]);
      expect(String(at(grid, "A160"))).toMatch(/^6\.3\. Формиране на база-данни/);
      expect(at(grid, "B160")).toBe("2019 година");
      expect(at(grid, "F160")).toBeNull();
      expect(String(at(grid, "A170"))).toMatch(/^Настоящият Годишен план/);
    });
  });

  describe("Bulgarian scorecard", () => {
    it("has the upper header merged in three groups and bullet lists one item per line", async () => {
      const grid = await onlySheet("bg-scorecard.xlsx");
      expect(grid.merges).toEqual([
        { row: 2, col: 0, rowCount: 1, colCount: 3 },
        { row: 2, col: 3, rowCount: 1, colCount: 2 },
        { row: 2, col: 5, rowCount: 1, colCount: 3 },
      ]);
      expect([at(grid, "D3"), at(grid, "F3")]).toEqual(["BALANCED SCORECARD", "ПЛАН"]);
      expect(at(grid, "B5")).toBe(
        "▪ Резултати за децата и учениците\n▪ Резултати за обществото\n▪ Резултати за хората\n▪ Ключови резултати",
      );
      expect(at(grid, "E5")).toBe("Брой\n%\n%\nВисока");
      expect(String(at(grid, "B6"))).toContain("Ключов процес:\n▪ Управление на риска\n  ○ Оценка на индивидуалните потребности");
    });

    it("reads the empty budget column as empty in every row", async () => {
      const grid = await onlySheet("bg-scorecard.xlsx");
      expect(at(grid, "G4")).toBe("БЮДЖЕТ");
      expect(grid.values.slice(4).map((r) => r[6])).toEqual([null, null, null, null]);
      expect(grid.values.slice(4).map((r) => r[7])).toEqual(Array(4).fill("Общини РУП ДСП Училища НПО"));
    });
  });

  it("joins the runs of a rich-text cell into its plain text", async () => {
    const grid = await onlySheet("pl-power-context.xlsx");
    const footnote = String(at(grid, "A12"));
    expect(footnote.startsWith("* Plan podnoszenia jakości usług oświatowych")).toBe(true);
    expect(footnote).not.toContain("**");
  });
});

describe("readWorkbook on files that are not readable workbooks", () => {
  it.each<[string, WorkbookReadErrorCode]>([
    ["not-a-workbook.xlsx", "file.not-workbook"],
    ["truncated.xlsx", "file.corrupt"],
    ["encrypted.xlsx", "file.encrypted"],
    ["no-such-plan.xlsx", "file.not-found"],
  ])("refuses %s with %s and a message naming the file", async (file, code) => {
    const err = await readError(fixture(file));
    expect(err.code).toBe(code);
    expect(err.file).toBe(fixture(file));
    expect(err.message).toContain(fixture(file));
    expect(err.message).not.toMatch(/\n\s+at /);
  });

  it("names the file as the caller gives it when reading bytes", async () => {
    const bytes = await fs.readFile(fixture("encrypted.xlsx"));
    const err = await readError(bytes, "Plan 2019.xlsx");
    expect(err).toMatchObject({ code: "file.encrypted", file: "Plan 2019.xlsx" });
    expect(err.message).toContain("Plan 2019.xlsx");
  });

  it("tells an old .xls workbook apart from a password-protected one", async () => {
    const bytes = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    Buffer.from("Workbook", "utf16le").copy(bytes, 512);
    const err = await readError(bytes, "plan.xls");
    expect(err.code).toBe("file.not-workbook");
    expect(err.message).toContain(".xls");
  });

  it("refuses a zip archive that holds no worksheets", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "not a spreadsheet");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    const err = await readError(bytes, "archive.xlsx");
    expect(err.code).toBe("file.not-workbook");
    expect(err.message).toContain("archive.xlsx");
  });

  it("refuses a file bigger than the byte limit before reading it", async () => {
    const err = await readError(fixture("pl-bochnia-2018.xlsx"), undefined, { maxBytes: 1000 });
    expect(err.code).toBe("file.too-large");
    expect(err.message).toContain("pl-bochnia-2018.xlsx");
  });

  it("refuses a workbook with more cells in use than the cell limit", async () => {
    const err = await readError(fixture("pl-bochnia-2018.xlsx"), "harmonogram.xlsx", { maxCells: 100 });
    expect(err).toMatchObject({ code: "file.too-large", file: "harmonogram.xlsx" });
  });
});

describe("readWorkbook cell values", () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-read-"));
    file = path.join(dir, "values.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.getCell("A1").value = new Date(Date.UTC(2019, 8, 15));
    ws.getCell("A1").numFmt = "dd.mm.yyyy";
    ws.getCell("B1").value = new Date(Date.UTC(2019, 8, 15, 10, 30));
    ws.getCell("B1").numFmt = "dd.mm.yyyy hh:mm";
    ws.getCell("A2").value = { formula: "VLOOKUP(\"x\",D1:D2,1,FALSE)", result: { error: "#N/A" } } as ExcelJS.CellValue;
    ws.getCell("B2").value = { formula: "#REF!+1", result: { error: "#REF!" } } as ExcelJS.CellValue;
    ws.getCell("C2").value = { formula: "2*21", result: 42 } as ExcelJS.CellValue;
    ws.getCell("D2").value = { formula: "TODAY()", result: new Date(Date.UTC(2020, 0, 31)) } as ExcelJS.CellValue;
    ws.getCell("A3").value = { text: "Regulamin", hyperlink: "https://example.org/regulamin" };
    ws.getCell("B3").value = { richText: [{ text: "Wydział " }, { font: { bold: true }, text: "OPS/FK\nSkarbnik" }] };
    ws.getCell("C3").value = true;
    ws.getCell("D3").value = 0.25;
    ws.getCell("A4").value = "Budżet Powiatu";
    ws.mergeCells("A4:C4");
    // Formatting far below and to the right is not content and must not widen the snapshot.
    ws.getCell("H40").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    wb.addWorksheet("Rejestr", { state: "hidden" }).getCell("A1").value = "PPP";
    wb.addWorksheet("Ustawienia", { state: "veryHidden" }).getCell("B2").value = "x";
    wb.addWorksheet("Pusty");
    await wb.xlsx.writeFile(file);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("reads date cells as ISO dates, with the time only when there is one", async () => {
    const [plan] = (await readWorkbook(file)).sheets;
    expect(at(plan, "A1")).toBe("2019-09-15");
    expect(at(plan, "B1")).toBe("2019-09-15T10:30");
  });

  it("reads formula cells as their last result, errors as their text", async () => {
    const [plan] = (await readWorkbook(file)).sheets;
    expect(rowValues(plan, 2)).toEqual(["#N/A", "#REF!", 42, "2020-01-31"]);
  });

  it("reads hyperlinks and rich text as their text, booleans and numbers as they are", async () => {
    const [plan] = (await readWorkbook(file)).sheets;
    expect(rowValues(plan, 3)).toEqual(["Regulamin", "Wydział OPS/FK\nSkarbnik", true, 0.25]);
  });

  it("gives a merged area's value only to its top-left cell and trims formatting-only cells", async () => {
    const [plan] = (await readWorkbook(file)).sheets;
    expect(rowValues(plan, 4)).toEqual(["Budżet Powiatu", null, null, null]);
    expect(plan.merges).toEqual([{ row: 3, col: 0, rowCount: 1, colCount: 3 }]);
    expect(plan.values).toHaveLength(4);
  });

  it("reads every sheet in order with its visibility, an empty sheet as no values", async () => {
    const { sheets } = await readWorkbook(file);
    expect(sheets.map((s) => [s.sheet, s.visibility])).toEqual([
      ["Plan", "visible"],
      ["Rejestr", "hidden"],
      ["Ustawienia", "veryHidden"],
      ["Pusty", "visible"],
    ]);
    expect(sheets[2].values).toEqual([
      [null, null],
      [null, "x"],
    ]);
    expect(sheets[3].values).toEqual([]);
  });

  it("reads the same snapshot from bytes as from the path", async () => {
    const fromPath = await readWorkbook(file, "values.xlsx");
    const fromBytes = await readWorkbook(await fs.readFile(file), "values.xlsx");
    expect(fromBytes).toEqual(fromPath);
  });
});
