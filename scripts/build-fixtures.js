#!/usr/bin/env node
/**
 * Builds the test workbooks in test/fixtures/ from the seed documents, laid out as an official
 * has them after pasting the Word tables into Excel: title and glossary rows above the table,
 * section rows merged across it, rows split over page breaks kept as separate sheet rows,
 * repeated headers, two-row headers with merged cells, and every flaw of the original text.
 *
 * The seeds are read only here; tests use the committed .xlsx files. Output is byte-for-byte
 * reproducible (fixed document dates, fixed zip entry dates).
 *
 * Usage: node scripts/build-fixtures.js [seedsDir] [outDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const SEEDS = process.argv[2] || path.join(__dirname, "..", "..", "shared", "seeds");
const OUT = process.argv[3] || path.join(__dirname, "..", "test", "fixtures");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));
const CREATOR = "PlanCheck fixtures";

// ---------------------------------------------------------------------------------------------
// Sheet model: rows of cells (string | number | {richText} | null), merges as A1 ranges.

/** @typedef {{ name: string, rows: any[][], merges: string[], widths: number[], wrapRows: Set<number> }} SheetSpec */

function readSeed(name) {
  return fs.readFileSync(path.join(SEEDS, name), "utf8").replace(/\r\n?/g, "\n");
}

function fail(message) {
  throw new Error(`build-fixtures: ${message}`);
}

