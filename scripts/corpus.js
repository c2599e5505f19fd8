#!/usr/bin/env node
/**
 * `npm run corpus`: reads every corpus workbook (test/corpus/workbooks/<id>.xlsx) through the same
 * reader and engine as `plancheck`, and measures what PlanCheck found against what each plan's file
 * (test/corpus/plans/<id>.json) says a careful reader finds there.
 *
 * Per plan and in total: tables found, header rows, columns typed `unknown`, task rows, deadlines
 * unread, findings per 100 task rows by code, and the expectations met per kind (tables, header
 * rows, column roles, task rows, sections, continuation rows), and for the deadline cells a plan
 * lists, how many are read as expected, left unread, or read wrongly.
 *
 * Usage: node scripts/corpus.js [--json] [--save FILE] [--compare FILE] [--plan ID]... [--verbose]
 *        [--build DIR] (an engine compiled elsewhere, to measure an earlier version the same way)
 * The measuring functions are exported too, so the corpus test holds the same numbers against src/.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const CORPUS = path.join(__dirname, "..", "test", "corpus");
const PLANS = path.join(CORPUS, "plans");
const WORKBOOKS = path.join(CORPUS, "workbooks");

/** Kinds of expectation, in the order they are printed. */
const KINDS = ["tables", "headerRows", "columns", "taskRows", "sections", "continuations"];

// ---------------------------------------------------------------------------------------------
// A1 helpers (the runner reads plan files, which speak A1)

function columnIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function splitCell(a1) {
  const m = /^([A-Z]+)(\d+)$/.exec(String(a1).toUpperCase());
  return m ? { col: columnIndex(m[1]), row: Number(m[2]) } : null;
}

/** First and last sheet rows (1-based) of an A1 range. */
function rangeRows(range) {
  const [a, b] = range.split(":");
  const p = splitCell(a);
  const q = splitCell(b || a);
  return { top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row) };
}

// ---------------------------------------------------------------------------------------------
// Measuring one plan

function emptyKinds() {
  const out = {};
  for (const k of KINDS) out[k] = { met: 0, total: 0 };
  return out;
}

function count(kinds, kind, met, total = 1) {
  kinds[kind].met += met;
  kinds[kind].total += total;
}

/** Rows (1-based) an expected table spans, header included. */
function expectedSpan(t) {
  const header = t.headerRows || [];
  const top = header.length > 0 ? Math.min(...header) : t.firstRow;
  return { top, bottom: t.lastRow };
}

function overlaps(a, b) {
  return a.top <= b.bottom && b.top <= a.bottom;
}

