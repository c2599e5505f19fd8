#!/usr/bin/env node
/**
 * Whether column roles hold on headings written as other officials write them. For every corpus
 * plan (test/corpus/plans), the sheet is rebuilt as a grid the way scripts/build-corpus.js lays it
 * out, its header cells rewritten one way at a time (capitals, lower case, a trailing colon,
 * asterisk, footnote mark or full stop, broken over two lines, hyphenated at a line break, long words
 * cut short, numbered, with a short complement,
 * the column-number row removed, the table moved to start in column C), and read again. Printed:
 * per kind of variant, how many of the plans' column expectations still hold, and which broke
 * where the plan as written holds.
 *
 * Usage: node scripts/corpus-variants.js [--build DIR] [--plan ID]... [--variant KIND]... [--verbose]
 * The plan files and their expectations are read, never changed.
 */
"use strict";

const path = require("path");
const { readPlans } = require("./corpus");
const { columnIndex, pastedValue } = require("./build-corpus");

/** The variant scripts' common arguments; `name` is the script's, for the error. */
function parseArgs(argv, name = "corpus-variants") {
  const args = { build: null, plans: [], variants: [], verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--build") args.build = argv[++i];
    else if (a === "--plan") args.plans.push(argv[++i]);
    else if (a === "--variant") args.variants.push(argv[++i]);
    else if (a === "--verbose") args.verbose = true;
    else throw new Error(`${name}: unknown argument ${a}`);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// A1 helpers

function columnLetter(i) {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRange(a1) {
  const [a, b] = a1.split(":");
  const p = /^([A-Z]+)(\d+)$/.exec(a.toUpperCase());
  const q = /^([A-Z]+)(\d+)$/.exec((b || a).toUpperCase());
  return { top: Number(p[2]) - 1, left: columnIndex(p[1]), bottom: Number(q[2]) - 1, right: columnIndex(q[1]) };
}

// ---------------------------------------------------------------------------------------------
// A sheet as build-corpus.js writes it: values where the plan puts them, whole numbers as numbers

/** The sheet's cells (0-based, sheet coordinates) and merges. */
function sheetOf(plan, sheet) {
  const start = columnIndex(sheet.startCol || "A");
  const rows = sheet.rows.map((cells) => {
    const out = new Array(start).fill(null);
    for (const raw of cells || []) out.push(pastedValue(raw));
    return out;
  });
  const merges = (sheet.merges || []).map((a1) => {
    const r = parseRange(a1);
    return { row: r.top, col: r.left, rowCount: r.bottom - r.top + 1, colCount: r.right - r.left + 1 };
  });
  return { name: sheet.name, rows, merges };
}

/** A header row of column numbers only (`1 2 3 4`, `1.`). */
function isNumberRow(cells) {
  const filled = cells.filter((v) => v !== null && String(v).trim() !== "");
  return filled.length >= 2 && filled.every((v) => /^\s*\d{1,2}\s*\.?\s*$/.test(String(v)));
}

// ---------------------------------------------------------------------------------------------
// Variants. A text variant rewrites each header cell with letters; a sheet variant moves cells.

/** Short complements officials add to a heading, by language and by the column's role (`Термін виконання заходу`). */
const COMPLEMENTS = {
  uk: { deadline: "заходу", responsible: "за виконання", result: "виконання заходу" },
  ru: { deadline: "мероприятия", responsible: "за исполнение", result: "мероприятия" },
  bg: { deadline: "за изпълнение", responsible: "за изпълнението", result: "от дейността" },
  pl: { deadline: "realizacji", responsible: "za realizację", result: "działania" },
  en: { deadline: "for completion", responsible: "for delivery", result: "of the action" },
};

function middleSpace(t) {
  const spaces = [];
  for (let i = 0; i < t.length; i++) if (t[i] === " " && /\p{L}{2}$/u.test(t.slice(0, i)) && /^\p{L}{2}/u.test(t.slice(i + 1))) spaces.push(i);
  return spaces.length === 0 ? -1 : spaces[Math.floor(spaces.length / 2)];
}

const TEXT_VARIANTS = {
  capitals: (t) => t.toUpperCase(),
  "lower case": (t) => t.toLowerCase(),
  "trailing colon": (t) => (/[:.]$/.test(t) ? t : t + ":"),
  "trailing asterisk": (t) => t + "*",
  "footnote mark": (t) => t + "¹",
  "two lines": (t) => {
    const i = middleSpace(t);
    return i < 0 ? t : t.slice(0, i) + "\n" + t.slice(i + 1);
  },
  "hyphenated at a line break": (t) => {
    const words = [...t.matchAll(/\p{L}{8,}/gu)];
    if (words.length === 0) return t;
    const w = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
    const cut = w.index + Math.floor(w[0].length / 2);
    return t.slice(0, cut) + "-\n" + t.slice(cut);
  },
  "trailing full stop": (t) => (/[:.]$/.test(t) ? t : t + "."),
  /** Long words cut short with a full stop, as a narrow column's heading is (`Відпов.`, `Termin realiz.`). */
  abbreviated: (t) => t.replace(/(\p{L}{5})\p{L}{4,}/gu, "$1."),
  /** Each heading numbered as a form numbers its columns (`1. Захід`, `2. Термін`). */
  numbered: (t, lang, role, named, n) => `${n}. ${t}`,
  /**
   * Only on a heading that names its column's role itself (`Термін виконання` over a deadline, not
   * `Secondary schools` over dates), with a complement for that role in the plan's language that
   * the heading does not say already.
   */
  complement: (t, lang, role, named) => {
    const more = (COMPLEMENTS[lang] || {})[role];
    if (!more || named(t) !== role) return t;
    if (t.toLowerCase().includes(more.split(" ")[0].toLowerCase())) return t;
    return t + " " + more;
  },
};

const SHEET_VARIANTS = ["no column-number row", "starts in column C"];
const ALL = ["as written", ...Object.keys(TEXT_VARIANTS), ...SHEET_VARIANTS];

/**
 * The plan's sheet with one variant applied, and how its expectations move: `row(r)` maps an
 * expected 1-based row to the variant's, `col(letter)` an expected column letter.
 */
function variantOf(kind, plan, sheet, expected, named) {
  const s = sheetOf(plan, sheet);
  const rows = s.rows.map((r) => r.slice());
  let merges = s.merges.map((m) => ({ ...m }));
  const headerRows = new Set(expected.flatMap((e) => [...(e.headerRows || []), ...(e.repeatedHeaderRows || [])]).map((r) => r - 1));
  const numberRows = [...headerRows].filter((r) => rows[r] && isNumberRow(rows[r]));
  let row = (r) => r;
  let col = (l) => l;
  if (TEXT_VARIANTS[kind]) {
    // The role a plan expects of each sheet column, for variants that depend on it.
    const roleAt = new Map();
    for (const e of expected) for (const [letter, role] of Object.entries(e.columns || {})) roleAt.set(columnIndex(letter), role);
    // A complement goes on a column's own heading: its top cell, not a heading merged over several columns.
    const headed = new Set();
    const wide = (r, c) => merges.some((m) => m.row === r && m.col === c && m.colCount > 1);
    for (const r of [...headerRows].sort((a, b) => a - b)) {
      if (!rows[r] || numberRows.includes(r)) continue;
      rows[r] = rows[r].map((v, c) => {
        if (typeof v !== "string" || !/\p{L}/u.test(v)) return v;
        if (kind === "complement" && (headed.has(c) || wide(r, c))) return v;
        headed.add(c);
        return TEXT_VARIANTS[kind](v.trim(), plan.lang, roleAt.get(c), named, headed.size);
      });
    }
  } else if (kind === "no column-number row") {
    const gone = numberRows.sort((a, b) => b - a);
    for (const r of gone) {
      rows.splice(r, 1);
      merges = merges
        .filter((m) => !(m.row === r && m.rowCount === 1))
        .map((m) => (m.row > r ? { ...m, row: m.row - 1 } : m.row + m.rowCount - 1 >= r ? { ...m, rowCount: m.rowCount - 1 } : m));
    }
    row = (r) => r - gone.filter((g) => g < r - 1).length;
  } else if (kind === "starts in column C") {
    for (let i = 0; i < rows.length; i++) rows[i] = [null, null, ...rows[i]];
    merges = merges.map((m) => ({ ...m, col: m.col + 2 }));
    col = (l) => columnLetter(columnIndex(l) + 2);
  }
  return { grid: { sheet: s.name, origin: { row: 0, col: 0 }, values: rows, merges }, row, col, changed: kind === "as written" || numberRows.length > 0 || kind !== "no column-number row" };
}

// ---------------------------------------------------------------------------------------------
// Reading and measuring

function rangeRows(range) {
  const r = parseRange(range);
  return { top: r.top + 1, bottom: r.bottom + 1 };
}

function expectedSpan(e, row) {
  const header = e.headerRows || [];
  const top = header.length > 0 ? Math.min(...header) : e.firstRow;
  return { top: row(top), bottom: row(e.lastRow) };
}

/** Column expectations of one plan under one variant: each with what the reader made of it. */
function readVariant(kind, plan, detect, named) {
  const out = [];
  for (const sheet of plan.sheets) {
    const expected = ((plan.expected && plan.expected.tables) || []).filter((e) => e.sheet === sheet.name);
    if (expected.length === 0) continue;
    const v = variantOf(kind, plan, sheet, expected, named);
    if (!v.changed) continue;
    const tables = detect(v.grid);
    for (const [n, e] of expected.entries()) {
      const span = expectedSpan(e, v.row);
      const over = tables.filter((t) => {
        const r = rangeRows(t.range);
        return r.top <= span.bottom && span.top <= r.bottom;
      });
      const table = over[0] || null;
      for (const [letter, role] of Object.entries(e.columns || {})) {
        const column = table ? table.columns.find((c) => c.column === v.col(letter)) : null;
        out.push({ plan: plan.id, sheet: sheet.name, table: n, column: letter, expected: role, got: column ? column.role : table ? "no column" : "no table", header: column ? column.header : "" });
      }
    }
  }
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const build = args.build ? path.resolve(args.build) : path.join(__dirname, "..", "build");
  const { detectPlanTables } = require(path.join(build, "engine", "plan-tables.js"));
  const { roleOfHeader } = require(path.join(build, "engine", "detect", "role-matcher.js"));
  const detect = (grid) => {
    // A variant the reader cannot read at all counts as every column broken, not as a stop.
    try {
      return detectPlanTables(grid);
    } catch {
      return [];
    }
  };
  const kinds = args.variants.length > 0 ? ["as written", ...args.variants.filter((k) => k !== "as written")] : ALL;
  for (const k of kinds) if (!ALL.includes(k)) throw new Error(`corpus-variants: unknown variant "${k}" (one of: ${ALL.join(", ")})`);
  const plans = readPlans(args.plans);
  const written = new Map();
  for (const plan of plans) for (const r of readVariant("as written", plan, detect, roleOfHeader)) written.set(`${r.plan}|${r.sheet}|${r.table}|${r.column}`, r);
  for (const kind of kinds) {
    const results = kind === "as written" ? [...written.values()] : plans.flatMap((p) => readVariant(kind, p, detect, roleOfHeader));
    const held = results.filter((r) => r.got === r.expected).length;
    // Broken by the variant: held as written, not any more.
    const broke = results.filter((r) => r.got !== r.expected && (written.get(`${r.plan}|${r.sheet}|${r.table}|${r.column}`) || {}).got === r.expected);
    const mended = results.filter((r) => r.got === r.expected && (written.get(`${r.plan}|${r.sheet}|${r.table}|${r.column}`) || {}).got !== r.expected);
    console.log(`${kind.padEnd(28)} ${String(held).padStart(5)}/${results.length} hold  (${(results.length ? (100 * held) / results.length : 0).toFixed(1)}%)  broken ${broke.length}${mended.length ? `, mended ${mended.length}` : ""}`);
    if (kind === "as written") continue;
    const shown = args.verbose ? broke : broke.slice(0, 12);
    for (const r of shown) console.log(`    ${r.plan} ${r.sheet}!${r.column}: ${r.got}, expected ${r.expected}  «${r.header.replace(/\n/g, "⏎")}»`);
    if (shown.length < broke.length) console.log(`    … ${broke.length - shown.length} more (--verbose)`);
  }
}

/** The sheet building, for other checks that rebuild corpus sheets. */
module.exports = { sheetOf, columnLetter, parseRange, isNumberRow, parseArgs };

if (require.main === module) main();
