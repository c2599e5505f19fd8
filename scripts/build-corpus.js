#!/usr/bin/env node
/**
 * Builds the corpus workbooks: test/corpus/workbooks/<id>.xlsx from every
 * test/corpus/plans/<id>.json (format in test/corpus/README.md), laid out as an official has the
 * plan in Excel after pasting it from Word or saving it from a web page: the table where the plan
 * puts it (column B when `startCol` says so), real merged cells, wrapped text, other sheets beside it.
 *
 * Pasted text that is a plain integer becomes a number, as Excel does on paste; everything else is
 * kept as written. Output is byte-for-byte reproducible (fixed document dates, fixed zip entry dates),
 * so a rebuild changes only the workbooks whose plans changed.
 *
 * Usage: node scripts/build-corpus.js [plansDir] [outDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const CORPUS = path.join(__dirname, "..", "test", "corpus");
const PLANS = process.argv[2] || path.join(CORPUS, "plans");
const OUT = process.argv[3] || path.join(CORPUS, "workbooks");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));
const CREATOR = "PlanCheck corpus";
/** Column widths as a person sets them: wide enough for a line of the text, never a whole page. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function fail(id, message) {
  throw new Error(`build-corpus: ${id}: ${message}`);
}

function columnIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Pasted text that is a plain integer becomes a number, as Excel does on paste. */
function pastedValue(value) {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value !== "string") return String(value);
  if (/^\d{1,15}$/.test(value) && !/^0\d/.test(value)) return Number(value);
  return value;
}

/** Checks a plan file's shape before anything is written, naming what is wrong. */
function checkPlan(plan, file) {
  const id = path.basename(file, ".json");
  if (plan.id !== id) fail(id, `"id" is "${plan.id}", the file name says "${id}"`);
  if (!["bg", "pl", "ru", "uk", "en"].includes(plan.lang)) fail(id, `unknown "lang": ${plan.lang}`);
  if (!Array.isArray(plan.sheets) || plan.sheets.length === 0) fail(id, "no sheets");
  const names = new Set();
  for (const sheet of plan.sheets) {
    if (typeof sheet.name !== "string" || sheet.name === "") fail(id, "a sheet has no name");
    if (names.has(sheet.name)) fail(id, `sheet "${sheet.name}" twice`);
    names.add(sheet.name);
    if (!Array.isArray(sheet.rows)) fail(id, `sheet "${sheet.name}" has no rows`);
    if (sheet.startCol !== undefined && !/^[A-Z]{1,2}$/.test(sheet.startCol)) fail(id, `bad startCol "${sheet.startCol}"`);
  }
  return id;
}

function sheetWidths(rows, start) {
  const widths = [];
  for (const row of rows) {
    (row || []).forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const longest = Math.max(...String(v).split("\n").map((l) => l.length));
      const col = start + c;
      widths[col] = Math.max(widths[col] || MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
    });
  }
  for (let c = 0; c < widths.length; c++) if (!widths[c]) widths[c] = MIN_WIDTH;
  return widths;
}

async function deterministicZip(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

async function buildWorkbook(plan) {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const start = columnIndex(sheet.startCol || "A");
    ws.columns = sheetWidths(sheet.rows, start).map((width) => ({ width }));
    const wrap = sheet.wrap !== false;
    sheet.rows.forEach((cells, r) => {
      (cells || []).forEach((raw, c) => {
        const value = pastedValue(raw);
        if (value === null) return;
        const cell = ws.getCell(r + 1, start + c + 1);
        cell.value = value;
        if (wrap) cell.alignment = { wrapText: true, vertical: "top" };
      });
    });
    for (const range of sheet.merges || []) {
      try {
        ws.mergeCells(range);
      } catch (e) {
        fail(plan.id, `sheet "${sheet.name}": merge ${range}: ${e instanceof Error ? e.message : e}`);
      }
    }
    if (sheet.hidden) ws.state = "hidden";
  }
  const buffer = await wb.xlsx.writeBuffer();
  return deterministicZip(Buffer.from(buffer));
}

async function main() {
  if (!fs.existsSync(PLANS)) throw new Error(`build-corpus: no plans folder: ${PLANS}`);
  fs.mkdirSync(OUT, { recursive: true });
  const files = fs.readdirSync(PLANS).filter((f) => f.endsWith(".json")).sort();
  let written = 0;
  let same = 0;
  const failures = [];
  for (const f of files) {
    const file = path.join(PLANS, f);
    try {
      const plan = JSON.parse(fs.readFileSync(file, "utf8"));
      const id = checkPlan(plan, file);
      const bytes = await buildWorkbook(plan);
      const target = path.join(OUT, `${id}.xlsx`);
      if (fs.existsSync(target) && fs.readFileSync(target).equals(bytes)) same++;
      else {
        fs.writeFileSync(target, bytes);
        written++;
      }
    } catch (e) {
      failures.push(`${f}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`build-corpus: ${files.length} plans, ${written} workbooks written, ${same} unchanged`);
  for (const line of failures) console.error(line);
  if (failures.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}

module.exports = { columnIndex, pastedValue };
