#!/usr/bin/env node
/**
 * Whether responsible cells stay read when other officials write the same people and bodies. For
 * every corpus plan (test/corpus/plans), the sheet is rebuilt as scripts/build-corpus.js lays it
 * out, every responsible and partners cell rewritten one way at a time — people's names with their
 * initials before or after, in full or with one initial; posts in their short forms (`зам. директора
 * по УВР`, `заст. дир. з НВР`, `wicedyr.`, `Dep. Head`, `HT`); the cell's list joined by `;`, `/`,
 * `,`, a conjunction or one per line; `(за згодою)` and its kin after a body; in capitals; with a
 * trailing full stop; with a leading dash or bullet; a person followed by the group or class they
 * teach (`gr. III`, `5-Б клас`, `7A`); teachers followed by the list of their groups (`Учителите
 * IIА, IIБ, IIВ и III възрастови групи`); English posts cut short (`HoD`, `HoY`, `SLT`, `SENCo`) —
 * and checked again. Every `responsible.unknown`
 * on a rewritten cell that has none as written is noise by construction: the same people and
 * bodies were named. Printed: per kind, the cells rewritten, the noise and the names it was about.
 *
 * Usage: node scripts/responsible-variants.js [--build DIR] [--plan ID]... [--variant KIND]... [--verbose]
 * The plan files are read, never changed.
 */
"use strict";

const path = require("path");
const { readPlans } = require("./corpus");
const { sheetOf, parseRange, parseArgs } = require("./corpus-variants");

// ---------------------------------------------------------------------------------------------
// People's names: a surname with one or two initials, found as written and written another way

/** Given names and fathers' names by initial, per script, to write a name out in full. */
const GIVEN = {
  uk: { А: "Анна", Б: "Богдана", В: "Віра", Г: "Галина", Д: "Дарина", Є: "Євгенія", Ж: "Жанна", З: "Зоя", І: "Ірина", К: "Катерина", Л: "Людмила", М: "Марія", Н: "Наталія", О: "Олена", П: "Поліна", Р: "Раїса", С: "Світлана", Т: "Тетяна", У: "Уляна", Ю: "Юлія", Я: "Яна" },
  ru: { А: "Анна", Б: "Белла", В: "Вера", Г: "Галина", Д: "Дарья", Е: "Елена", Ж: "Жанна", З: "Зоя", И: "Ирина", К: "Екатерина", Л: "Людмила", М: "Мария", Н: "Наталья", О: "Ольга", П: "Полина", Р: "Раиса", С: "Светлана", Т: "Татьяна", У: "Ульяна", Ю: "Юлия", Я: "Яна" },
  bg: { А: "Анна", Б: "Бистра", В: "Вера", Г: "Галина", Д: "Даниела", Е: "Елена", Ж: "Живка", З: "Зорница", И: "Ирина", К: "Красимира", Л: "Лиляна", М: "Мария", Н: "Надежда", О: "Олга", П: "Петя", Р: "Росица", С: "Светла", Т: "Татяна", Ю: "Юлия", Я: "Яна" },
  latin: { A: "Anna", B: "Barbara", C: "Celina", D: "Dorota", E: "Ewa", F: "Felicja", G: "Grażyna", H: "Halina", I: "Irena", J: "Joanna", K: "Katarzyna", L: "Lidia", M: "Maria", N: "Natalia", O: "Olga", P: "Paulina", R: "Renata", S: "Sylwia", T: "Teresa", U: "Urszula", W: "Wanda", Z: "Zofia" },
};
const FATHERS = {
  uk: { А: "Андріївна", Б: "Богданівна", В: "Василівна", Г: "Григорівна", Д: "Дмитрівна", Є: "Євгенівна", З: "Захарівна", І: "Іванівна", К: "Костянтинівна", Л: "Леонідівна", М: "Михайлівна", Н: "Назарівна", О: "Олександрівна", П: "Петрівна", Р: "Романівна", С: "Сергіївна", Т: "Тарасівна", Ф: "Федорівна", Ю: "Юріївна", Я: "Ярославівна" },
  ru: { А: "Андреевна", Б: "Борисовна", В: "Васильевна", Г: "Геннадьевна", Д: "Дмитриевна", Е: "Евгеньевна", И: "Ивановна", К: "Константиновна", Л: "Леонидовна", М: "Михайловна", Н: "Николаевна", О: "Олеговна", П: "Петровна", Р: "Романовна", С: "Сергеевна", Т: "Тимуровна", Ф: "Фёдоровна", Ю: "Юрьевна", Я: "Яковлевна" },
  bg: { А: "Атанасова", Б: "Борисова", В: "Василева", Г: "Георгиева", Д: "Димитрова", Е: "Емилова", И: "Иванова", К: "Костова", Л: "Любенова", М: "Михайлова", Н: "Николова", О: "Огнянова", П: "Петрова", Р: "Русева", С: "Стоянова", Т: "Тодорова", Х: "Христова", Я: "Янкова" },
};