function sameSet(a, b) {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

/**
 * Measures a plan's checked tables against its expectations.
 * `checked` is a list of { table (TableJson, with findings), sources } as `checkWorkbook` gives them.
 */
function measurePlan(plan, tables, notFound, compareReading) {
  const expected = (plan.expected && plan.expected.tables) || [];
  const kinds = emptyKinds();
  const out = {
    id: plan.id,
    lang: plan.lang,
    kind: plan.kind,
    tables: tables.length,
    expectedTables: expected.length,
    headerRows: 0,
    columns: 0,
    unknownColumns: 0,
    taskRows: 0,
    deadlinesUnread: 0,
    findings: {},
    kinds,
    misses: [],
    deadlines: { total: 0, right: 0, unread: 0, wrong: 0, missing: 0, wrongCells: [] },
    emitted: [],
  };
  for (const t of tables) {
    out.headerRows += t.headerRows.length;
    out.columns += t.columns.length;
    out.unknownColumns += t.columns.filter((c) => c.role === "unknown").length;
    out.taskRows += t.rows.length;
    for (const r of t.rows) if (r.deadline && r.deadline.kind === "unparsed") out.deadlinesUnread++;
    for (const f of t.findings || []) out.findings[f.code] = (out.findings[f.code] || 0) + 1;
  }
  for (const f of notFound || []) out.findings[f.code] = (out.findings[f.code] || 0) + 1;
  for (const f of [...tables.flatMap((t) => t.findings || []), ...(notFound || [])]) {
    const emitted = { plan: plan.id, code: f.code, cell: `${f.sheet}!${f.cell}`, text: f.text ?? "" };
    // One cell can carry several findings (a role missing, a body named, a row of a merged cell):
    // the detail tells them apart.
    const detail = findingDetail(f);
    if (detail) emitted.detail = detail;
    out.emitted.push(emitted);
  }

  // Which found table answers each expected one: the tables overlapping its rows on its sheet.
  const used = new Set();
  for (const e of expected) {
    const span = expectedSpan(e);
    const over = tables.filter((t) => t.sheet === e.sheet && overlaps(rangeRows(t.range), span));
    over.forEach((t) => used.add(t));
    // One table for this expected table, and that table no other expected table's as well.
    const shared = over.length === 1 && expected.some((o) => o !== e && o.sheet === e.sheet && overlaps(rangeRows(over[0].range), expectedSpan(o)));
    const found = over.length === 1 && !shared ? over[0] : null;
    count(kinds, "tables", found ? 1 : 0);
    if (!found) out.misses.push(`${e.sheet}: ${over.length === 0 ? "table not found" : shared ? "read as one table with the next" : `split into ${over.length} tables`}`);
    const table = found || over[0] || null;
    measureTable(e, table, kinds, out.misses);
  }
  // A table found where the plan has none is an expectation missed too (a title block read as a table).
  for (const t of tables) {
    if (used.has(t)) continue;
    count(kinds, "tables", 0);
    out.misses.push(`${t.sheet}!${t.range}: a table where the plan has none`);
  }
  if (expected.length === 0 && tables.length === 0) count(kinds, "tables", 1);
  if (compareReading) measureDeadlines(plan, tables, out.deadlines, compareReading);
  return out;
}

function measureTable(e, table, kinds, misses) {
  // Header rows repeated inside the table are header rows too, whichever list a plan file puts them in.
  const headerRows = [...new Set([...(e.headerRows || []), ...(e.repeatedHeaderRows || [])])];
  const foundHeader = table ? [...new Set([...table.headerRows, ...(table.repeatedHeaderRows || [])])] : [];
  const okHeader = !!table && sameSet(foundHeader, headerRows);
  count(kinds, "headerRows", okHeader ? 1 : 0);
  if (table && !okHeader) misses.push(`${e.sheet}: header rows ${JSON.stringify(table.headerRows)}, expected ${JSON.stringify(headerRows)}`);

  for (const [letter, role] of Object.entries(e.columns || {})) {
    const column = table ? table.columns.find((c) => c.column === letter.toUpperCase()) : null;
    const ok = !!column && column.role === role;
    count(kinds, "columns", ok ? 1 : 0);
    if (table && !ok) misses.push(`${e.sheet}!${letter}: ${column ? column.role : "no column"}, expected ${role}`);
  }

  if (typeof e.taskRows === "number") {
    const n = table ? table.rows.length : 0;
    count(kinds, "taskRows", n === e.taskRows ? 1 : 0);
    if (table && n !== e.taskRows) misses.push(`${e.sheet}: ${n} task rows, expected ${e.taskRows}`);
  }

  // Sections: each expected section row found, and each section found where none is expected, counts.
  const want = new Set(e.sections || []);
  const got = new Set(table ? (table.sections || []).map((s) => s.row) : []);
  for (const r of want) {
    count(kinds, "sections", got.has(r) ? 1 : 0);
    if (table && !got.has(r)) misses.push(`${e.sheet}: section row ${r} not found`);
  }
  for (const r of got) {
    if (want.has(r)) continue;
    count(kinds, "sections", 0);
    misses.push(`${e.sheet}: row ${r} read as a section`);
  }

  // Continuation rows: each must be joined to the task above, never a task of its own.
  for (const r of e.continuationRows || []) {
    const owner = table ? table.rows.find((x) => (x.sourceRows || [x.row]).includes(r)) : null;
    const ok = !!owner && owner.row !== r;
    count(kinds, "continuations", ok ? 1 : 0);
    if (table && !ok) misses.push(`${e.sheet}: row ${r} not joined to the task above`);
  }
}

/**
 * Deadline cells the plan lists, judged by the deadline reader's own measure (`compareReading`):
 * read as expected (`right`), left unread where a reading was expected (`unread`: the reader's
 * "missed"), read differently or read where `unparsed` is expected (`wrong`), or in no deadline
 * column of a task row (`missing`). Every deadline column of a table counts (a plan with start
 * and end columns has two). Where the table of real deadline cells judged a cell differently from
 * the plan file (test/engine/deadline/real-cells/judged.json), its reading is the expected one, so
 * both measures say the same.
 */
function measureDeadlines(plan, tables, d, compareReading) {
  for (const listed of (plan.expected && plan.expected.deadlines) || []) {
    d.total++;
    const want = expectedReading(plan.id, listed);
    const reading = readingAt(tables, listed.cell);
    if (!reading) {
      d.missing++;
      continue;
    }
    const verdict = compareReading(want, reading).verdict;
    if (verdict === "right") d.right++;
    else if (verdict === "missed") d.unread++;
    else {
      d.wrong++;
      d.wrongCells.push(`${listed.cell}: ${reading.kind} ${reading.start}..${reading.end}, expected ${want.kind} ${want.start ?? ""}..${want.end ?? ""}`);
    }
  }
}

/** The reading of a deadline cell (A1) in the measured tables, or null where no deadline column of a task row holds it. */
function readingAt(tables, cell) {
  const at = splitCell(cell);
  let reading = null;
  for (const t of tables) {
    for (const column of t.columns) {
      if (column.role !== "deadline" || !at || columnIndex(column.column) !== at.col) continue;
      const row = t.rows.find((r) => (r.sourceRows || [r.row]).includes(at.row));
      if (row) reading = (row.deadlines && row.deadlines[column.column]) || { kind: "blank", start: null, end: null };
    }
  }
  return reading;
}

let judgedCache = null;
/** Readings judged differently from a plan file, by `corpus:<plan id>!<cell>`. */
function judgedReadings() {
  if (!judgedCache) {
    const file = path.join(__dirname, "..", "test", "engine", "deadline", "real-cells", "judged.json");
    judgedCache = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  }
  return judgedCache;
}

/** The reading a careful person gives a listed cell: the judged one where there is one. */
function expectedReading(planId, listed) {
  const judged = judgedReadings()[`corpus:${planId}!${listed.cell}`];
  const source = judged && judged.kind ? judged : listed;
  const out = { kind: source.kind, start: source.start ?? null, end: source.end ?? null };
  if (source.every !== undefined) out.every = source.every;
  if (source.reason !== undefined) out.reason = source.reason;
  return out;
}

/**
 * The noise measure: findings a careful reviewer read in the plan and judged right or wrong
 * (test/corpus/reviewed-findings.json, one entry per plan, code, cell and detail: the missing role,
 * the body named or the row). Of the findings the
 * engine emits now, how many were reviewed, how many of those were judged wrong, and how many are
 * not reviewed yet (each needs a verdict before the share means anything). A reviewed finding the
 * engine no longer emits drops out of the share: a fix that silences it is counted as it should be.
 */
function reviewFindings(measures, reviewed) {
  const key = (f) => `${f.plan}|${f.code}|${f.cell}|${f.detail ?? ""}`;
  const verdicts = new Map(reviewed.map((r) => [key(r), r]));
  const out = { emitted: 0, reviewed: 0, wrong: 0, unreviewed: [], wrongEmitted: [] };
  for (const m of measures) {
    for (const f of m.emitted) {
      out.emitted++;
      const r = verdicts.get(key(f));
      if (!r) {
        out.unreviewed.push(f);
        continue;
      }
      out.reviewed++;
      if (r.verdict === "wrong") {
        out.wrong++;
        out.wrongEmitted.push(r);
      }
    }
  }
  return out;
}

/** What tells apart findings of one code at one cell: the missing role, the body named, the row. */
function findingDetail(f) {
  const p = f.params || {};
  if (typeof p.role === "string") return p.role;
  if (typeof p.body === "string") return p.body;
  if (p.row !== undefined) return `row ${p.row}`;
  return null;
}

/**
 * Verdict files: reviewed-findings.json, then every file in reviewed/ in name order, so a change to
 * the reader can record its re-judged findings in a file of its own without rewriting the whole list.
 */
function readReviewedSources() {
  const files = [path.join(CORPUS, "reviewed-findings.json")];
  const dir = path.join(CORPUS, "reviewed");
  if (fs.existsSync(dir)) {
    files.push(...fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort().map((n) => path.join(dir, n)));
  }
  return files.filter((f) => fs.existsSync(f)).map((file) => ({ file, entries: JSON.parse(fs.readFileSync(file, "utf8")) }));
}

/** All verdicts, one per finding: a later file's verdict on the same finding replaces an earlier one. */
function readReviewed() {
  const byKey = new Map();
  for (const { entries } of readReviewedSources()) {
    for (const r of entries) byKey.set(`${r.plan}|${r.code}|${r.cell}|${r.detail ?? ""}`, r);
  }
  return [...byKey.values()];
}

function percent(n, d) {
  return d === 0 ? "0%" : `${((n * 100) / d).toFixed(1)}%`;
}

/** Sums of plan measures: the corpus totals. */
function totals(measures) {
  const t = {
    plans: measures.length,
    plansWithTables: 0,
    plansWithTablesFound: 0,
    tables: 0,
    expectedTables: 0,
    headerRows: 0,
    columns: 0,
    unknownColumns: 0,
    taskRows: 0,
    deadlinesUnread: 0,
    findings: {},
    findingsPer100: {},
    kinds: emptyKinds(),
    deadlines: { total: 0, right: 0, unread: 0, wrong: 0, missing: 0 },
  };
  for (const m of measures) {
    if (m.expectedTables > 0) {
      t.plansWithTables++;
      if (m.tables > 0) t.plansWithTablesFound++;
    }
    for (const k of ["tables", "expectedTables", "headerRows", "columns", "unknownColumns", "taskRows", "deadlinesUnread"]) t[k] += m[k];
    for (const [code, n] of Object.entries(m.findings)) t.findings[code] = (t.findings[code] || 0) + n;
    for (const k of KINDS) count(t.kinds, k, m.kinds[k].met, m.kinds[k].total);
    for (const k of ["total", "right", "unread", "wrong", "missing"]) t.deadlines[k] += m.deadlines[k];
  }
  for (const [code, n] of Object.entries(t.findings).sort()) t.findingsPer100[code] = per100(n, t.taskRows);
  return t;
}

function per100(n, rows) {
  return rows === 0 ? 0 : Math.round((n * 1000) / rows) / 10;
}

// ---------------------------------------------------------------------------------------------
// Reading the corpus

function readPlans(ids) {
  if (!fs.existsSync(PLANS)) return [];
  return fs
    .readdirSync(PLANS)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(PLANS, f), "utf8")))
    .filter((p) => !ids || ids.length === 0 || ids.includes(p.id));
}

