#!/usr/bin/env node
/**
 * Whether a column's role holds when its heading names another role, as officials mislabel columns.
 * For every corpus plan (test/corpus/plans), the sheet is rebuilt as scripts/build-corpus.js lays it
 * out and one column at a time is given the heading of another role: a deadline column headed as
 * the responsible one (`Відповідальні`, `Odpowiedzialni`, `Responsible`, `Отговорник`,
 * `Ответственные`), a responsible column headed as the deadline, a column of classes, groups,
 * audiences or places headed as the responsible one or `Who?`, the task column headed as notes; a
 * month column written in Roman numerals (`ІХ`, `Х`, `ХІ`), under its own heading or the responsible one.
 * Then it is checked again. Printed, per kind: the columns relabelled, the role each is read as
 * (held by its content, and how many of those say `source: "content"`), and the row-level findings
 * on that column's cells that the relabelling creates (findings said once at a heading are not counted). Each of those is noise: the plan is the same
 * plan, and a reviewer would write at most one finding, at the heading.
 *
 * Usage: node scripts/misleading-headings.js [--build DIR] [--plan ID]... [--variant KIND]... [--verbose]
 * The plan files are read, never changed.
 */
"use strict";

const path = require("path");
const { readPlans } = require("./corpus");
const { sheetOf, columnLetter, isNumberRow, parseArgs } = require("./corpus-variants");

/** The headings officials give each role, per language. */
const HEADINGS = {
  responsible: { uk: "Відповідальні", pl: "Odpowiedzialni", en: "Responsible", bg: "Отговорник", ru: "Ответственные" },
  deadline: { uk: "Термін виконання", pl: "Termin realizacji", en: "Deadline", bg: "Срок", ru: "Срок исполнения" },
  who: { uk: "Хто?", pl: "Kto?", en: "Who?", bg: "Кой?", ru: "Кто?" },
  notes: { uk: "Примітки", pl: "Uwagi", en: "Notes", bg: "Забележка", ru: "Примечание" },
};

/** A heading naming classes, groups, participants or a place: the column says whom or where, not who does it. */
const AUDIENCE_OR_PLACE_HEADING =
  /клас|class|grup|груп|group|year|участ|uczestn|particip|audience|for whom|для кого|за кого|dla kogo|місце|место|място|miejsce|venue|place|location|where/iu;

/** Month names as a cell alone writes them, per language, January first. */
const MONTHS = {
  bg: ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  uk: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
  pl: ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
};
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
/** Cyrillic plans type Roman numerals with the Cyrillic letters that look the same (`ІХ`, `Х`). */
const CYRILLIC_ROMAN = { I: "І", X: "Х" };

/** A cell that is a month's name alone (a month column), written as its Roman numeral; null for any other cell. */
function romanMonth(value, lang) {
  if (typeof value !== "string") return null;
  const i = (MONTHS[lang] || []).indexOf(value.trim().toLowerCase());
  if (i < 0) return null;
  return lang === "pl" || lang === "en" ? ROMAN[i] : ROMAN[i].replace(/[IX]/g, (ch) => CYRILLIC_ROMAN[ch]);
}

/**
 * Each kind: which columns it relabels/**
 * Each kind: which columns it relabels (by the role the plan expects of them and their heading and
 * cells), the heading it gives them, and the role a reader must keep for the column to hold.
 */
const KINDS = {
  "deadline headed responsible": { picks: (c) => c.expected === "deadline", heading: "responsible", holds: (role) => role === "deadline" },
  "responsible headed deadline": { picks: (c) => c.expected === "responsible", heading: "deadline", holds: (role) => role === "responsible" },
  "audience or place headed responsible": { picks: (c) => c.audienceOrPlace, heading: "responsible", holds: (role) => role !== "responsible" },
  "audience or place headed Who?": { picks: (c) => c.audienceOrPlace, heading: "who", holds: (role) => role !== "responsible" },
  "activity headed notes": { picks: (c) => c.expected === "activity", heading: "notes", holds: (role) => role === "activity" },
  // A month column written in Roman numerals (`МЕСЕЦ` over `ІХ`, `Х`, `ХІ`), as schedules of tests and
  // exams write it, its heading as written: the numerals are months, not bodies nor classes.
  "months in Roman numerals": { picks: (c) => c.expected === "deadline" && c.months, heading: null, cells: romanMonth, holds: (role) => role === "deadline" },
  "months in Roman numerals headed responsible": { picks: (c) => c.expected === "deadline" && c.months, heading: "responsible", cells: romanMonth, holds: (role) => role === "deadline" },
};
const ALL = Object.keys(KINDS);

