#!/usr/bin/env node
/**
 * Refreshes the corpus rows of the tables of real deadline cells (`<lang>.json` here) from the
 * corpus plans in test/corpus/plans: each plan's `expected.deadlines`, with the cell's text as the
 * sheet holds it, the plan period the person gave, the heading of the section the cell is in, and
 * the cell's column where that says more (a header of limits, a column of Roman months).
 * Where a reading here was judged differently from the corpus, `judged.json` holds the reading
 * used and why; the corpus's own is kept beside it. Rows from other sources are left as they are.
 *
 *   node test/engine/deadline/real-cells/from-corpus.js
 */
const fs = require("fs");
const path = require("path");

const here = __dirname;
const plansDir = path.join(here, "../../../corpus/plans");
const judged = JSON.parse(fs.readFileSync(path.join(here, "judged.json"), "utf8"));
const LANGS = ["bg", "en", "pl", "ru", "uk"];

function columnNumber(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function cellText(sheet, column, row) {
  const cells = sheet.rows[row - 1] || [];
  const value = cells[columnNumber(column) - columnNumber(sheet.startCol || "A")];
  return value === null || value === undefined ? null : String(value);
}

/** Limit phrases of a header (`не позднее`, `nie później niż`) and a cell that is a Roman numeral alone. */
const LIMIT = /не\s+позднее|не\s+позже|не\s+пізніше|не\s+по-късно|най-късно|nie\s+później|najpóźniej|no\s+later\s+than|not\s+later\s+than|(?:^|[^\p{L}])(?:до|do|by|until)(?:[^\p{L}]|$)/iu;
const ROMAN_ALONE = /^\s*[IVXІХ]+\s*[.,]?\s*$/u;
/**
 * A month's name alone where its column's other month names decide: July or August in a school
 * year (its closing summer when the months run in order), September (whose name may have a letter slipped).
 */
const SUMMER_OR_SLIP = (text, reading) => /^\s*\p{L}{6,}\s*$/u.test(text) && reading.kind === "month" && /^\d{4}-(?:07|08|09)/.test(reading.start || "");

/** A day written with its weekday and no year, which the years of its column place. */
const WEEKDAY_NO_YEAR = (text) => /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(text) && !/\d{4}/.test(text);

/**
 * The cell's column where it says more of the cell than the cell does: its header (header rows
 * joined with " / ") and its cells, for a header of limits, a Roman numeral alone, or a day written
 * with its weekday and no year.
 */
function columnOf(sheet, table, column, text, reading) {
  if (!table) return undefined;
  const header = (table.headerRows || []).map((r) => cellText(sheet, column, r)).filter((t) => t !== null && t !== "").join(" / ");
  if (!LIMIT.test(header) && !ROMAN_ALONE.test(text) && !WEEKDAY_NO_YEAR(text) && !SUMMER_OR_SLIP(text, reading)) return undefined;
  const cells = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const t = cellText(sheet, column, r);
    if (t !== null && t !== "" && !(table.headerRows || []).includes(r)) cells.push(t);
  }
  return { header, cells };
}

function rowsOf(plan) {
  const expected = plan.expected || {};
  const out = [];
  for (const e of expected.deadlines || []) {
    const [, column, rowText] = /^([A-Z]+)(\d+)$/.exec(e.cell);
    const row = Number(rowText);
    const table = (expected.tables || []).find((t) => t.firstRow <= row && row <= t.lastRow && t.columns[column]);
    const sheet = (table && plan.sheets.find((s) => s.name === table.sheet)) || plan.sheets[0];
    const text = cellText(sheet, column, row) ?? e.text;
    const above = ((table && table.sections) || []).filter((s) => s < row);
    let section = null;
    if (above.length > 0) {
      const cells = sheet.rows[Math.max(...above) - 1] || [];
      section = cells.filter((c) => c !== null && c !== "").map(String).join(" ").trim() || null;
    }
    const source = `corpus:${plan.id}!${e.cell}`;
    const reading = { kind: e.kind, start: e.start ?? null, end: e.end ?? null };
    if (e.every !== undefined) reading.every = e.every;
    if (e.reason !== undefined) reading.reason = e.reason;
    const row_ = { text, period: expected.period ?? null, section, ...reading, source };
    const columnSays = columnOf(sheet, table, column, text, reading);
    if (columnSays) row_.column = columnSays;
    const judgement = judged[source];
    if (judgement) {
      const { why, period, ...mine } = judgement;
      Object.assign(row_, { kind: undefined, start: undefined, end: undefined, reason: undefined, every: undefined });
      Object.assign(row_, mine.kind ? mine : reading);
      if (period !== undefined) row_.period = period;
      row_.corpus = reading;
      row_.why = why;
      for (const k of Object.keys(row_)) if (row_[k] === undefined) delete row_[k];
    }
    out.push(row_);
  }
  return out;
}

const byLang = Object.fromEntries(LANGS.map((l) => [l, []]));
for (const file of fs.readdirSync(plansDir).filter((f) => f.endsWith(".json")).sort()) {
  const plan = JSON.parse(fs.readFileSync(path.join(plansDir, file), "utf8"));
  if (byLang[plan.lang]) byLang[plan.lang].push(...rowsOf(plan));
}
for (const lang of LANGS) {
  const file = path.join(here, `${lang}.json`);
  const kept = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")).filter((r) => !r.source.startsWith("corpus:")) : [];
  const rows = [...kept, ...byLang[lang]];
  fs.writeFileSync(file, `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(",\n")}\n]\n`);
  console.log(`${lang}: ${kept.length} own rows, ${byLang[lang].length} corpus rows`);
}