/**
 * Checks one workbook as `plancheck check` does and measures it. `engine` carries
 * readWorkbook, checkWorkbook (or planSheets + checkSheet) and tableJson, from build/ or src/.
 */
async function measureWorkbook(plan, file, engine) {
  const result = engine.checkWorkbook(await engine.readWorkbook(file));
  return measurePlan(plan, checkedTables(result, engine), result.findings, engine.compareReading);
}

/** A workbook check's tables as the measure reads them: the table's JSON with its sections, rows' source rows and deadline readings. */
function checkedTables(result, engine) {
  return result.tables.map((c) => {
    const json = engine.tableJson(c);
    return {
      ...json,
      sections: c.table.sections,
      repeatedHeaderRows: c.table.repeatedHeaderRows,
      rows: json.rows.map((r, i) => ({ ...r, sourceRows: c.table.rows[i].sourceRows, deadlines: deadlineReadings(c, i, engine) })),
      findings: c.findings,
    };
  });
}

/** A row's reading of each deadline column, by column letter, as the engine reads the cells. */
function deadlineReadings(checked, i, engine) {
  const out = {};
  const row = checked.table.rows[i];
  for (const column of checked.table.columns) {
    if (column.role !== "deadline") continue;
    const text = row.cells[column.key];
    // As the check reads it (with its column's header and cells), where the engine keeps its reading.
    const read = () => (checked.meanings ? checked.meanings.deadline(i, column.key) : engine.parseDeadline(text, { period: checked.period, section: row.section }));
    out[column.column] = text === undefined ? { kind: "blank", start: null, end: null } : read();
  }
  return out;
}

