#!/usr/bin/env node
/**
 * Whether a plan's structure holds when its table is laid out as other officials lay it out. For
 * every corpus plan (test/corpus/plans), the sheets are rebuilt as scripts/corpus-variants.js builds
 * them, with one layout change at a time that keeps the plan's meaning — a blank row after every row
 * (a Word paste with paragraph spacing), the header repeated every 15 body rows (pasted page by
 * page), the title block removed or an approval block above it, section rows in one cell unmerged,
 * an empty spacer column inside the table, a notes column on its left, signature lines and a footnote
 * under it, the number column removed, the deadline column moved to the end, tables on one sheet
 * put on sheets of their own and tables on two sheets put on one, the header rows removed — and the plan's expectations are
 * moved with the cells (rows shift, columns shift). Every structure kind corpus.js measures (tables,
 * header rows, columns, task rows, sections, continuations) is compared by corpus.js's own measure.
 * Printed: per variant, the expectations met on the plans it changes, against the same plans as
 * written, and how many broke where the plan as written holds; the plans worst hit (all with --verbose).
 *
 * Usage: node scripts/layout-variants.js [--build DIR] [--plan ID]... [--variant KIND]... [--verbose]
 * The plan files and their expectations are read, never changed.
 */
"use strict";

const path = require("path");
const { KINDS, measurePlan, readPlans } = require("./corpus");
const { sheetOf, columnLetter, isNumberRow, parseArgs } = require("./corpus-variants");
const { columnIndex } = require("./build-corpus");

// ---------------------------------------------------------------------------------------------
// Data: a layout is the plan's sheets ({ name, rows, merges }, 0-based) with its expected tables in
// the same coordinates (1-based rows, column letters, as plan files write them).

const blank = (v) => v === null || v === undefined || String(v).trim() === "";
const isBlankRow = (cells) => !cells || cells.every(blank);
const widthOf = (s) => Math.max(0, ...s.rows.map((r) => r.length));

/** Words officials write around a table, by language: an approval block, a footnote, a signature. */
const WORDS = {
  uk: { approve: ["ЗАТВЕРДЖУЮ", "Начальник управління освіти", "__________ О.П. Іваненко", "«___» ____________ 20__ р."], footnote: "* за згодою", signature: "Директор ________ О.П. Іваненко", note: "перенесено" },
  ru: { approve: ["УТВЕРЖДАЮ", "Начальник управления образования", "__________ О.П. Иваненко", "«___» ____________ 20__ г."], footnote: "* по согласованию", signature: "Директор ________ О.П. Иваненко", note: "перенесено" },
  bg: { approve: ["УТВЪРЖДАВАМ", "Директор на РУО", "__________ И. Иванова", "Дата: ____________"], footnote: "* по съгласуване", signature: "Директор ________ И. Иванова", note: "отложено" },
  pl: { approve: ["Zatwierdzam", "Dyrektor Szkoły", "__________ Anna Kowalska", "data ____________"], footnote: "* w porozumieniu", signature: "Dyrektor ________ Anna Kowalska", note: "przeniesione" },
  en: { approve: ["APPROVED", "Director of Education", "__________ J. Smith", "Date: ____________"], footnote: "* subject to agreement", signature: "Headteacher ________ J. Smith", note: "moved" },
};

// ---------------------------------------------------------------------------------------------
// Moving cells, and the expectations with them

/**
 * The sheet with rows inserted (`inserts`: 0-based row -> rows to put before it; the sheet's length
 * puts them at the end) and rows deleted; `row` maps a 1-based row to its new row, or null when
 * deleted. A merge keeps its surviving rows and takes in the rows inserted between them.
 */
function spliceRows(s, inserts, deletes = new Set()) {
  const rows = [];
  const at = [];
  for (let r = 0; r <= s.rows.length; r++) {
    for (const extra of inserts.get(r) || []) rows.push(extra.slice());
    if (r === s.rows.length) break;
    if (deletes.has(r)) {
      at.push(null);
      continue;
    }
    at.push(rows.length);
    rows.push(s.rows[r].slice());
  }
  const merges = [];
  for (const m of s.merges) {
    const kept = [];
    for (let r = m.row; r < m.row + m.rowCount; r++) if (at[r] !== null && at[r] !== undefined) kept.push(at[r]);
    if (kept.length === 0) continue;
    merges.push({ ...m, row: kept[0], rowCount: kept[kept.length - 1] - kept[0] + 1 });
  }
  return { sheet: { name: s.name, rows, merges }, row: (r) => (at[r - 1] === null || at[r - 1] === undefined ? null : at[r - 1] + 1) };
}

