#!/usr/bin/env node
/**
 * Builds the same seed plans in the other formats a receiving office gets: OpenDocument (.ods),
 * Word (.docx, the plan's tables as Word tables with the text around them as paragraphs) and
 * text (.csv in UTF-8 with a byte-order mark, Windows-1250 and Windows-1251, and .tsv), from the
 * committed .xlsx fixtures (themselves built from the seeds by build-fixtures.js). The XML is
 * written here, so the output is byte-for-byte reproducible and needs no office suite.
 *
 * Usage: node scripts/build-format-fixtures.js [fixturesDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const DIR = process.argv[2] || path.join(__dirname, "..", "test", "fixtures");
const OUT = path.join(DIR, "formats");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));

/**
 * Which rows of each sheet are Word tables (1-based, inclusive); every other row is a paragraph.
 * CSV: the encoding and delimiter an office receives such a file in.
 */
const PLANS = [
  { xlsx: "pl-bochnia-2018.xlsx", base: "pl-bochnia-2018", tables: [[12, 31]], csv: { encoding: "windows-1250", delimiter: ";" } },
  { xlsx: "bg-kyustendil-2019.xlsx", base: "bg-kyustendil-2019", tables: [[31, 168]], csv: { encoding: "utf-8-bom", delimiter: "," }, tsv: true },
  { xlsx: "ru-volodarsk-2020.xlsx", base: "ru-volodarsk-2020", tables: [[6, 16], [21, 28]], csv: { encoding: "windows-1251", delimiter: ";" } },
];

function xml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function cellText(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && value.text !== undefined) return String(value.text);
  return value;
}