/** The header cell that names a column: the lowest header row where the column's own cell has letters and no merge spans it sideways. */
function headingCell(rows, merges, headerRows, col) {
  for (const r of [...headerRows].sort((a, b) => b - a)) {
    if (!rows[r] || isNumberRow(rows[r])) continue;
    const m = merges.find((x) => x.row <= r && r < x.row + x.rowCount && x.col <= col && col < x.col + x.colCount);
    if (m && m.colCount > 1) continue;
    const at = m ? { row: m.row, col: m.col } : { row: r, col };
    const v = rows[at.row] && rows[at.row][at.col];
    if (typeof v === "string" && /\p{L}/u.test(v)) return at;
  }
  return null;
}

/** Rows of a table below its header, 0-based, as the plan expects them. */
function bodyRows(e) {
  return { top: e.firstRow - 1, bottom: e.lastRow - 1 };
}

/**
 * The columns of one sheet each kind may relabel: expected role, heading cell, and whether it names
 * classes, groups, participants or a place (by its heading, or by its cells naming audiences).
 */
function candidates(plan, sheet, grid, isAudienceText) {
  const expected = ((plan.expected && plan.expected.tables) || []).filter((e) => e.sheet === sheet.name);
  const out = [];
  for (const e of expected) {
    const headerRows = new Set((e.headerRows || []).map((r) => r - 1));
    const body = bodyRows(e);
    const width = Math.max(0, ...grid.values.slice(body.top, body.bottom + 1).map((r) => r.length));
    for (let col = 0; col < width; col++) {
      const letter = columnLetter(col);
      const role = (e.columns || {})[letter] || null;
      const head = headingCell(grid.values, grid.merges, headerRows, col);
      if (!head) continue;
      const headText = String(grid.values[head.row][head.col]);
      const cells = grid.values.slice(body.top, body.bottom + 1).map((r) => r[col]).filter((v) => typeof v === "string" && v.trim() !== "");
      const audience = cells.filter((v) => isAudienceText(v.trim())).length;
      const audienceOrPlace = (role === null || role === "unknown") && cells.length >= 3 && (AUDIENCE_OR_PLACE_HEADING.test(headText) || audience * 2 >= cells.length);
      // A month column: most of its cells a month's name alone.
      const months = cells.length >= 3 && cells.filter((v) => romanMonth(v, plan.lang) !== null).length * 2 > cells.length;
      out.push({ letter, col, expected: role, head, headText, body, audienceOrPlace, months });
    }
  }
  return out;
}

/** Findings said once at a column's or a table's heading, which may fall inside the rows of a table below another. */
const AT_A_HEADING = new Set(["header.role-missing", "deadline.column-unread", "deadline.period-mismatch", "deadline.mostly-past", "responsible.column-unknown", "table.blank-column"]);

/** Findings on a column's cells below the header, by cell and code (with the body or role they name). */
function rowFindings(checks, letter, body) {
  const out = new Map();
  for (const c of checks) {
    for (const f of c.findings) {
      if (AT_A_HEADING.has(f.code)) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
      if (!m || m[1] !== letter) continue;
      const row = Number(m[2]) - 1;
      if (row < body.top || row > body.bottom) continue;
      const detail = f.params.body ?? f.params.role ?? "";
      out.set(`${f.cell}|${f.code}|${detail}`, f);
    }
  }
  return out;
}

function columnOf(checks, letter, body) {
  for (const c of checks) {
    const rows = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(c.table.range);
    if (rows && (Number(rows[2]) - 1 < body.top || Number(rows[1]) - 1 > body.bottom)) continue;
    const col = c.table.columns.find((x) => x.column === letter);
    if (col) return col;
  }
  return null;
}