/**
 * The sheet with its columns in a new order: `order[newCol]` is the old column, or null for an empty
 * column put in. A merge keeps its columns; an empty column put between them is taken in. Null when
 * a merge would no longer be one block (a column moved out of or into the middle of it).
 */
function reorderColumns(s, order) {
  const rows = s.rows.map((r) => {
    const out = order.map((o) => (o === null ? null : r[o] ?? null));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  const to = new Map(order.map((o, n) => [o, n]).filter(([o]) => o !== null));
  const merges = [];
  for (const m of s.merges) {
    const cols = [];
    for (let c = m.col; c < m.col + m.colCount; c++) if (to.has(c)) cols.push(to.get(c));
    if (cols.length === 0) continue;
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    for (let n = left; n <= right; n++) if (order[n] !== null && !cols.includes(n)) return null;
    merges.push({ ...m, col: left, colCount: right - left + 1 });
  }
  return { sheet: { name: s.name, rows, merges }, col: (letter) => (to.has(columnIndex(letter)) ? columnLetter(to.get(columnIndex(letter))) : null) };
}

/** An expected table with its rows and columns moved. */
function moveExpected(e, row, col, sheet = e.sheet) {
  const rows = (list) => (list || []).map(row).filter((r) => r !== null);
  const out = { ...e, sheet, headerRows: rows(e.headerRows), firstRow: row(e.firstRow), lastRow: row(e.lastRow), sections: rows(e.sections) };
  if (e.continuationRows) out.continuationRows = rows(e.continuationRows);
  if (e.repeatedHeaderRows) out.repeatedHeaderRows = rows(e.repeatedHeaderRows);
  out.columns = {};
  for (const [letter, role] of Object.entries(e.columns || {})) {
    const moved = col(letter);
    if (moved !== null) out.columns[moved] = role;
  }
  return out;
}

const same = (x) => x;

/** An expected table with only the column roles `keep` says are still expected (all without one). */
function keepRoles(e, keep) {
  if (!keep) return e;
  return { ...e, columns: Object.fromEntries(Object.entries(e.columns || {}).filter(([, role]) => keep(role))) };
}

/** An expected table with the header copies put inside it (new rows) among its repeated header rows. */
function withRepeated(e, repeated) {
  const inside = (repeated || []).filter((r) => r > topOf(e) && r <= e.lastRow);
  if (inside.length === 0) return e;
  return { ...e, repeatedHeaderRows: [...new Set([...(e.repeatedHeaderRows || []), ...inside])].sort((a, b) => a - b) };
}

/** First sheet row (1-based) of an expected table, its header included. */
function topOf(e) {
  return (e.headerRows || []).length > 0 ? Math.min(...e.headerRows) : e.firstRow;
}

/** The table's columns as 0-based indexes: from its first expected column to its last. */
function columnsOf(e) {
  const cols = Object.keys(e.columns || {}).map(columnIndex);
  return cols.length === 0 ? null : { left: Math.min(...cols), right: Math.max(...cols) };
}

/** Body rows of an expected table (1-based): between its header and its last row, repeated headers left out. */
function bodyRows(e) {
  const skip = new Set(e.repeatedHeaderRows || []);
  const out = [];
  for (let r = e.firstRow; r <= e.lastRow; r++) if (!skip.has(r)) out.push(r);
  return out;
}

/** Whether a merge spans more than one row across the border above row r (0-based). */
function mergeAcross(s, r) {
  return s.merges.some((m) => m.row < r && r < m.row + m.rowCount);
}

// ---------------------------------------------------------------------------------------------
// Variants. Each takes the plan's sheets and expected tables and gives the variant's, or null where
// the change does not apply to the plan (nothing to move, or a move that would change its meaning).

/** One sheet changed at a time by `change(sheet, tables on it)`, every other sheet as it is. */
function perSheet(change) {
  return (plan, sheets, expected) => {
    let changed = false;
    const outSheets = [];
    const outExpected = [];
    for (const s of sheets) {
      const mine = expected.filter((e) => e.sheet === s.name);
      const v = mine.length > 0 ? change(s, mine, plan) : null;
      if (!v) {
        outSheets.push(s);
        outExpected.push(...mine);
        continue;
      }
      changed = true;
      outSheets.push(v.sheet);
      outExpected.push(...mine.map((e) => withRepeated(keepRoles(moveExpected(e, v.row || same, v.col || same), v.keep), v.repeated)));
    }
    return changed ? { sheets: outSheets, expected: outExpected } : null;
  };
}

const VARIANTS = {
  /**
   * A Word paste with spacing after each paragraph: an empty row under every row of the table, its
   * last too, so an empty row the plan already had becomes two; a split row's lines kept together.
   */
  "blank row after every row": perSheet((s, tables) => {
    const inserts = new Map();
    for (const e of tables) {
      const cont = new Set(e.continuationRows || []);
      // A section heading above the header is a row of the Word table too.
      for (const r of new Set([...(e.sections || []), ...bodyRows(e)])) {
        if (cont.has(r + 1) || isBlankRow(s.rows[r - 1])) continue;
        inserts.set(r, [[]]);
      }
    }
    return inserts.size === 0 ? null : spliceRows(s, inserts);
  }),

  /** Pasted page by page: the header rows again before every 15th body row (not inside a split row or a merge). */
  "header repeated every 15 rows": perSheet((s, tables) => {
    const inserts = new Map();
    const copies = [];
    for (const e of tables) {
      const header = (e.headerRows || []).slice().sort((a, b) => a - b);
      if (header.length === 0) continue;
      const cont = new Set(e.continuationRows || []);
      const body = bodyRows(e);
      for (let n = 15; n < body.length; n += 15) {
        let i = n;
        while (i < body.length && (cont.has(body[i]) || mergeAcross(s, body[i] - 1))) i++;
        if (i >= body.length) break;
        inserts.set(body[i] - 1, header.map((h) => s.rows[h - 1] || []));
        copies.push({ at: body[i] - 1, header });
        n = i;
      }
    }
    if (inserts.size === 0) return null;
    const v = spliceRows(s, inserts);
    // The copies' own merges (a heading over two columns, a cell over two header rows), and their rows as expected.
    const added = new Map();
    for (const { at, header } of copies) {
      const first = v.row(at + 1) - header.length;
      header.forEach((h, k) => added.set(first + k, h));
      for (const m of s.merges) {
        if (m.row + 1 < header[0] || m.row + m.rowCount > header[header.length - 1]) continue;
        v.sheet.merges.push({ ...m, row: first - 1 + (m.row + 1 - header[0]) });
      }
    }
    return { ...v, repeated: [...added.keys()] };
  }),

  /** The title block removed: the table starts the sheet. */
  "no title block": perSheet((s, tables) => {
    const top = Math.min(...tables.map(topOf));
    const deletes = new Set();
    for (let r = 0; r < top - 1; r++) deletes.add(r);
    if (![...deletes].some((r) => !isBlankRow(s.rows[r]))) return null;
    if (s.merges.some((m) => m.row < top - 1 && m.row + m.rowCount > top - 1)) return null;
    return spliceRows(s, new Map(), deletes);
  }),

  /** An approval block over the title, in the table's last column, and an empty row under it. */
  "approval block above the title": perSheet((s, tables, plan) => {
    const cols = columnsOf(tables[0]);
    if (!cols) return null;
    const words = (WORDS[plan.lang] || WORDS.en).approve;
    const rows = [...words.map((w) => [...new Array(cols.right).fill(null), w]), []];
    return spliceRows(s, new Map([[0, rows]]));
  }),

  /** Section rows written in their first cell with no merge across the row. */
  "section rows unmerged": perSheet((s, tables) => {
    const sectionRows = new Set(tables.flatMap((e) => e.sections || []).map((r) => r - 1));
    const merges = s.merges.filter((m) => !(sectionRows.has(m.row) && m.rowCount === 1 && m.colCount > 1));
    if (merges.length === s.merges.length) return null;
    return { sheet: { ...s, merges } };
  }),

  /** A Word table pasted with an empty spacer column after its first column. */
  "empty column inside": perSheet((s, tables) => {
    const cols = columnsOf(tables[0]);
    if (!cols || cols.right === cols.left) return null;
    const width = widthOf(s);
    const order = [];
    for (let c = 0; c < width; c++) {
      order.push(c);
      if (c === cols.left) order.push(null);
    }
    return reorderColumns(s, order);
  }),

  /** A column of notes on the left of the table, outside it: a word beside every fifth body row. */
  "notes column on the left": perSheet((s, tables, plan) => {
    const cols = columnsOf(tables[0]);
    if (!cols) return null;
    const width = widthOf(s);
    const order = [];
    for (let c = 0; c < width; c++) {
      if (c === cols.left) order.push(null);
      order.push(c);
    }
    const v = reorderColumns(s, order);
    if (!v) return null;
    const note = (WORDS[plan.lang] || WORDS.en).note;
    for (const e of tables) {
      bodyRows(e)
        .filter((r) => !(e.sections || []).includes(r) && !(e.continuationRows || []).includes(r) && !isBlankRow(s.rows[r - 1]))
        .forEach((r, k) => {
          if (k % 5 !== 2) return;
          const cells = v.sheet.rows[r - 1];
          while (cells.length <= cols.left) cells.push(null);
          cells[cols.left] = note;
        });
    }
    return v;
  }),

  /** A footnote and a signature line under each table, in its first column, as paragraphs pasted after a Word table are. */
  "signature and footnote under": perSheet((s, tables, plan) => {
    const cols = columnsOf(tables[0]);
    if (!cols) return null;
    const words = WORDS[plan.lang] || WORDS.en;
    const line = (text) => [...new Array(cols.left).fill(null), text];
    const inserts = new Map();
    for (const e of tables) inserts.set(e.lastRow, [[], line(words.footnote), [], line(words.signature)]);
    return spliceRows(s, inserts);
  }),

  /**
   * The number column removed; a heading written in it alone (a numbered section in the number
   * column, a cell merged from it) moves to the next column, so no words are lost.
   */
  "no number column": perSheet((s, tables) => {
    const numbers = tables.flatMap((e) => Object.entries(e.columns || {}).filter(([, role]) => role === "number").map(([l]) => columnIndex(l)));
    if (numbers.length !== 1 || tables.length > 1) return null;
    const gone = numbers[0];
    const rows = s.rows.map((r) => r.slice());
    const merges = s.merges.map((m) => ({ ...m }));
    for (const m of merges) {
      if (m.col !== gone || m.colCount < 2) continue;
      for (let r = m.row; r < m.row + m.rowCount; r++) if (rows[r]) rows[r][gone + 1] = rows[r][gone];
    }
    for (const cells of rows) if (!blank(cells[gone]) && blank(cells[gone + 1]) && cells.length > gone + 1) cells[gone + 1] = cells[gone];
    const order = [];
    for (let c = 0; c < widthOf(s); c++) if (c !== gone) order.push(c);
    const v = reorderColumns({ ...s, rows, merges }, order);
    // The column-number row under the header counts its columns again from 1, as the form would.
    for (const r of tables.flatMap((e) => e.headerRows || [])) {
      const cells = v ? v.sheet.rows[r - 1] : null;
      if (!cells || !isNumberRow(s.rows[r - 1])) continue;
      let n = 0;
      for (let c = 0; c < cells.length; c++) if (!blank(cells[c])) cells[c] = typeof cells[c] === "number" ? ++n : String(cells[c]).replace(/\d+/, String(++n));
    }
    return v;
  }),

  /** The deadline column moved to be the table's last column. */
  "deadline column last": perSheet((s, tables) => {
    if (tables.length > 1) return null;
    const e = tables[0];
    const deadlines = Object.entries(e.columns || {}).filter(([, role]) => role === "deadline").map(([l]) => columnIndex(l));
    const cols = columnsOf(e);
    if (deadlines.length !== 1 || !cols || deadlines[0] === cols.right) return null;
    const d = deadlines[0];
    const order = [];
    for (let c = 0; c < widthOf(s); c++) {
      if (c === d) continue;
      order.push(c);
      if (c === cols.right) order.push(d);
    }
    const v = reorderColumns(s, order);
    // A section heading written in the deadline column's cell (a term over its dates) stays where it heads the row.
    if (v) for (const r of e.sections || []) if (s.rows[r - 1]) v.sheet.rows[r - 1] = s.rows[r - 1].slice();
    return v;
  }),

  /**
   * The header rows removed (a table pasted from its second page, or written with no header): the
   * rows that named the columns, the column-number row under them included, are gone. Only where a
   * column holds task text and another its deadlines, so the table can still be told by its cells.
   * Of the columns' roles only those the cells alone can honestly give are still expected: the
   * number (a run of numbers), the task (the longest free text) and the deadline (dates and
   * periods). The rest are dropped: bodies (`РУО`, `ДСП`) read as a responsible column or as
   * partners only by their heading, and an indicator, a unit, a target or a note look alike
   * without one. A table with its header repeated further down is left as it is (its next page
   * would start with a header again).
   */
  "no header rows": perSheet((s, tables) => {
    const deletes = new Set();
    for (const e of tables) {
      const roles = Object.values(e.columns || {});
      if ((e.headerRows || []).length === 0 || (e.repeatedHeaderRows || []).length > 0) return null;
      if (!roles.includes("activity") || !roles.includes("deadline")) return null;
      for (const r of e.headerRows) deletes.add(r - 1);
    }
    if (s.merges.some((m) => [...deletes].some((r) => m.row <= r && r < m.row + m.rowCount) && [...Array(m.rowCount).keys()].some((k) => !deletes.has(m.row + k)))) return null;
    const v = spliceRows(s, new Map(), deletes);
    const kept = new Set(["number", "activity", "deadline"]);
    return { ...v, keep: (role) => kept.has(role) };
  }),

  /** Tables on one sheet, each put on a sheet of its own from the row after the table before it. */
  "one sheet as several": (plan, sheets, expected) => {
    let changed = false;
    const outSheets = [];
    const outExpected = [];
    for (const s of sheets) {
      const mine = expected.filter((e) => e.sheet === s.name).sort((a, b) => topOf(a) - topOf(b));
      if (mine.length < 2) {
        outSheets.push(s);
        outExpected.push(...mine);
        continue;
      }
      const cuts = [0, ...mine.slice(0, -1).map((e) => e.lastRow), s.rows.length];
      if (cuts.slice(1, -1).some((c) => mergeAcross(s, c))) return null;
      changed = true;
      mine.forEach((e, k) => {
        const name = k === 0 ? s.name : `${s.name} (${k + 1})`.slice(0, 31);
        const deletes = new Set();
        for (let r = 0; r < s.rows.length; r++) if (r < cuts[k] || r >= cuts[k + 1]) deletes.add(r);
        const v = spliceRows(s, new Map(), deletes);
        outSheets.push({ ...v.sheet, name });
        outExpected.push(moveExpected(e, v.row, same, name));
      });
    }
    return changed ? { sheets: outSheets, expected: outExpected } : null;
  },

  /** Tables on sheets of their own put on the first one's sheet, under it, with two empty rows between. */
  "several sheets as one": (plan, sheets, expected) => {
    const withTables = sheets.filter((s) => expected.some((e) => e.sheet === s.name));
    if (withTables.length < 2) return null;
    const first = withTables[0];
    const rows = first.rows.map((r) => r.slice());
    const merges = first.merges.slice();
    const outExpected = [];
    for (const s of withTables) {
      const offset = s === first ? 0 : rows.length + 2;
      if (s !== first) {
        rows.push([], [], ...s.rows.map((r) => r.slice()));
        merges.push(...s.merges.map((m) => ({ ...m, row: m.row + offset })));
      }
      for (const e of expected.filter((x) => x.sheet === s.name)) outExpected.push(moveExpected(e, (r) => r + offset, same, first.name));
    }
    const others = sheets.filter((s) => !withTables.includes(s));
    return { sheets: [{ name: first.name, rows, merges }, ...others], expected: outExpected };
  },
};

// ---------------------------------------------------------------------------------------------
// Reading and measuring

/** The plan's sheets as corpus-variants builds them, with its expected tables. */
function writtenLayout(plan) {
  const expected = (plan.expected && plan.expected.tables) || [];
  return { sheets: plan.sheets.map((s) => sheetOf(plan, s)), expected };
}

/** corpus.js's measure of the plan laid out as `layout` says, every sheet read by `detect`. */
function measureLayout(plan, layout, detect) {
  const tables = layout.sheets.flatMap((s) => detect({ sheet: s.name, origin: { row: 0, col: 0 }, values: s.rows, merges: s.merges }));
  return measurePlan({ ...plan, expected: { ...plan.expected, tables: layout.expected } }, tables, [], null);
}

function metOf(m) {
  return KINDS.reduce((n, k) => n + m.kinds[k].met, 0);
}

function main() {
  const args = parseArgs(process.argv.slice(2), "layout-variants");
  const build = args.build ? path.resolve(args.build) : path.join(__dirname, "..", "build");
  const { detectPlanTables } = require(path.join(build, "engine", "plan-tables.js"));
  const detect = (grid) => {
    // A layout the reader cannot read at all counts as every expectation missed, not as a stop.
    try {
      return detectPlanTables(grid);
    } catch {
      return [];
    }
  };
  const names = Object.keys(VARIANTS);
  const kinds = args.variants.length > 0 ? args.variants : names;
  for (const k of kinds) if (!names.includes(k)) throw new Error(`layout-variants: unknown variant "${k}" (one of: ${names.join(", ")})`);
  const plans = readPlans(args.plans);
  const written = new Map(plans.map((p) => [p.id, measureLayout(p, writtenLayout(p), detect)]));
  const all = [...written.values()];
  console.log(`${"as written".padEnd(32)} ${KINDS.map((k) => `${k} ${all.reduce((n, m) => n + m.kinds[k].met, 0)}/${all.reduce((n, m) => n + m.kinds[k].total, 0)}`).join(", ")}`);
  for (const kind of kinds) {
    const hurt = [];
    let plansChanged = 0;
    let before = 0;
    let after = 0;
    let total = 0;
    let beforeTotal = 0;
    let broken = 0;
    let mended = 0;
    for (const plan of plans) {
      const w = writtenLayout(plan);
      const layout = VARIANTS[kind](plan, w.sheets, w.expected);
      if (!layout) continue;
      plansChanged++;
      const m = measureLayout(plan, layout, detect);
      const o = written.get(plan.id);
      before += metOf(o);
      after += metOf(m);
      total += KINDS.reduce((n, k) => n + m.kinds[k].total, 0);
      beforeTotal += KINDS.reduce((n, k) => n + o.kinds[k].total, 0);
      // Broken where the plan as written holds: per kind, the expectations missed now and not as
      // written. Misses, not met counts, are compared: a variant may drop an expectation (the
      // number column's role once the column is gone), which breaks nothing.
      let lost = 0;
      for (const k of KINDS) {
        const missed = (x) => x.kinds[k].total - x.kinds[k].met;
        lost += Math.max(0, missed(m) - missed(o));
        mended += Math.max(0, missed(o) - missed(m));
      }
      broken += lost;
      if (lost > 0) hurt.push({ plan: plan.id, lost, misses: m.misses });
    }
    console.log(`${kind.padEnd(32)} ${String(after).padStart(5)}/${total} held (as written ${before}/${beforeTotal}) on ${plansChanged} plans  broken ${broken}${mended ? `, mended ${mended}` : ""}`);
    hurt.sort((a, b) => b.lost - a.lost || a.plan.localeCompare(b.plan));
    const shown = args.verbose ? hurt : hurt.slice(0, 6);
    for (const h of shown) console.log(`    ${h.plan} −${h.lost}: ${h.misses.slice(0, args.verbose ? 8 : 3).join("; ")}`);
    if (shown.length < hurt.length) console.log(`    … ${hurt.length - shown.length} more plans (--verbose)`);
  }
}

module.exports = { VARIANTS, measureLayout, writtenLayout };

if (require.main === module) main();