const SURNAME = String.raw`\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?`;
/** `О.П. Іваненко`, `K. Nowak`, `О. П. Іваненко`. */
const INITIALS_FIRST = new RegExp(String.raw`(?<![\p{L}.])(\p{Lu})\.\s?(?:(\p{Lu})\.\s?)?(${SURNAME})(?![\p{L}])`, "gu");
/** `Іваненко О.П.`, `Nowak K.`. */
const SURNAME_FIRST = new RegExp(String.raw`(?<![\p{L}.])(${SURNAME})\s+(\p{Lu})\.\s?(?:(\p{Lu})\.)?(?![\p{L}])`, "gu");

/** A person written another way: `form` is one of NAME_FORMS. */
function writeName(p, form, lang) {
  const two = p.father ? `${p.given}.${p.father}.` : `${p.given}.`;
  if (form === "surname first") return `${p.surname} ${two}`;
  if (form === "initials first") return `${two} ${p.surname}`;
  if (form === "one initial first") return `${p.given}. ${p.surname}`;
  if (form === "surname, one initial") return `${p.surname} ${p.given}.`;
  // In full: Cyrillic plans write surname, given name and father's name; Latin ones the given name first.
  const cyr = /[\u0400-\u04ff]/.test(p.surname);
  if (!cyr) return `${GIVEN.latin[p.given] || "Anna"} ${p.surname}`;
  const table = GIVEN[lang] ? lang : "ru";
  const given = GIVEN[table][p.given] || GIVEN[table]["О"] || "Олена";
  const father = p.father ? FATHERS[table][p.father] || FATHERS[table]["П"] : null;
  return table === "bg" ? [given, father, p.surname].filter(Boolean).join(" ") : [p.surname, given, father].filter(Boolean).join(" ");
}

const NAME_FORMS = ["surname first", "initials first", "one initial first", "surname, one initial", "in full"];