function main() {
  const args = parseArgs(process.argv.slice(2), "misleading-headings");
  const build = args.build ? path.resolve(args.build) : path.join(__dirname, "..", "build");
  const { checkSheet } = require(path.join(build, "engine", "check.js"));
  const { isAudienceText } = require(path.join(build, "engine", "detect", "vocabulary", "audience.js"));
  const check = (grid) => {
    // A variant the reader cannot read at all is no table, not a stop.
    try {
      return checkSheet(grid);
    } catch {
      return [];
    }
  };
  const kinds = args.variants.length > 0 ? args.variants : ALL;
  for (const k of kinds) if (!KINDS[k]) throw new Error(`misleading-headings: unknown variant "${k}" (one of: ${ALL.join(", ")})`);
  const totals = Object.fromEntries(kinds.map((k) => [k, { columns: 0, held: 0, content: 0, noise: [], noisy: 0, lost: [] }]));
  for (const plan of readPlans(args.plans)) {
    for (const sheet of plan.sheets) {
      const s = sheetOf(plan, sheet);
      const grid = { sheet: s.name, origin: { row: 0, col: 0 }, values: s.rows, merges: s.merges };
      const columns = candidates(plan, sheet, grid, isAudienceText);
      if (columns.length === 0) continue;
      const written = check(grid);
      for (const kind of kinds) {
        const k = KINDS[kind];
        for (const c of columns) {
          if (!k.picks(c)) continue;
          const values = grid.values.map((r) => r.slice());
          if (k.heading) values[c.head.row][c.head.col] = HEADINGS[k.heading][plan.lang] || HEADINGS[k.heading].en;
          if (k.cells) {
            for (let r = c.body.top; r <= c.body.bottom; r++) {
              const next = values[r] && k.cells(values[r][c.col], plan.lang);
              if (next) values[r][c.col] = next;
            }
          }
          const checks = check({ ...grid, values });
          const column = columnOf(checks, c.letter, c.body);
          const t = totals[kind];
          t.columns++;
          const role = column ? column.role : "no column";
          if (k.holds(role)) {
            t.held++;
            if (column && column.source === "content") t.content++;
          } else t.lost.push({ plan: plan.id, sheet: s.name, column: c.letter, role, was: c.headText, expected: c.expected });
          const before = rowFindings(written, c.letter, c.body);
          const noise = [...rowFindings(checks, c.letter, c.body)].filter(([key]) => !before.has(key)).map(([, f]) => f);
          if (noise.length > 0) t.noisy++;
          for (const f of noise) t.noise.push({ plan: plan.id, sheet: s.name, column: c.letter, code: f.code, cell: f.cell, value: f.value, was: c.headText });
        }
      }
    }
  }
  let all = 0;
  for (const kind of kinds) {
    const t = totals[kind];
    all += t.noise.length;
    console.log(`${kind.padEnd(38)} ${String(t.columns).padStart(4)} columns, role held ${t.held} (by content ${t.content}), noise ${t.noise.length} on ${t.noisy} columns`);
    const byCode = new Map();
    for (const n of t.noise) byCode.set(n.code, (byCode.get(n.code) || 0) + 1);
    if (byCode.size > 0) console.log(`    ${[...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(", ")}`);
    const lost = args.verbose ? t.lost : t.lost.slice(0, 6);
    for (const l of lost) console.log(`    lost ${l.plan} ${l.sheet}!${l.column}: read ${l.role}${l.expected ? `, expected ${l.expected}` : ""}  «${l.was.replace(/\n/g, "⏎")}»`);
    if (lost.length < t.lost.length) console.log(`    … ${t.lost.length - lost.length} more lost (--verbose)`);
    if (args.verbose) for (const n of t.noise) console.log(`    noise ${n.plan} ${n.sheet}!${n.cell} ${n.code} «${String(n.value).replace(/\n/g, "⏎").slice(0, 60)}»  (heading «${n.was.replace(/\n/g, "⏎")}»)`);
  }
  console.log(`Noise over all kinds: ${all}`);
}

module.exports = { KINDS, HEADINGS };

if (require.main === module) main();