async function measureCorpus(engine, ids) {
  const out = [];
  for (const plan of readPlans(ids)) {
    const file = path.join(WORKBOOKS, `${plan.id}.xlsx`);
    if (!fs.existsSync(file)) {
      out.push({ ...measurePlan(plan, [], [], engine.compareReading), misses: ["workbook not built: node scripts/build-corpus.js"] });
      continue;
    }
    out.push(await measureWorkbook(plan, file, engine));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Printing

function ratio(k) {
  return `${k.met}/${k.total}`;
}

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

function printMeasures(measures, total, verbose) {
  const head = ["plan", "tables", "hdr", "unk", "rows", "unread", ...KINDS, "deadlines"];
  const widths = [34, 7, 4, 4, 5, 7, 8, 11, 9, 9, 9, 14, 16];
  const line = (cells) => console.log(cells.map((c, i) => pad(c, widths[i])).join(" ").trimEnd());
  line(head);
  for (const m of measures) {
    const d = m.deadlines;
    line([
      m.id,
      `${m.tables}/${m.expectedTables}`,
      m.headerRows,
      m.unknownColumns,
      m.taskRows,
      m.deadlinesUnread,
      ...KINDS.map((k) => (m.kinds[k].total === 0 ? "-" : ratio(m.kinds[k]))),
      d.total === 0 ? "-" : `${d.right}/${d.total} w${d.wrong}`,
    ]);
    if (verbose) {
      for (const x of m.misses) console.log(`    ${x}`);
      for (const x of d.wrongCells) console.log(`    deadline ${x}`);
      const codes = Object.entries(m.findings).sort((a, b) => b[1] - a[1]);
      if (codes.length > 0) console.log(`    findings: ${codes.map(([c, n]) => `${c} ${n}`).join(", ")}`);
    }
  }
  console.log("");
  console.log(`Plans: ${total.plans}; with a plan table: ${total.plansWithTables}, a table found in ${total.plansWithTablesFound}`);
  console.log(`Tables found ${total.tables} (expected ${total.expectedTables}); header rows ${total.headerRows}; columns ${total.columns}, typed unknown ${total.unknownColumns}; task rows ${total.taskRows}; deadlines unread ${total.deadlinesUnread}`);
  const met = KINDS.reduce((n, k) => n + total.kinds[k].met, 0);
  const all = KINDS.reduce((n, k) => n + total.kinds[k].total, 0);
  console.log(`Expectations met: ${met}/${all} — ${KINDS.map((k) => `${k} ${ratio(total.kinds[k])}`).join(", ")}`);
  const d = total.deadlines;
  console.log(`Deadlines expected: ${d.total}; read as expected ${d.right}, unread ${d.unread}, read wrongly ${d.wrong}, not found ${d.missing}`);
  const r = total.review;
  if (r) console.log(`Findings reviewed: ${r.reviewed} of ${r.emitted} emitted, judged wrong ${r.wrong} (${percent(r.wrong, r.reviewed)} of those reviewed); not reviewed yet ${r.unreviewed.length}`);
  const codes = Object.entries(total.findingsPer100).sort((a, b) => b[1] - a[1]);
  console.log(`Findings per 100 task rows: ${codes.map(([c, n]) => `${c} ${n}`).join(", ") || "none"}`);
}

/** What changed since a saved run: per plan, the kinds whose met count moved, and the totals. */
function printComparison(before, measures, total) {
  const old = new Map(before.plans.map((m) => [m.id, m]));
  let changed = 0;
  for (const m of measures) {
    const o = old.get(m.id);
    if (!o) {
      console.log(`+ ${m.id}: new plan`);
      continue;
    }
    const diffs = [];
    for (const k of KINDS) {
      const a = o.kinds[k];
      const b = m.kinds[k];
      if (a.met !== b.met || a.total !== b.total) diffs.push(`${k} ${ratio(a)} -> ${ratio(b)}`);
    }
    for (const k of ["tables", "headerRows", "unknownColumns", "taskRows", "deadlinesUnread"]) {
      if (o[k] !== m[k]) diffs.push(`${k} ${o[k]} -> ${m[k]}`);
    }
    const codes = new Set([...Object.keys(o.findings), ...Object.keys(m.findings)]);
    for (const c of [...codes].sort()) {
      if ((o.findings[c] || 0) !== (m.findings[c] || 0)) diffs.push(`${c} ${o.findings[c] || 0} -> ${m.findings[c] || 0}`);
    }
    if (diffs.length > 0) {
      changed++;
      const worse = KINDS.some((k) => m.kinds[k].met < o.kinds[k].met);
      console.log(`${worse ? "!" : "~"} ${m.id}: ${diffs.join("; ")}`);
    }
  }
  const t0 = before.total;
  console.log(`${changed} plans changed. Expectations met by kind: ${KINDS.map((k) => `${k} ${ratio(t0.kinds[k])} -> ${ratio(total.kinds[k])}`).join(", ")}`);
}

function parseArgs(argv) {
  const args = { json: false, save: null, compare: null, plans: [], verbose: false, build: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--save") args.save = argv[++i];
    else if (a === "--compare") args.compare = argv[++i];
    else if (a === "--plan") args.plans.push(argv[++i]);
    else if (a === "--build") args.build = argv[++i];
    else if (a === "--verbose" || a === "-v") args.verbose = true;
    else throw new Error(`corpus: unknown argument ${a}`);
  }
  return args;
}

/** The engine as `plancheck` runs it: the compiled command line in build/. */
function builtEngine(dir) {
  const build = dir ? path.resolve(dir) : path.join(__dirname, "..", "build");
  const { readWorkbook } = require(path.join(build, "xlsx", "read-workbook.js"));
  const { planSheets } = require(path.join(build, "xlsx", "plan-sheets.js"));
  const check = require(path.join(build, "engine", "check.js"));
  const { tableJson } = require(path.join(build, "cli", "table-json.js"));
  const { parseDeadline, compareReading } = require(path.join(build, "engine", "deadline", "index.js"));
  const checkWorkbook = check.checkWorkbook
    ? (wb) => check.checkWorkbook(planSheets(wb))
    : (wb) => ({ tables: planSheets(wb).flatMap((p) => check.checkSheet(p.grid, p.options)), findings: [] });
  return { readWorkbook, tableJson, checkWorkbook, parseDeadline, compareReading };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const measures = await measureCorpus(builtEngine(args.build), args.plans);
  const total = totals(measures);
  total.review = reviewFindings(measures, readReviewed());
  const doc = { plans: measures, total };
  if (args.json) console.log(JSON.stringify(doc, null, 2));
  else {
    printMeasures(measures, total, args.verbose || args.plans.length > 0);
    if (args.verbose) {
      for (const f of total.review.wrongEmitted) console.log(`  wrong finding ${f.plan} ${f.code} ${f.cell}: ${f.reason}`);
      for (const f of total.review.unreviewed) console.log(`  not reviewed ${f.plan} ${f.code} ${f.cell} ${f.detail ?? ""} ${JSON.stringify(f.text.slice(0, 80))}`);
    }
    console.log(`(${measures.length} plans in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (args.compare) {
    const before = JSON.parse(fs.readFileSync(args.compare, "utf8"));
    console.log("");
    printComparison(before, measures, total);
  }
  if (args.save) fs.writeFileSync(args.save, JSON.stringify(doc, null, 2) + "\n");
}

module.exports = { KINDS, measurePlan, measureCorpus, totals, readPlans, reviewFindings, readReviewed, readReviewedSources, builtEngine, checkedTables, readingAt, expectedReading };

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.stack || err.message : String(err));
    process.exit(1);
  });
}
