#!/usr/bin/env node
/**
 * Builds the reader-fidelity corpus in test/fixtures/fidelity/: workbooks of the same kinds of
 * cells written by several producers, so that PlanCheck's reader can be held equal, cell by cell,
 * to another reader (LibreOffice) on files it did not write itself.
 *
 *   exceljs-*.xlsx        written by exceljs (the library behind many web exports)
 *   libreoffice-*.xlsx    the exceljs workbooks and the plan fixtures saved again by LibreOffice Calc
 *   openxml-sdk-*.xlsx    laid out as the OpenXML SDK and ClosedXML write: `x:` prefixed elements,
 *                         the workbook part at a non-standard path
 *   excel-*.xlsx          laid out as Excel writes: shared strings with rich text and `_x000D_`,
 *                         markup-compatibility attributes, built-in date styles
 *   strict-*.xlsx         Strict OOXML (ISO/IEC 29500 strict namespaces), as Excel's "Strict Open XML" save
 *
 * Needs LibreOffice (`soffice`) for the libreoffice-* files; without it they are left as they are.
 * Usage: node test/xlsx/fidelity/build-corpus.js
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const ROOT = path.join(__dirname, "..", "..", "..");
const OUT = path.join(ROOT, "test", "fixtures", "fidelity");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));

/** Same bytes on every run: entries in a fixed order with a fixed date. */
async function repack(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.files[name];
    if (f.dir) continue;
    out.file(name, await f.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

const utc = (y, m, d, hh = 0, mm = 0, ss = 0) => new Date(Date.UTC(y, m - 1, d, hh, mm, ss));

/** Cells of every kind a plan holds, with the number formats writers use for dates and times. */
async function exceljsCells() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PlanCheck corpus";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("Клетки");
  const rows = [
    ["Текст", "- тире в началото", "=не формула", "+380 44 000 00 00", "@училище", "ред 1\nред 2"],
    ["Polski", "Zadanie \"pilotaż\" <a & b>", "  odstępy  ", "literal _x0041_ text", "Wskaźnik: 8 planów", "ж"],
    ["Numbers", 42, 0.1 + 0.2, -3.5, 1e20, 1.5e-10],
    ["Booleans", true, false, null, 0, 1],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  const formatted = [
    // value, number format
    [utc(2019, 9, 15), "dd.mm.yyyy"],
    [utc(2019, 9, 15), "DD.MM.YYYY"],
    [utc(2020, 12, 31, 23, 59, 59), "dd.mm.yyyy hh:mm"],
    [utc(2020, 12, 31, 23, 59, 59), "yyyy-mm-dd hh:mm:ss"],
    [utc(2021, 3, 1, 10, 30), "[$-409]d mmmm yyyy h:mm AM/PM"],
    [utc(2018, 1, 31), "mmmm yyyy"],
    [utc(2018, 1, 31), "YYYY\\-MM\\-DD"],
    [0.5, "h:mm"],
    [0.4375, "hh:mm AM/PM"],
    [1.5, "[h]:mm"],
    [0.0347222222222222, "mm:ss"],
    [45000, "0"],
    [45000, "#,##0.00"],
    [12, "0\" дни\""],
    [7, "\\h\\h 0"],
    [3, "0_m"],
    [0.25, "0%"],
    [45000, "[Red]0.00"],
    [3000000, "dd.mm.yyyy"],
  ];
  formatted.forEach(([v, fmt], i) => {
    const cell = ws.getCell(6 + i, 2);
    ws.getCell(6 + i, 1).value = fmt;
    cell.value = v;
    cell.numFmt = fmt;
  });
  ws.mergeCells("D6:F7");
  ws.getCell("D6").value = "Обединени клетки";
  const formulas = wb.addWorksheet("Formulas");
  formulas.getCell("A1").value = 20;
  formulas.getCell("A2").value = { formula: "A1*2", result: 40 };
  formulas.getCell("A3").value = { formula: "\"a\"&\"b\"", result: "ab" };
  formulas.getCell("A4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  formulas.getCell("A5").value = { formula: "A1>10", result: true };
  return repack(await wb.xlsx.writeBuffer());
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>';

/** A package laid out by hand: the parts given, in order, with a fixed date. */
async function pack(parts) {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** As the OpenXML SDK writes: every element prefixed `x:`, the workbook at `/xl/main.xml`, ids like `R1a2b`. */
async function openXmlSdkPrefixed() {
  const strings = ["№", "Дейност", "Срок", "Отговорник", "1.", "Квалификация на учители", "м. септември 2019 г.", "РУО – Кюстендил", "- първа точка\n- втора точка"];
  const sst = `${XML_DECL}<x:sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<x:si><x:t xml:space="preserve">${s.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</x:t></x:si>`).join("")}</x:sst>`;
  const row = (r, cells) => `<x:row r="${r}">${cells.join("")}</x:row>`;
  const s = (ref, i) => `<x:c r="${ref}" t="s"><x:v>${i}</x:v></x:c>`;
  const sheet =
    `${XML_DECL}<x:worksheet ${NS}><x:sheetData>` +
    row(1, [s("A1", 0), s("B1", 1), s("C1", 2), s("D1", 3)]) +
    row(2, [s("A2", 4), s("B2", 5), s("C2", 6), s("D2", 7)]) +
    row(3, [`<x:c r="A3"><x:v>2</x:v></x:c>`, s("B3", 8), `<x:c r="C3" s="1"><x:v>43723</x:v></x:c>`, `<x:c r="D3" t="b"><x:v>0</x:v></x:c>`]) +
    row(4, [`<x:c r="A4" t="inlineStr"><x:is><x:t>3.</x:t></x:is></x:c>`, `<x:c r="B4" t="str"><x:f>"текст"</x:f><x:v>текст</x:v></x:c>`, `<x:c r="C4" s="2"><x:v>0.999988425925926</x:v></x:c>`]) +
    `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B6:D6"/></x:mergeCells></x:worksheet>`;
  const styles =
    `${XML_DECL}<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="hh:mm:ss"/></x:numFmts>` +
    `<x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>` +
    `<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>` +
    `<x:cellXfs count="3"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`;
  return pack([
    ["[Content_Types].xml", `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/plan.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`],
    ["_rels/.rels", `${XML_DECL}<Relationships ${PKG_REL}><Relationship Type="${REL}/officeDocument" Target="/xl/main.xml" Id="R7e1f0c2a9b3d4e5f"/></Relationships>`],
    ["xl/main.xml", `${XML_DECL}<x:workbook ${NS} ${NS_R}><x:bookViews><x:workbookView/></x:bookViews><x:sheets><x:sheet name="План" sheetId="1" r:id="R0a1b2c3d4e5f6071"/></x:sheets></x:workbook>`],
    ["xl/_rels/main.xml.rels", `${XML_DECL}<Relationships ${PKG_REL}><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/plan.xml" Id="R0a1b2c3d4e5f6071"/><Relationship Type="${REL}/sharedStrings" Target="/xl/strings.xml" Id="R1a2b3c4d5e6f7081"/><Relationship Type="${REL}/styles" Target="/xl/styles.xml" Id="R2a3b4c5d6e7f8091"/></Relationships>`],
    ["xl/worksheets/plan.xml", sheet],
    ["xl/strings.xml", sst],
    ["xl/styles.xml", styles],
  ]);
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** As Excel writes: markup compatibility, rich text runs, `_x000D_` before a line break, built-in date and time styles. */
async function excelStyle() {
  const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"';
  const sst =
    `${XML_DECL}<sst ${MAIN} count="6" uniqueCount="6">` +
    `<si><t>Zadanie</t></si>` +
    `<si><r><t xml:space="preserve">Wydział </t></r><r><rPr><b/><sz val="11"/></rPr><t>OPS/FK</t></r></si>` +
    `<si><t xml:space="preserve">Styczeń/_x000D_\nluty 2018</t></si>` +
    `<si><t>_x005F_x0041_ stays as written</t></si>` +
    `<si><t>Termin</t><rPh sb="0" eb="1"><t>ТЕРМИН</t></rPh></si>` +
    `<si><t xml:space="preserve">- Organizacja szkoleń</t></si>` +
    `</sst>`;
  const c = (ref, attrs, v) => `<c r="${ref}"${attrs}><v>${v}</v></c>`;
  const sheet =
    `${XML_DECL}<worksheet ${MAIN} ${NS_R} ${mc} xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="A1:D3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>` +
    `<row r="1" spans="1:4" x14ac:dyDescent="0.25">${c("A1", ' t="s"', 0)}${c("B1", ' t="s"', 1)}${c("C1", ' t="s"', 2)}${c("D1", ' t="s"', 3)}</row>` +
    `<row r="2" spans="1:4" x14ac:dyDescent="0.25">${c("A2", ' t="s"', 4)}${c("B2", ' s="1"', 43374)}${c("C2", ' s="2"', "43374.999988425923")}${c("D2", ' s="3"', 0.75)}</row>` +
    `<row r="3" spans="1:4" x14ac:dyDescent="0.25">${c("A3", ' t="s"', 5)}${c("B3", ' t="b"', 1)}${c("C3", ' t="e"', "#N/A")}${c("D3", ' s="4"', "1.25")}</row>` +
    `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const styles =
    `${XML_DECL}<styleSheet ${MAIN} ${mc}><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/></numFmts><fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  return pack([
    ["[Content_Types].xml", `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`],
    ["_rels/.rels", `${XML_DECL}<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/workbook.xml", `${XML_DECL}<workbook ${MAIN} ${NS_R} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Plany\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="8_{00000000-0000-0000-0000-000000000000}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets><sheet name="Harmonogram" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`],
    ["xl/_rels/workbook.xml.rels", `${XML_DECL}<Relationships ${PKG_REL}><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ["xl/worksheets/sheet1.xml", sheet],
    ["xl/styles.xml", styles],
    ["xl/sharedStrings.xml", sst],
  ]);
}

const S_MAIN = 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"';
const S_R = 'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"';
const S_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** Strict OOXML: other namespaces for the same elements, dates still serial numbers with a date style. */
async function strict() {
  const sheet =
    `${XML_DECL}<worksheet ${S_MAIN} ${S_R}><sheetData>` +
    `<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="B1" t="inlineStr"><is><t>Zadanie</t></is></c><c r="C1" t="inlineStr"><is><t>Termin</t></is></c></row>` +
    `<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Spotkanie z dyrektorami</t></is></c><c r="C2" s="1"><v>43160</v></c></row>` +
    `</sheetData></worksheet>`;
  const styles = `${XML_DECL}<styleSheet ${S_MAIN}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  return pack([
    ["[Content_Types].xml", `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`],
    ["_rels/.rels", `${XML_DECL}<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${S_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/workbook.xml", `${XML_DECL}<workbook ${S_MAIN} ${S_R} conformance="strict"><workbookPr dateCompatibility="1"/><bookViews><workbookView/></bookViews><sheets><sheet name="Harmonogram" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ["xl/_rels/workbook.xml.rels", `${XML_DECL}<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${S_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${S_REL}/styles" Target="styles.xml"/></Relationships>`],
    ["xl/worksheets/sheet1.xml", sheet],
    ["xl/styles.xml", styles],
  ]);
}

/** Saves each workbook again with LibreOffice Calc, in one run. */
function libreofficeCopies(inputs) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-corpus-"));
  try {
    const profile = `file://${path.join(tmp, "profile")}`;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(tmp, "out"), ...inputs], { stdio: "ignore", timeout: 180000 });
    return inputs.map((input) => fs.readFileSync(path.join(tmp, "out", path.basename(input))));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function hasSoffice() {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

/** A minimal package around one worksheet part (and shared strings, styles and extra parts when given). */
async function onePlanSheet(sheetXml, { strings = null, styles = null, extra = [], workbookPr = "" } = {}) {
  const types =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
    (strings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "") +
    (styles ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` : "") +
    `</Types>`;
  const rels =
    `${XML_DECL}<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    (strings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
    (styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : "") +
    `</Relationships>`;
  return pack([
    ["[Content_Types].xml", types],
    ["_rels/.rels", `${XML_DECL}<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>`],
    ["xl/workbook.xml", `${XML_DECL}<workbook ${MAIN} ${NS_R}>${workbookPr}<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ["xl/_rels/workbook.xml.rels", rels],
    ["xl/worksheets/sheet1.xml", sheetXml],
    ...(strings ? [["xl/sharedStrings.xml", strings]] : []),
    ...(styles ? [["xl/styles.xml", styles]] : []),
    ...extra,
  ]);
}

const sheetOf = (rows) => `${XML_DECL}<worksheet ${MAIN}><sheetData>${rows}</sheetData></worksheet>`;

/** Number formats of every kind the date decision must get right, one per style. */
const FORMAT_CODES = [
  "dd.mm.yyyy", // 1
  "dd.mm.yyyy hh:mm", // 2
  "h:mm", // 3
  "[h]:mm", // 4
  "\\h\\h 0", // 5  escaped letters: a number
  '0" дни"', // 6  quoted text: a number
  "0_m", // 7  padding: a number
  "YYYY-MM-DD", // 8  upper case, as LibreOffice writes
  "[$-409]mmmm yyyy;@", // 9
  "DD.MM.YY", // 10
];

function formatStyles() {
  const fmts = FORMAT_CODES.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${c.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`).join("");
  const xfs = FORMAT_CODES.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join("");
  return (
    `${XML_DECL}<styleSheet ${MAIN}><numFmts count="${FORMAT_CODES.length}">${fmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${FORMAT_CODES.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs></styleSheet>`
  );
}

/** Crafted workbooks, one class of reading defect each (documented in test/fixtures/README.md). */
async function regressionFiles(write) {
  const n = (ref, s, v) => `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  write(
    "cells-dates-times.xlsx",
    await onePlanSheet(
      sheetOf(
        `<row r="1">${n("A1", 2, "44196.999988425923")}${n("B1", 1, 1)}${n("C1", 1, 59)}${n("D1", 1, 60)}${n("E1", 1, 61)}${n("F1", 1, 3000000)}</row>` +
          `<row r="2">${n("A2", 3, "0.4375")}${n("B2", 4, "1.5")}${n("C2", 5, 7)}${n("D2", 6, 12)}${n("E2", 7, 3)}${n("F2", 8, 43723)}${n("G2", 9, 43101)}${n("H2", 10, 43723)}</row>`,
      ),
      { styles: formatStyles() },
    ),
  );
  write(
    "cells-booleans-breaks.xlsx",
    await onePlanSheet(
      sheetOf(
        `<row r="1"><c r="A1" t="b"><v>false</v></c><c r="B1" t="b"><v>true</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="b"><v>1</v></c></row>` +
          `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>line one_x000D_\r\nline two</t></is></c></row>`,
      ),
      { strings: `${XML_DECL}<sst ${MAIN} count="1" uniqueCount="1"><si><t xml:space="preserve">Styczeń/_x000D_\r\nluty 2018</t></si></sst>` },
    ),
  );
  // A text cell whose t attribute lost its opening quote: read as it was, it became the number 250.
  write("damaged-attribute.xlsx", await onePlanSheet(sheetOf(`<row r="1"><c r="A1" t=s"><v>250</v></c><c r="B1"><v>3</v></c></row>`)));
  // A cell whose end tag is broken: read as it was, the next cell went missing.
  write("damaged-tag.xlsx", await onePlanSheet(sheetOf(`<row r="1"><c r="A1"><v>1</v></c<c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>`)));
  // The same sheet part stored twice, with different cells.
  const plain = sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>Zadanie</t></is></c></row>`);
  const dup = await onePlanSheet(plain);
  write("duplicate-part.xlsx", await duplicateEntry(dup, "xl/worksheets/sheet1.xml", sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>Inne zadanie</t></is></c></row>`)));
  // A thumbnail whose packed bytes are damaged: nothing PlanCheck reads.
  write("damaged-thumbnail.xlsx", await damageEntry(await onePlanSheet(plain, { extra: [["docProps/thumbnail.jpeg", noise(4096, 1)]] }), "docProps/thumbnail.jpeg"));
  // One tag of 6 million characters (an attribute value), packed into some 15 KB.
  const long = Buffer.alloc(6 * 1024 * 1024, 97);
  const letters = noise(long.length / 2000 + 1, 7);
  for (let i = 0; i < long.length; i += 2000) long[i] = 97 + (letters[i / 2000] % 26);
  write("long-tag.xlsx", await onePlanSheet(sheetOf(`<row r="1"><c r="A1" t="inlineStr" x="${long.toString("latin1")}"><is><t>x</t></is></c></row>`)));
}

/** Bytes from a fixed seed: the same on every run, and as incompressible as a photograph. */
function noise(length, seed) {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A package with one more entry of the same name (JSZip keeps one per name, so the archive is patched). */
async function duplicateEntry(bytes, name, content) {
  const { zipPackage } = require("./zip-entries");
  const zip = await JSZip.loadAsync(bytes);
  const entries = [];
  for (const n of Object.keys(zip.files).sort()) if (!zip.files[n].dir) entries.push({ name: n, content: await zip.files[n].async("nodebuffer") });
  entries.push({ name, content: Buffer.from(content) });
  return zipPackage(entries);
}

/** A package whose entry's packed bytes are overwritten with zeros after the first few. */
async function damageEntry(bytes, name) {
  const out = Buffer.from(bytes);
  const at = out.indexOf(Buffer.from(name));
  // The local header's name is followed by the packed data.
  out.fill(0xff, at + name.length + 8, at + name.length + 40);
  return out;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  await regressionFiles((name, bytes) => fs.writeFileSync(path.join(FIXTURES, name), bytes));
  const write = (name, bytes) => fs.writeFileSync(path.join(OUT, name), bytes);
  write("exceljs-cells.xlsx", await exceljsCells());
  write("openxml-sdk-prefixed.xlsx", await openXmlSdkPrefixed());
  write("excel-shared-strings.xlsx", await excelStyle());
  write("strict-ooxml.xlsx", await strict());
  if (!hasSoffice()) {
    console.log("build-corpus: LibreOffice (soffice) not found; the libreoffice-* files were left as they are");
    return;
  }
  const sources = [
    ["libreoffice-cells.xlsx", path.join(OUT, "exceljs-cells.xlsx")],
    ["libreoffice-from-sdk.xlsx", path.join(OUT, "openxml-sdk-prefixed.xlsx")],
    ["libreoffice-bg-kyustendil-2019.xlsx", path.join(FIXTURES, "bg-kyustendil-2019.xlsx")],
    ["libreoffice-pl-bochnia-2018.xlsx", path.join(FIXTURES, "pl-bochnia-2018.xlsx")],
    ["libreoffice-ru-volodarsk-2020.xlsx", path.join(FIXTURES, "ru-volodarsk-2020.xlsx")],
  ];
  // Distinct base names for the converter's output folder.
  const tmpIn = fs.mkdtempSync(path.join(os.tmpdir(), "plancheck-corpus-in-"));
  try {
    const inputs = sources.map(([name, from]) => {
      const to = path.join(tmpIn, name);
      fs.copyFileSync(from, to);
      return to;
    });
    const copies = libreofficeCopies(inputs);
    for (let i = 0; i < sources.length; i++) write(sources[i][0], await repack(copies[i]));
  } finally {
    fs.rmSync(tmpIn, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