function colLetter(col) {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Pasted text that is a plain integer becomes a number, as Excel does on paste. */
function pastedValue(text) {
  if (text === null || text === undefined || text === "") return null;
  if (typeof text === "string" && /^\d+$/.test(text)) return Number(text);
  return text;
}

/** Trims each line's end and the cell as a whole; inner spacing is kept as the author left it. */
function cleanCell(text) {
  return text
    .split("\n")
    .map((l) => l.replace(/\s+$/u, ""))
    .join("\n")
    .trim();
}

/** A seed line with nothing on it; a lone tab is an empty cell, not a blank line. */
function isBlankLine(line) {
  return /^ *$/u.test(line);
}

function blankRow() {
  return [];
}

// ---------------------------------------------------------------------------------------------
// Bulgarian annual plan (Kyustendil 2019)

function buildKyustendil() {
  const lines = readSeed("bg-kyustendil-annual-support-plan-2019.txt").split("\n");
  const headerIndex = lines.findIndex((l) => l.startsWith("№\tДейност"));
  if (headerIndex < 0) fail("Kyustendil header line not found");
  const WIDTH = 6;
  const rows = [];
  const merges = [];
  const wrapRows = new Set();

  // Title block, intro and glossary: one paragraph per row in column A.
  const compact = new Set(["Мая Стойчева", "Началник на РУО"]);
  let inGlossary = false;
  let pendingBlank = false;
  for (const raw of lines.slice(0, headerIndex)) {
    const text = raw.trim();
    if (text === "") {
      pendingBlank = true;
      continue;
    }
    if (pendingBlank && rows.length > 0 && !inGlossary && !compact.has(text)) rows.push(blankRow());
    pendingBlank = false;
    rows.push([text]);
    if (text === "Използвани съкращения:") inGlossary = true;
  }
  rows.push(blankRow()); // between the glossary and the table header

  rows.push(lines[headerIndex].split("\t"));
  wrapRows.add(rows.length);

  // Table body: rows as the tab-separated lines give them. A blank line in the seed is a page
  // break (dropped) unless a section follows, where a person leaves an empty row.
  const isSection = (l) => /^Стратегическа цел №/.test(l) || /^потребностите от подкрепа/.test(l);
  const body = lines.slice(headerIndex + 1);
  const closingIndex = body.findIndex((l) => l.startsWith("Настоящият Годишен план"));
  if (closingIndex < 0) fail("Kyustendil closing sentence not found");
  for (let i = 0; i < closingIndex; i++) {
    const line = body[i];
    if (/^-+\t-+/.test(line)) continue; // table-separator artifact of the conversion
    if (line.trim() === "") {
      const next = body.slice(i + 1).find((l) => l.trim() !== "" && !/^-+\t-+/.test(l));
      const prevRow = rows[rows.length - 1];
      if (next && /^Стратегическа цел №/.test(next) && prevRow.length > 0) rows.push(blankRow());
      continue;
    }
    const cells = line.split("\t").map(cleanCell);
    rows.push(cells.map((c) => (c === "" ? null : c)));
    const sheetRow = rows.length;
    wrapRows.add(sheetRow);
    if (isSection(line)) {
      if (cells.slice(1).some((c) => c !== "")) fail(`section line with more than one cell: ${line}`);
      rows[sheetRow - 1] = [cells[0]];
      merges.push(`A${sheetRow}:${colLetter(WIDTH - 1)}${sheetRow}`);
    }
  }
  rows.push(blankRow());
  rows.push([body[closingIndex].trim()]);

  return {
    file: "bg-kyustendil-2019.xlsx",
    sheets: [{ name: "План 2019", rows, merges, widths: [8, 60, 22, 36, 32, 36], wrapRows }],
  };
}

// ---------------------------------------------------------------------------------------------
// Bulgarian balanced scorecard

const BULLETS = "▪•○";

/**
 * Turns the seed's HTML list markup into what a pasted bullet list is in an Excel cell: one
 * bullet per line, nested lists indented. The markup never closes its lists, so a label such as
 * "Помощни процеси:" that ends an item and opens a new list starts a new top-level group.
 */
function bulletsToLines(text) {
  const tokens = text.split(/(<ul[^>]*>|[▪•○])/u).filter((t) => t !== undefined && t !== "");
  const out = [];
  let depth = 0;
  let current = null; // { bullet, depth, text }
  const flush = () => {
    if (!current) return;
    const body = current.text.trim().replace(/\s+/gu, " ");
    if (current.bullet) out.push(`${"  ".repeat(Math.max(0, current.depth - 1))}${current.bullet} ${body}`);
    else if (body) out.push(body);
    current = null;
  };
  for (const token of tokens) {
    if (/^<ul/u.test(token)) {
      if (current && current.bullet) {
        const m = /^(.*\S)\s+(\p{Lu}[^\p{Lu}]*:)$/u.exec(current.text.trim());
        if (m) {
          current.text = m[1];
          flush();
          current = { bullet: "", depth: 0, text: m[2] };
          depth = 0;
        }
      } else if (current && !current.bullet) {
        depth = 0;
      }
      flush();
      depth += 1;
    } else if (BULLETS.includes(token)) {
      flush();
      current = { bullet: token, depth, text: "" };
    } else {
      if (!current) current = { bullet: "", depth: 0, text: "" };
      current.text += token;
    }
  }
  flush();
  return out.join("\n");
}

function buildScorecard() {
  const lines = readSeed("bg-balanced-scorecard-children-at-risk.txt")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const [title, upper, lower, ...data] = lines;
  const WIDTH = 8;
  const upperCells = upper.split("\t");
  const lowerCells = lower.split("\t");
  if (upperCells.length !== WIDTH || lowerCells.length !== WIDTH) fail("scorecard header is not 8 cells wide");
  if (data.length !== 4) fail(`scorecard has ${data.length} data rows, expected 4`);

  const rows = [[title.trim()], blankRow(), upperCells.map((c) => c.trim() || null), lowerCells.map((c) => c.trim())];
  const wrapRows = new Set([3, 4]);
  for (const line of data) {
    const cells = line.split("\t");
    if (cells.length !== WIDTH) fail(`scorecard row is ${cells.length} cells wide: ${line.slice(0, 40)}`);
    rows.push(
      cells.map((c, i) => {
        const t = c.trim();
        if (t === "") return null;
        if (i === 4) return t.split(/\s+/u).join("\n"); // target tokens, one per line
        return t.includes("<ul") ? bulletsToLines(t) : t;
      }),
    );
    wrapRows.add(rows.length);
  }
  const merges = ["A3:C3", "D3:E3", "F3:H3"];
  return {
    file: "bg-scorecard.xlsx",
    sheets: [{ name: "BSC", rows, merges, widths: [18, 34, 36, 36, 10, 40, 10, 24], wrapRows }],
  };
}

// ---------------------------------------------------------------------------------------------
// Polish harmonogram (Bochnia 2018)

function buildBochnia() {
  const lines = readSeed("pl-bochnia-harmonogram-2018.txt").split("\n");
  const first = lines.findIndex((l) => l.startsWith("\t"));
  const rows = lines.slice(0, first).filter((l) => l.trim() !== "").map((l) => [l.trim()]);
  rows.push(blankRow());

  // Every cell starts on a line beginning with a tab; other lines continue the cell above.
  // A row starts at the header's first cell, at the lower header after the upper one, and at a
  // numbered cell ("7. "). A line without a tab after a blank line is text below the table.
  const tableRows = [];
  let current = null;
  let prevBlank = false;
  let trailerStart = lines.length;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankLine(line)) {
      prevBlank = true;
      continue;
    }
    if (line.startsWith("\t")) {
      const text = line.slice(1);
      const startsRow =
        current === null ||
        /^\d+\.\s*$/u.test(text) ||
        (prevBlank && tableRows.length === 1 && current.length === 8);
      if (startsRow) {
        current = [];
        tableRows.push(current);
      }
      current.push(text);
    } else {
      if (prevBlank) {
        trailerStart = i;
        break;
      }
      current[current.length - 1] += "\n" + line;
    }
    prevBlank = false;
  }
  const [upper, lower, ...data] = tableRows.map((r) => r.map(cleanCell));
  if (upper.length !== 8 || lower.length !== 10) fail(`Bochnia header is ${upper.length} + ${lower.length} cells, expected 8 + 10: ${JSON.stringify(upper)}`);
  if (data.length !== 18) fail(`Bochnia has ${data.length} data rows, expected 18`);
  for (const r of data) if (r.length !== 10) fail(`Bochnia row ${r[0]} has ${r.length} cells`);

  const h = rows.length + 1; // sheet row of the upper header
  rows.push(upper);
  rows.push(lower.map((c) => (c === "" ? null : c)));
  const merges = [];
  for (let c = 0; c < 7; c++) merges.push(`${colLetter(c)}${h}:${colLetter(c)}${h + 1}`);
  merges.push(`H${h}:J${h}`);
  const wrapRows = new Set([h, h + 1]);
  for (const r of data) {
    rows.push(r.map((c, i) => (i === 8 ? pastedValue(c) : c === "" ? null : c)));
    wrapRows.add(rows.length);
  }
  rows.push(blankRow());
  for (const l of lines.slice(trailerStart)) if (l.trim() !== "") rows.push([pastedValue(l.trim())]);

  return {
    file: "pl-bochnia-2018.xlsx",
    sheets: [{ name: "Harmonogram", rows, merges, widths: [8, 36, 34, 26, 16, 34, 18, 26, 14, 34], wrapRows }],
  };
}