/** A sheet as rows of values (string | number | null) from A1, and its merged areas as 0-based boxes. */
async function readSheet(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(DIR, file));
  const ws = wb.worksheets[0];
  const rows = [];
  let width = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      while (rows.length < r) rows.push([]);
      if (cell.isMerged && cell.master !== cell) return;
      const v = cellText(cell.value);
      if (v === null || v === "") return;
      rows[r - 1][c - 1] = v;
      width = Math.max(width, c);
    });
  });
  const merges = (ws.model.merges || []).map((ref) => {
    const [a, b] = ref.split(":");
    const p = (x) => ({ row: Number(/\d+/.exec(x)[0]) - 1, col: [.../[A-Z]+/.exec(x)[0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 });
    const from = p(a);
    const to = p(b || a);
    width = Math.max(width, to.col + 1);
    while (rows.length <= to.row) rows.push([]);
    return { row: from.row, col: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
  });
  for (const r of rows) for (let c = 0; c < width; c++) if (r[c] === undefined) r[c] = null;
  return { name: ws.name, rows, merges, width };
}

function zipOf(files) {
  const zip = new JSZip();
  for (const [name, content, store] of files) zip.file(name, content, { date: FIXED_DATE, createFolders: false, compression: store ? "STORE" : "DEFLATE" });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}

// ---------------------------------------------------------------------------------------------
// OpenDocument spreadsheet

/** One line of cell text as ODF paragraph content: runs of spaces as text:s, tabs as text:tab. */
function odfLine(line) {
  return line
    .split("\t")
    .map((part) => xml(part).replace(/^ /, "<text:s/>").replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`))
    .join("<text:tab/>");
}

function odsContent(sheet) {
  const covered = new Set();
  const spans = new Map();
  for (const m of sheet.merges) {
    spans.set(`${m.row},${m.col}`, m);
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const out = [];
  out.push(`<table:table table:name="${xml(sheet.name)}"><table:table-column table:number-columns-repeated="${sheet.width}"/>`);
  sheet.rows.forEach((row, r) => {
    out.push("<table:table-row>");
    for (let c = 0; c < sheet.width; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) {
        out.push("<table:covered-table-cell/>");
        continue;
      }
      const m = spans.get(key);
      const span = m ? ` table:number-columns-spanned="${m.cols}" table:number-rows-spanned="${m.rows}"` : "";
      const v = row[c];
      if (v === null) out.push(`<table:table-cell${span}/>`);
      else if (typeof v === "number") out.push(`<table:table-cell office:value-type="float" office:value="${v}"${span}><text:p>${v}</text:p></table:table-cell>`);
      else out.push(`<table:table-cell office:value-type="string"${span}>${String(v).split("\n").map((l) => `<text:p>${odfLine(l)}</text:p>`).join("")}</table:table-cell>`);
    }
    out.push("</table:table-row>");
  });
  out.push("</table:table>");
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
    `<office:body><office:spreadsheet>${out.join("")}</office:spreadsheet></office:body></office:document-content>`
  );
}

function odsFile(sheet) {
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  return zipOf([
    ["mimetype", "application/vnd.oasis.opendocument.spreadsheet", true],
    ["content.xml", odsContent(sheet)],
    ["META-INF/manifest.xml", manifest],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Word document

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function wordParagraph(line) {
  const runs = line.split("\t").map((part) => (part === "" ? "" : `<w:r><w:t xml:space="preserve">${xml(part)}</w:t></w:r>`));
  return `<w:p>${runs.join("<w:r><w:tab/></w:r>")}</w:p>`;
}

function wordTable(sheet, top, bottom) {
  const width = sheet.width;
  const merges = sheet.merges.filter((m) => m.row >= top && m.row <= bottom);
  const at = (r, c) => merges.find((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols);
  const rows = [];
  for (let r = top; r <= bottom; r++) {
    const cells = [];
    for (let c = 0; c < width; ) {
      const m = at(r, c);
      const span = m ? m.cols : 1;
      const props = [`<w:tcW w:w="${1500 * span}" w:type="dxa"/>`];
      if (span > 1) props.push(`<w:gridSpan w:val="${span}"/>`);
      if (m && m.rows > 1) props.push(r === m.row ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>");
      const v = m && r !== m.row ? null : sheet.rows[r][c];
      const lines = v === null || v === undefined ? [""] : String(v).split("\n");
      cells.push(`<w:tc><w:tcPr>${props.join("")}</w:tcPr>${lines.map(wordParagraph).join("")}</w:tc>`);
      c += span;
    }
    rows.push(`<w:tr>${cells.join("")}</w:tr>`);
  }
  const grid = Array.from({ length: width }, () => '<w:gridCol w:w="1500"/>').join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

function docxFile(sheet, tables) {
  const body = [];
  let r = 0;
  for (const [from, to] of tables) {
    for (; r < from - 1; r++) body.push(wordParagraph(sheet.rows[r].filter((v) => v !== null).join(" ")));
    body.push(wordTable(sheet, from - 1, to - 1));
    r = to;
  }
  for (; r < sheet.rows.length; r++) body.push(wordParagraph(sheet.rows[r].filter((v) => v !== null).join(" ")));
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body.join("")}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return zipOf([
    ["[Content_Types].xml", types],
    ["_rels/.rels", rels],
    ["word/document.xml", document],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Delimited text

/** Bytes of `text` in a single-byte code page, from TextDecoder's own table (no encoder in Node). */
function encodeSingleByte(text, encoding) {
  const table = new Map();
  const decoder = new TextDecoder(encoding);
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== "\ufffd" && !table.has(ch)) table.set(ch, b);
  }
  const out = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`build-format-fixtures: ${JSON.stringify(ch)} has no byte in ${encoding}`);
    out.push(b);
  }
  return Buffer.from(out);
}

function delimited(sheet, delimiter) {
  const field = (v) => {
    if (v === null) return "";
    const s = String(v);
    return /["\n\r]/.test(s) || s.includes(delimiter) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return sheet.rows.map((r) => r.map(field).join(delimiter)).join("\r\n") + "\r\n";
}

function textBytes(text, encoding) {
  if (encoding === "utf-8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  // Word's private-use bullets have no place in a code page: the office's export drops them.
  return encodeSingleByte(text.replace(/[\uf000-\uf0ff]/g, ""), encoding);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const plan of PLANS) {
    const sheet = await readSheet(plan.xlsx);
    fs.writeFileSync(path.join(OUT, `${plan.base}.ods`), await odsFile(sheet));
    fs.writeFileSync(path.join(OUT, `${plan.base}.docx`), await docxFile(sheet, plan.tables));
    fs.writeFileSync(path.join(OUT, `${plan.base}.csv`), textBytes(delimited(sheet, plan.csv.delimiter), plan.csv.encoding));
    if (plan.tsv) fs.writeFileSync(path.join(OUT, `${plan.base}.tsv`), textBytes(delimited(sheet, "\t"), "utf-8"));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