/** The cell with every initialled name written in `form`; the text unchanged when it holds none. */
function rewriteNames(text, form, lang) {
  const spans = [];
  for (const m of text.matchAll(INITIALS_FIRST)) spans.push({ at: m.index, end: m.index + m[0].length, p: { given: m[1], father: m[2] || null, surname: m[3] } });
  for (const m of text.matchAll(SURNAME_FIRST)) {
    if (spans.some((s) => m.index < s.end && s.at < m.index + m[0].length)) continue;
    spans.push({ at: m.index, end: m.index + m[0].length, p: { given: m[2], father: m[3] || null, surname: m[1] } });
  }
  spans.sort((a, b) => b.at - a.at);
  let out = text;
  for (const s of spans) out = out.slice(0, s.at) + writeName(s.p, form, lang) + out.slice(s.end);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Posts in their short forms, per language: [as written, short form]

const POSTS_SHORT = {
  ru: [
    [/заместител[ьяюи]\s+директора\s+по\s+учебно-воспитательной\s+работе/giu, "зам. директора по УВР"],
    [/заместител[ьяюи]\s+директора\s+по\s+воспитательной\s+работе/giu, "зам. директора по ВР"],
    [/заместител[ьяюи]\s+директора\s+по\s+(?:учебно-)?методической\s+работе/giu, "зам. директора по УМР"],
    [/заместител[ьяюи]\s+(?:заведующего|директора)/giu, "зам. директора"],
    [/классные\s+руководители/giu, "кл. руководители"],
    [/социальн(?:ый|ые)\s+педагог(и)?/giu, "соц. педагог$1"],
    [/педагог-организатор/giu, "пед.-организатор"],
  ],
  uk: [
    [/заступник(и)?\s+директора\s+з\s+навчально-виховної\s+роботи/giu, "заст. дир. з НВР"],
    [/заступник(и)?\s+директора\s+з\s+виховної\s+роботи/giu, "заст. дир. з ВР"],
    [/заступник(и)?\s+директора/giu, "заст. директора"],
    [/класні\s+керівники/giu, "кл. керівники"],
    [/практичн(?:ий|і)\s+психолог(и)?/giu, "практ. психолог$1"],
    [/соціальн(?:ий|і)\s+педагог(и)?/giu, "соц. педагог$1"],
  ],
  bg: [
    [/заместник[- ]директор(?:и|ът)?\s+по\s+учебн(?:ата|а)\s+дейност/giu, "ЗДУД"],
    [/заместник[- ]директор(и|ът)?/giu, "зам.-директор$1"],
    [/класни(?:те)?\s+ръководители/giu, "кл. ръководители"],
    [/главен\s+учител/giu, "гл. учител"],
    [/главен\s+счетоводител/giu, "гл. счетоводител"],
  ],
  pl: [
    [/wicedyrektor(?!\p{L})/gu, "wicedyr."],
    [/Wicedyrektor(?!\p{L})/gu, "Wicedyr."],
    [/dyrektor\s+szkoły/gu, "dyr. szkoły"],
    [/Dyrektor\s+szkoły/gu, "Dyr. szkoły"],
    [/wychowawcy\s+klas/giu, "wych. klas"],
    [/nauczyciele/giu, "naucz."],
    [/pedagog\s+szkolny/giu, "ped. szkolny"],
  ],
  en: [
    [/Deputy\s+Head(?:\s*teacher)?/giu, "Dep. Head"],
    [/Head\s*teacher/giu, "HT"],
    [/Heads?\s+of\s+Department/giu, "HOD"],
    [/Director\s+of\s+Studies/giu, "DOS"],
    [/Class\s+teachers/giu, "CTs"],
  ],
};

/** The shortest forms: a post cut to a few letters (`зам. дир.`) or its initials. */
const POSTS_CUT = {
  ru: [[/заместител[ьяюи]\s+директора(?:\s+по\s+[\p{L}-]+\s+работе)?/giu, "зам. дир."], [/директор(?!\p{L})/gu, "дир."]],
  uk: [[/заступник(?:и)?\s+директора(?:\s+з\s+[\p{L}-]+\s+роботи)?/giu, "заст. дир."], [/директор(?!\p{L})/gu, "дир."]],
  bg: [[/заместник[- ]директор(?:и|ът)?(?:\s+по\s+[\p{L}-]+\s+дейност)?/giu, "ЗД"], [/директор(?!\p{L})/gu, "дир."]],
  pl: [[/[Ww]icedyrektor\p{L}*/gu, "wicedyr."], [/[Dd]yrektor(?!\p{L})/gu, "dyr."]],
  en: [[/Deputy\s+Head(?:\s*teacher)?/giu, "DHT"], [/Head\s*teacher|Principal/giu, "HT"]],
};

function replaceAll(text, pairs) {
  let out = text;
  for (const [re, to] of pairs || []) out = out.replace(re, to);
  return out;
}

// ---------------------------------------------------------------------------------------------
// People with the group or class they teach, and groups listed after the teachers

/** A group or class mark written after a person's name, per language (`gr. III`, `5-Б клас`, `7A`). */
const GROUP_AFTER_NAME = { pl: "gr. III", bg: "5-Б клас", ru: "5-Б класс", uk: "7-А клас", en: "7A" };

/** The cell with a group or class mark after every initialled name; the text unchanged when it holds none. */
function markGroups(text, lang) {
  const mark = GROUP_AFTER_NAME[lang];
  const spans = [];
  for (const m of text.matchAll(INITIALS_FIRST)) spans.push(m.index + m[0].length);
  for (const m of text.matchAll(SURNAME_FIRST)) {
    const end = m.index + m[0].length;
    if (!spans.some((e) => e === end || (e > m.index && e < end))) spans.push(end);
  }
  let out = text;
  for (const end of spans.sort((a, b) => b - a)) {
    // A mark goes where the name ends its item: before a separator, a line break or the cell's end.
    if (!/^\s*(?:$|[\n,;/])/.test(out.slice(end))) continue;
    out = out.slice(0, end) + " " + mark + out.slice(end);
  }
  return out;
}

/** Teachers written with the groups or classes they teach (`Учителите IIА, IIБ и IIВ група`), per language: [as written, with the list]; only where the post ends its item, so no list is added to one written already. */
const TEACHERS_OF_GROUPS = {
  bg: [[/(^|[^\p{L}])([Уу]чителите|[Кк]ласните ръководители)(?=\s*(?:$|[\n,;]))/u, "$1$2 IIА, IIБ, IIВ и III възрастови групи"]],
  uk: [[/(^|[^\p{L}])([Кк]ласні керівники|[Вв]ихователі)(?=\s*(?:$|[\n,;]))/u, "$1$2 5-А, 6-Б, 7-В класів"]],
  ru: [[/(^|[^\p{L}])([Кк]лассные руководители|[Вв]оспитатели)(?=\s*(?:$|[\n,;]))/u, "$1$2 5-А, 6-Б, 7-В классов"]],
  pl: [[/(^|[^\p{L}])([Ww]ychowawcy(?: klas)?)(?=\s*(?:$|[\n,;]))/u, "$1$2 IVa, IVb, Vc"]],
  en: [[/(^|[^\p{L}])(Class teachers|Form tutors)(?=\s*(?:$|[\n,;]))/iu, "$1$2 7A, 7B, 8C"]],
};

/** Posts English-speaking schools write cut short, where these are the posts named: [as written, short form]. */
const POSTS_EN_CUT = [
  [/Heads?\s+of\s+Departments?/giu, "HoD"],
  [/Heads?\s+of\s+Year(?=\s|$)/giu, "HoY"],
  [/Senior\s+Leadership\s+Team/giu, "SLT"],
  [/Special\s+Educational\s+Needs\s+Co-?ordinator|SENCO(?![\p{L}])/gu, "SENCo"],
];

// ---------------------------------------------------------------------------------------------
// Departments and ministries named in full

/**
 * A department, directorate, ministry or committee written with its whole remit, commas inside its
 * name (`Управление образования, культуры, молодежной политики и спорта`, `Відділ освіти, культури,
 * молоді та спорту`, `Wydział Edukacji, Kultury i Sportu`, `Department of Education, Culture and
 * Sport`), as officials copy a body's name from its statute: per language, the heads that open such
 * a name and the remit added after its last word.
 */
const REMIT = {
  ru: { heads: /^(?:Управлени[ея]|Отдел|Департамент|Министерств[оа]|Комитет|Главное управление)(?!\p{L})/u, more: ", культуры, молодежной политики и спорта" },
  uk: { heads: /^(?:Управлінн[яю]|Відділ|Департамент|Міністерств[оа]|Комітет)(?!\p{L})/u, more: ", культури, молоді та спорту" },
  bg: { heads: /^(?:Дирекция|Отдел|Министерство|Комитет)(?!\p{L})/u, more: ", култура и спорт" },
  pl: { heads: /^(?:Wydział|Departament|Ministerstwo|Biuro|Referat)(?!\p{L})/u, more: ", Kultury i Sportu" },
  en: { heads: /^(?:Department|Directorate|Ministry|Committee|Office)(?!\p{L})/u, more: ", Culture and Sport" },
};

/** The cell with every department-like body that ends its item written with its whole remit. */
function remitWrittenOut(c) {
  const r = REMIT[c.lang];
  if (!r) return c.text;
  let out = c.text;
  for (const b of [...c.items].reverse()) {
    // Only a body named by its head and remit: no quotes, no place or note after it, not already a list.
    if (!r.heads.test(b) || /[,„“"«»()]/u.test(b) || b.split(/\s+/).length < 2 || !c.isBody(b)) continue;
    const at = findWritten(out, b);
    if (at && /^\s*(?:$|[\n;])/.test(out.slice(at.end))) out = out.slice(0, at.end) + r.more + out.slice(at.end);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lists, notes after a body, and how the cell is set

const AND = { bg: "и", ru: "и", uk: "і", pl: "i", en: "and" };
const AND_TOO = { uk: "та", pl: "oraz", bg: "и", ru: "и", en: "&" };
const BY_AGREEMENT = { uk: "(за згодою)", ru: "(по согласованию)", pl: "(w porozumieniu)", en: "(if needed)", bg: "(по съгласуване)" };

function joinedWith(items, sep) {
  return items.join(sep);
}

function joinedByConjunction(items, word) {
  return items.length === 2 ? `${items[0]} ${word} ${items[1]}` : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Where a body's text stands in the cell as written (spaces may be line breaks there). */
function findWritten(text, body) {
  const words = body.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const m = new RegExp(words.join("\\s+"), "u").exec(text);
  return m ? { at: m.index, end: m.index + m[0].length } : null;
}

function listed(c, mark) {
  if (c.items.length > 1) return c.items.map((i) => mark + i).join("\n");
  return /^\s*[-–—•]/.test(c.text) ? c.text : mark + c.text.trimStart();
}

/**
 * Each kind of variant: `(cell) -> text`, where `cell` has the text as written, the plan's
 * language, the bodies the reader split it into (as written) and `isBody(name)`. Same text: not rewritten.
 */
const VARIANTS = {
  ...Object.fromEntries(NAME_FORMS.map((form) => [`names: ${form}`, (c) => rewriteNames(c.text, form, c.lang)])),
  "posts: short forms": (c) => replaceAll(c.text, POSTS_SHORT[c.lang]),
  "posts: cut or initials": (c) => replaceAll(c.text, POSTS_CUT[c.lang]),
  "posts: English cut short (HoD, HoY, SLT, SENCo)": (c) => (c.lang === "en" ? replaceAll(c.text, POSTS_EN_CUT) : c.text),
  "names: with their group or class": (c) => markGroups(c.text, c.lang),
  "teachers with their groups' list": (c) => replaceAll(c.text, TEACHERS_OF_GROUPS[c.lang]),
  "list: joined by ;": (c) => (c.items.length > 1 ? joinedWith(c.items, "; ") : c.text),
  "list: joined by /": (c) => (c.items.length > 1 ? joinedWith(c.items, " / ") : c.text),
  "list: joined by ,": (c) => (c.items.length > 1 ? joinedWith(c.items, ", ") : c.text),
  "list: joined by и/і/i/and": (c) => (c.items.length > 1 ? joinedByConjunction(c.items, AND[c.lang]) : c.text),
  "list: joined by та/oraz/&": (c) => (c.items.length > 1 && c.lang !== "bg" && c.lang !== "ru" ? joinedByConjunction(c.items, AND_TOO[c.lang]) : c.text),
  "list: one per line": (c) => (c.items.length > 1 ? joinedWith(c.items, "\n") : c.text),
  // After a whole body only: where the body ends the cell, its line or its list item.
  "(by agreement) after a body": (c) => {
    let out = c.text;
    for (const b of [...c.items].reverse()) {
      if (!c.isBody(b)) continue;
      const at = findWritten(out, b);
      if (at && /^\s*(?:$|[\n,;])/.test(out.slice(at.end))) out = out.slice(0, at.end) + " " + BY_AGREEMENT[c.lang] + out.slice(at.end);
    }
    return out;
  },
  "department named in full, commas inside": remitWrittenOut,
  // Items numbered and run together on one line, as a form's numbered list loses its breaks (`1. PMC 2. Clerk`).
  "list: numbered, run together": (c) => (c.items.length > 1 ? c.items.map((x, i) => `${i + 1}. ${x}`).join(" ") : c.text),
  // A web page's non-breaking spaces read as Latin-1 (`Â HODS Â Clubs`): the debris before every item, lines flattened.
  "encoding debris (Â)": (c) => (c.items.length > 1 ? c.items.map((x) => `Â ${x}`).join(" ") : `Â ${c.text.trimStart()}`),
  capitals: (c) => c.text.toUpperCase(),
  "trailing full stop": (c) => (/[.!?;:,]\s*$/.test(c.text) ? c.text : c.text.replace(/\s*$/, ".")),
  // A mark before each item of a list, one a line, or before a cell's only item (never before a wrapped line).
  "leading dash": (c) => listed(c, "- "),
  "leading bullet": (c) => listed(c, "• "),
};
const ALL = ["as written", ...Object.keys(VARIANTS)];

// ---------------------------------------------------------------------------------------------
// Reading and measuring

/** A1 -> 0-based row and column. */
function at(a1) {
  const r = parseRange(a1);
  return { row: r.top, col: r.left };
}

/**
 * One plan as written: its sheets as grids, and per sheet every responsible and partners cell
 * (address, text as written, the bodies the reader split it into) and the cells with an unknown body.
 */
function readWritten(plan, engine) {
  const sheets = [];
  for (const sheet of plan.sheets) {
    const grid = { ...sheetOf(plan, sheet), sheet: sheet.name, origin: { row: 0, col: 0 } };
    grid.values = grid.rows;
    const checks = engine.check(grid);
    const cells = new Map();
    for (const c of checks) {
      for (const column of c.table.columns) {
        if (column.role !== "responsible" && column.role !== "partners") continue;
        c.table.rows.forEach((row, i) => {
          const text = row.cells[column.key];
          if (text === undefined) return;
          const address = engine.cellAddress(row, column);
          const p = at(address);
          const value = (grid.values[p.row] || [])[p.col];
          // A cell joined with lines of rows below is rewritten only where its own text is the whole of it.
          if (typeof value !== "string" || value.trim() !== text.trim()) return;
          const bodies = c.meanings.bodies(i, column.key) || [];
          cells.set(address, { address, row: p.row, col: p.col, text: value, items: bodies.map((b) => b.text) });
        });
      }
    }
    sheets.push({ name: sheet.name, grid, cells, unknown: unknownCells(checks), headed: headedColumns(checks) });
  }
  return sheets;
}

function unknownCells(checks) {
  const out = new Map();
  for (const c of checks) {
    for (const f of c.findings) {
      if (f.code !== "responsible.unknown") continue;
      if (!out.has(f.cell)) out.set(f.cell, []);
      out.get(f.cell).push(String(f.params.body));
    }
  }
  return out;
}

/**
 * The columns judged once at their heading as written (`responsible.column-unknown`: too many unknown
 * bodies to list one by one): their cells' unknown bodies are said there, so a variant that lists
 * them cell by cell names nothing the plan as written did not.
 */
function headedColumns(checks) {
  const out = new Set();
  for (const c of checks) for (const f of c.findings) if (f.code === "responsible.column-unknown") out.add(String(f.params.column));
  return out;
}

/** One variant of one plan: its cells rewritten, and the unknown bodies on cells that had none. */
function readVariant(kind, plan, written, engine) {
  const rewrite = VARIANTS[kind];
  const out = { rewritten: 0, noise: [] };
  for (const s of written) {
    if (s.cells.size === 0) continue;
    const values = s.grid.values.map((r) => r.slice());
    const changed = new Map();
    for (const cell of s.cells.values()) {
      const next = rewrite({ text: cell.text, lang: plan.lang, items: cell.items, isBody: engine.namesABody });
      if (next === cell.text) continue;
      values[cell.row][cell.col] = next;
      changed.set(cell.address, next);
    }
    if (changed.size === 0) continue;
    out.rewritten += changed.size;
    const checks = engine.check({ ...s.grid, values });
    // A column the variant judges once at its heading, as written judged cell by cell or not at all:
    // its rewritten cells' unknown bodies are said there, one noise for the column.
    const letters = new Set([...changed.keys()].map((a) => /^[A-Z]+/.exec(a)[0]));
    for (const column of headedColumns(checks)) {
      if (s.headed.has(column) || !letters.has(column)) continue;
      out.noise.push({ plan: plan.id, sheet: s.name, cell: `column ${column}`, body: "(column judged at its heading)", text: "", was: "" });
    }
    for (const [address, bodies] of unknownCells(checks)) {
      if (!changed.has(address) || s.unknown.has(address) || s.headed.has(/^[A-Z]+/.exec(address)[0])) continue;
      for (const body of bodies) out.noise.push({ plan: plan.id, sheet: s.name, cell: address, body, text: changed.get(address), was: s.cells.get(address).text });
    }
  }
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2), "responsible-variants");
  const build = args.build ? path.resolve(args.build) : path.join(__dirname, "..", "build");
  const { checkSheet } = require(path.join(build, "engine", "check.js"));
  const { cellAddress } = require(path.join(build, "engine", "plan.js"));
  const { namesABody } = require(path.join(build, "engine", "executors", "index.js"));
  const engine = {
    // A variant the reader cannot read at all is no table, not a stop.
    check: (grid) => {
      try {
        return checkSheet(grid);
      } catch {
        return [];
      }
    },
    cellAddress,
    namesABody,
  };
  const kinds = args.variants.length > 0 ? args.variants : ALL.slice(1);
  for (const k of kinds) if (!VARIANTS[k]) throw new Error(`responsible-variants: unknown variant "${k}" (one of: ${ALL.slice(1).join(", ")})`);
  const plans = readPlans(args.plans).map((plan) => ({ plan, written: readWritten(plan, engine) }));
  const cells = plans.reduce((n, p) => n + p.written.reduce((m, s) => m + s.cells.size, 0), 0);
  const unknown = plans.reduce((n, p) => n + p.written.reduce((m, s) => m + s.unknown.size, 0), 0);
  console.log(`${"as written".padEnd(30)} ${String(cells).padStart(5)} responsible and partners cells, ${unknown} with an unknown body`);
  let total = 0;
  for (const kind of kinds) {
    let rewritten = 0;
    const noise = [];
    for (const { plan, written } of plans) {
      const v = readVariant(kind, plan, written, engine);
      rewritten += v.rewritten;
      noise.push(...v.noise);
    }
    total += noise.length;
    const noisyCells = new Set(noise.map((n) => `${n.plan}|${n.sheet}|${n.cell}`)).size;
    console.log(`${kind.padEnd(30)} ${String(rewritten).padStart(5)} cells rewritten, noise ${noise.length} on ${noisyCells} cells`);
    if (args.verbose) {
      for (const n of noise) console.log(`    ${n.plan} ${n.sheet}!${n.cell}: «${n.body}» in «${n.text.replace(/\n/g, "⏎")}» (as written «${n.was.replace(/\n/g, "⏎")}»)`);
    } else {
      // The names most often made unknown: where the reader leans on one way of writing.
      const byBody = new Map();
      for (const n of noise) byBody.set(n.body, (byBody.get(n.body) || 0) + 1);
      const worst = [...byBody].sort((a, b) => b[1] - a[1]).slice(0, 6);
      if (worst.length > 0) console.log(`    ${worst.map(([b, k]) => `«${b.replace(/\n/g, "⏎")}» ${k}`).join(", ")}${byBody.size > worst.length ? ", … (--verbose)" : ""}`);
    }
  }
  console.log(`Noise over all variants: ${total}`);
}

module.exports = { VARIANTS, rewriteNames };

if (require.main === module) main();