// ---------------------------------------------------------------------------------------------
// Russian roadmap (Volodarsk 2020)

/**
 * Each cell starts on its own line with a tab; lines without one continue the cell. Tabs inside a
 * line are justification gaps and read as spaces. A line starting " \t" follows a page break and
 * starts a new sheet row whose cells sit at the right of the table (the cells that continue).
 */
function buildVolodarsk() {
  const lines = readSeed("ru-volodarsk-roadmap-2020.txt").split("\n");
  const clean = (t) => cleanCell(t.replace(/\[bookmark: [^\]]*\]/gu, "").replace(/\t+/gu, " "));
  const blocks = []; // { kind: "text" | "cells", cells: string[], blankBefore: boolean }
  let prevBlank = false;
  for (const line of lines) {
    if (isBlankLine(line)) {
      prevBlank = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (line.startsWith(" \t")) {
      blocks.push({ kind: "cells", cells: [line.slice(2)], blankBefore: prevBlank, pageBreak: true });
    } else if (line.startsWith("\t")) {
      if (prevBlank || !last || last.kind !== "cells") {
        blocks.push({ kind: "cells", cells: [line.slice(1)], blankBefore: prevBlank, pageBreak: false });
      } else {
        last.cells.push(line.slice(1));
      }
    } else if (!prevBlank && last && last.kind === "cells") {
      last.cells[last.cells.length - 1] += "\n" + line;
    } else {
      blocks.push({ kind: "text", cells: [line], blankBefore: prevBlank, pageBreak: false });
    }
    prevBlank = false;
  }

  const rows = [];
  const wrapRows = new Set();
  let width = 0;
  let prev = null;
  for (const b of blocks) {
    const cells = b.cells.map(clean);
    if (b.kind === "text") {
      if (b.blankBefore && rows.length > 0) rows.push(blankRow());
      rows.push([cells[0]]);
    } else {
      if (!prev || prev.kind !== "cells") {
        if (b.blankBefore && rows.length > 0) rows.push(blankRow());
        width = cells.length;
      }
      const padded = b.pageBreak ? Array(Math.max(0, width - cells.length)).fill("").concat(cells) : cells;
      rows.push(padded.map((c) => pastedValue(c)));
      wrapRows.add(rows.length);
    }
    prev = b;
  }
  return {
    file: "ru-volodarsk-2020.xlsx",
    sheets: [{ name: "Дорожная карта", rows, merges: [], widths: [8, 40, 60, 28, 44], wrapRows }],
  };
}

// ---------------------------------------------------------------------------------------------
// Polish context document (no plan table)

function richFromMarkdown(text) {
  const parts = text.split(/\*\*(.+?)\*\*/u);
  if (parts.length === 1) return text;
  const richText = parts
    .map((t, i) => (i % 2 === 1 ? { font: { bold: true }, text: t } : { text: t }))
    .filter((r) => r.text !== "");
  return { richText };
}

function buildContext() {
  const lines = readSeed("pl-power-jst-support-context.txt").split("\n");
  const rows = [];
  let pendingBlank = false;
  const wrapRows = new Set();
  for (const raw of lines) {
    const text = raw.trim();
    if (text === "") {
      pendingBlank = true;
      continue;
    }
    if (pendingBlank && rows.length > 0) rows.push(blankRow());
    pendingBlank = false;
    rows.push([richFromMarkdown(text.replace(/^- /u, ""))]);
    wrapRows.add(rows.length);
  }
  return {
    file: "pl-power-context.xlsx",
    sheets: [{ name: "Kontekst", rows, merges: [], widths: [120], wrapRows }],
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

async function deterministicZip(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const names = Object.keys(zip.files).sort();
  for (const name of names) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

async function writeWorkbook(spec) {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.columns = sheet.widths.map((width) => ({ width }));
    sheet.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        if (sheet.wrapRows.has(r + 1)) cell.alignment = { wrapText: true, vertical: "top" };
      });
    });
    for (const range of sheet.merges) ws.mergeCells(range);
  }
  const buffer = await wb.xlsx.writeBuffer();
  const bytes = await deterministicZip(Buffer.from(buffer));
  fs.writeFileSync(path.join(OUT, spec.file), bytes);
  return bytes;
}

async function main() {
  if (!fs.existsSync(SEEDS)) fail(`seed folder not found: ${SEEDS}`);
  fs.mkdirSync(OUT, { recursive: true });
  const specs = [buildKyustendil(), buildScorecard(), buildBochnia(), buildVolodarsk(), buildContext()];
  const written = {};
  for (const spec of specs) {
    written[spec.file] = await writeWorkbook(spec);
    console.log(`wrote ${spec.file}`);
  }

  // Files a person might pick by mistake, or that a broken download or a password leaves behind.
  fs.writeFileSync(
    path.join(OUT, "not-a-workbook.xlsx"),
    "Harmonogram prac 2018\nTo jest plik tekstowy zapisany z rozszerzeniem .xlsx.\n",
    "utf8",
  );
  const real = written["pl-bochnia-2018.xlsx"];
  fs.writeFileSync(path.join(OUT, "truncated.xlsx"), real.subarray(0, Math.floor(real.length / 2)));
  const cfb = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  fs.writeFileSync(path.join(OUT, "encrypted.xlsx"), cfb);
  console.log("wrote not-a-workbook.xlsx, truncated.xlsx, encrypted.xlsx");
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
