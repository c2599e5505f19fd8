import type { PlanTable } from "../plan";
import type { RegistryEntry } from "./types";
import { fold } from "../units/text";
import { entryKind } from "./entry-kind";
import { withoutEncodingDebris } from "./normalize";
import { asInCapitals, hasTwoCapitals, isSpaceCode, isUpperAt, letterAt, letterBefore, lowerLetters, someCapitalsRun } from "../letter-class";

/**
 * Abbreviations a workbook defines for itself, in lines above its table:
 * `РУО – Регионално управление на образованието`, `РЦПППО - Регионален център ...`,
 * `ОУ – основно училище`. The separator is `-`, `–`, `—` or `--` (a hyphen only with spaces
 * around it, so hyphenated words stay whole). An abbreviation may itself hold a dash
 * (`ЦПЛР – ОДК – Център за подкрепа за личностно развитие – Обединен детски комплекс`): the
 * leading parts written in capitals are the abbreviation, the rest is the full name.
 * Lines that are not `ABBREVIATION – full name` (titles, sentences, signatures) are ignored, but
 * for the names they define in brackets (`definitionsIn`).
 */
export function registryFromGlossary(lines: string[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const line of lines.flatMap((l) => l.split(/\r?\n/))) {
    const entry = glossaryLine(line);
    if (entry) out.push(entry);
  }
  out.push(...definitionsIn(lines));
  return out;
}

const SEPARATOR = /\s*(?:--|[–—])\s*|\s+-\s+/;

function glossaryLine(line: string): RegistryEntry | null {
  const text = line.replace(/^[\s•▪·*-]*(?=\S)/, "").trim();
  const parts = text.split(SEPARATOR).map((p) => p.trim());
  let n = 0;
  while (n < parts.length - 1 && isAbbreviation(parts[n])) n++;
  if (n === 0) return null;
  const full = parts.slice(n).join(" – ").replace(/[.;,]+$/, "").trim();
  if (!/\p{Ll}/u.test(full)) return null;
  return { key: parts.slice(0, n).join(" – "), full, aliases: [], source: "workbook-glossary" };
}

/** `РУО`, `ЦПЛР`, `ОбУ`, `ГБОУ ДПО НИРО`: up to three words, each mostly capitals. */
function isAbbreviation(part: string): boolean {
  const words = part.split(/\s+/);
  if (part === "" || words.length > 3) return false;
  return words.every((w) => {
    const upper = (w.match(/\p{Lu}/gu) ?? []).length;
    const lower = (w.match(/\p{Ll}/gu) ?? []).length;
    return w.length <= 12 && upper >= 2 && upper > lower && /^[\p{L}\d.&]+$/u.test(w);
  });
}

/** The words that announce a short name, in each language, then the name itself (in quotes or not). */
const DEFINITION = new RegExp(
  "\\(\\s*(?:далі|далее(?:\\s+по\\s+тексту)?|(?:zwan\\p{L}*\\s+)?dalej|(?:наричан\\p{L}*\\s+)?по-нататък(?:\\s+за\\s+краткост)?|hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?(?:\\s+the)?)" +
    "\\s*[:–—-]?\\s*[„“”\"«]?([^()„“”\"«»\\n]{1,60}?)[“”\"»]?\\s*\\)",
  "giu",
);

/**
 * Names a plan defines where it first uses them, in any cell or line: `Управління охорони праці,
 * промислової безпеки та цивільного захисту (далі – Управління охорони праці)`, `(далее – ИМЦ)`,
 * `(dalej: PPP)`, `(zwany dalej „Ośrodkiem”)`, `(наричан по-нататък „Центъра“)`, `(hereinafter the
 * Trust)`. The short name is an entry of the plan's own glossary; its full name is what stands
 * before the brackets on that line, back to the line's start or the end of a sentence.
 */
export function definitionsIn(texts: readonly string[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const written of texts) {
    if (!written.includes("(")) continue;
    const text = withoutEncodingDebris(written);
    for (const m of text.matchAll(DEFINITION)) {
      const key = m[1].replace(/\s+/g, " ").trim();
      if (!/\p{L}/u.test(key)) continue;
      const before = text.slice(0, m.index!).split(/[\n;]|[.)](?=\s)/).pop()!.trim();
      out.push({ key, full: before === "" ? null : before, aliases: [], source: "workbook-glossary" });
    }
  }
  return out;
}

/**
 * definitionsIn over a table's cells, row by row and in column order: only the cells that hold a
 * bracket are looked at, without the table's texts first gathered into one list.
 */
export function definitionsInCells(rows: readonly { cells: Readonly<Record<string, string>> }[]): RegistryEntry[] {
  const bracketed: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].cells;
    for (const key in cells) {
      const text = cells[key];
      if (text.includes("(")) bracketed.push(text);
    }
  }
  return definitionsIn(bracketed);
}

/**
 * Abbreviations a plan spells out: in its title and lines above the table, or in any cell of the
 * table (`УП` where the title is `Ученически парламент` and another cell says `Ученически
 * парламент, съвместно с …`; `DOS` where a task names the `Director of Studies`). The initials of a
 * body the plan itself names are known; joining words give none (`of`, `and`, `i`, `и`, `за`, `з`),
 * in a title in capitals too. Only a whole name counts: the words must end where the name does (at a
 * stop, a comma, a bracket, a number or the end of the line), so `ЦБ` is not taken from
 * `Централізована бібліотечна система`, whose initials are `ЦБС`.
 */
export function abbreviationsSpelledOut(table: PlanTable): RegistryEntry[] {
  const bodyKeys = table.columns.filter((c) => c.role === "responsible" || c.role === "partners").map((c) => c.key);
  if (bodyKeys.length === 0) return [];
  // Each distinct text once, in the order first met: plans name the same bodies row after row.
  // Kept as a list beside the set: a large plan's texts are walked by index, not by an iterator.
  const seen = new Set<string>();
  const texts: string[] = [];
  const take = (written: string): void => {
    // A web page's encoding debris (`Â SU`) is no word of a name: its initials would count it.
    const text = withoutEncodingDebris(written);
    if (seen.has(text)) return;
    seen.add(text);
    texts.push(text);
  };
  for (const p of table.preamble) take(p.text);
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].cells;
    for (let k = 0; k < bodyKeys.length; k++) {
      const text = cells[bodyKeys[k]];
      if (text !== undefined) take(text);
    }
  }
  const bodyTexts = texts.length;
  // The abbreviations used, by their folded initials (the first written form of each).
  const wanted = new Map<string, string>();
  // The word in lower case an abbreviation is written with (`СК района`): the name spelled out may
  // go on with the same word (`сельские клубы района`).
  const tails = new Map<string, Set<string>>();
  for (let t = 0; t < bodyTexts; t++) {
    const text = texts[t];
    if (!hasTwoCapitals(text)) continue;
    for (const m of text.matchAll(INITIALISM)) {
      if (ROMAN.test(m[0])) continue;
      const initials = fold(m[0]);
      if (!wanted.has(initials)) wanted.set(initials, m[0]);
      const tail = TAIL.exec(text.slice(m.index! + m[0].length));
      if (tail) (tails.get(initials) ?? tails.set(initials, new Set()).get(initials)!).add(tail[1]);
    }
  }
  if (wanted.size === 0) return [];
  const out: RegistryEntry[] = [];
  const found = new Set<string>();
  // The name may stand in any cell of the table as well (`Director of Studies` in a task, `Management
  // Committee PMC` as a row's key issue), or right beside its abbreviation.
  // The body columns' cells are taken already.
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].cells;
    for (const key in cells) if (!bodyKeys.includes(key)) take(cells[key]);
  }
  // Every start of the initials wanted: a run of words whose initials start none of them is left at once.
  const starts = new Set<string>();
  for (const initials of wanted.keys()) for (let n = 1; n <= initials.length; n++) starts.add(initials.slice(0, n));
  for (let t = 0; t < texts.length && found.size < wanted.size; t++) {
    // Among the bodies a column lists, a name may open with a word in lower case, as Slavic names of
    // bodies do (`сельские Дома культуры` for `СДК`, `районный Дворец культуры`).
    for (const { initials, name, next, closed } of spelledNames(texts[t], t < bodyTexts, starts)) {
      const key = wanted.get(initials);
      if (key === undefined || found.has(key)) continue;
      if (!closed && !(next !== "" && tails.get(initials)?.has(next))) continue;
      // Outside the title and the body cells, a run of capitalised words is often a title of its own
      // (`Подаръците на Есента` is a feast, not `ПЕ`): there it must read as a body or a post, and
      // two letters are too few to tell its initials from chance (`SU` stays unexplained).
      if (t >= bodyTexts && (key.length < 3 || entryKind(name) === "other")) continue;
      found.add(key);
      out.push({ key, full: name, aliases: [], source: "workbook-glossary" });
    }
  }
  for (let t = 0; t < texts.length && found.size < wanted.size; t++) {
    if (!writesOneOf(texts[t], wanted, found)) continue;
    for (const { abbreviation, name } of namesBesideAbbreviations(texts[t])) {
      const key = wanted.get(fold(abbreviation));
      if (key === undefined || found.has(key)) continue;
      found.add(key);
      out.push({ key, full: name, aliases: [], source: "workbook-glossary" });
    }
  }
  return out;
}

/**
 * A name and its abbreviation written side by side: `Management Committee PMC`, `Management
 * Committee (PMC)`, `PMC – Pre-school Management Committee`. Beside each other the two are one
 * body, even where the abbreviation carries one letter more in front than the name has words
 * (`PMC` for the pre-school's `Management Committee`): the name is the abbreviation's end.
 */
function namesBesideAbbreviations(text: string): { abbreviation: string; name: string }[] {
  const out: { abbreviation: string; name: string }[] = [];
  // Both patterns need an abbreviation, two capitals in a row: most cells have none and are passed by.
  if (!hasTwoCapitals(text)) return out;
  // The name may be the last words before the abbreviation (`Support Management Committee PMC`) or the first after it.
  for (const m of text.matchAll(NAME_THEN_ABBREVIATION)) {
    const words = m[1].split(/\s+/);
    for (let i = 0; i < words.length - 1; i++) {
      const name = words.slice(i).join(" ");
      if (!LINK.test(words[i]) && matchesInitials(m[2], name)) { out.push({ abbreviation: m[2], name }); break; }
    }
  }
  for (const m of text.matchAll(ABBREVIATION_THEN_NAME)) {
    const words = m[2].split(/\s+/);
    for (let j = words.length; j >= 2; j--) {
      const name = words.slice(0, j).join(" ");
      if (!LINK.test(words[j - 1]) && matchesInitials(m[1], name)) { out.push({ abbreviation: m[1], name }); break; }
    }
  }
  return out;
}

/**
 * Whether a text writes one of the abbreviations still sought where a name beside it could stand: as
 * the end of a run of capitals that no letter or digit follows, with a word's last letter before it
 * (spaces and a bracket between at most) or, when the run is the abbreviation whole, a dash after it.
 * Most cells write none so (`училища, РЗИ, НПО`), and the two patterns of a name beside its
 * abbreviation are costly to run over every cell of a large plan.
 */
function writesOneOf(text: string, wanted: ReadonlyMap<string, string>, found: ReadonlySet<string>): boolean {
  return someCapitalsRun(text, (start, end) => {
    const run = text.slice(start, end);
    for (let n = 2; n <= 6 && n <= run.length; n++) {
      const key = wanted.get(fold(run.slice(run.length - n)));
      if (key === undefined || found.has(key)) continue;
      if (nameMayEndBefore(text, end - n) || (n === run.length && dashAfter(text, end))) return true;
    }
    return false;
  });
}

/** A name's last letter before `at`, with only spaces and one opening bracket between (`Management Committee (PMC`). */
function nameMayEndBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 0x28) {
    i--;
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return letterBefore(text, i);
}

/** A dash after `at`, spaces between at most (`PMC – Pre-school Management Committee`). */
function dashAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 0x2013 || c === 0x2014 || c === 0x2d;
}

/** Two to six capitalised words (little linking words between them give no initial). */
const NAME_WORDS = String.raw`\p{Lu}\p{Ll}+(?:-\p{L}+)?(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}\p{Ll}+(?:-\p{L}+)?){1,5}`;
const NAME_THEN_ABBREVIATION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME_WORDS})\s*\(?\s*(\p{Lu}{2,6})\s*\)?(?![\p{L}\p{N}])`, "gu");
const ABBREVIATION_THEN_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}{2,6})\s*[–—-]\s*(${NAME_WORDS})(?![\p{L}\p{N}])`, "gu");

/** The name's initials are the abbreviation, or its end with one letter more in front. */
function matchesInitials(abbreviation: string, name: string): boolean {
  if (ROMAN.test(abbreviation)) return false;
  const initials = name.split(" ").filter((w) => !LINK.test(w)).map((w) => fold(w[0])).join("");
  const abbr = fold(abbreviation);
  return initials.length >= 2 && (abbr === initials || (abbr.length === initials.length + 1 && abbr.endsWith(initials)));
}

/** The word in lower case right after an abbreviation, up to the end of its list item (`СК района`). */
const TAIL = /^\s+(\p{Ll}{3,})\s*(?:$|[,;\n])/u;
/** An abbreviation as plans write a body's: two to six capitals (`УП`, `SU`, `ЗВСР`). */
const INITIALISM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;
/** Roman numerals (Latin or Cyrillic letters) number classes and months; they are no abbreviation. */
const ROMAN = /^[IVXLCІХ]+$/u;
/** What may stand right after a whole name: the end, a stop, a comma, a bracket, a quote, a dash, a number. */
const NAME_END = /^\s*(?:$|[.,;:()[\]„“”"«»/+–—\-\d\n])/u;
/** Little words inside a name that give no initial (`Център за подкрепа за личностно развитие`). */
const LINK = /^\p{Ll}{1,3}$/u;
const MAX_NAME = 6;
/** Joining words a title in capitals writes in capitals too (`DIRECTOR OF STUDIES`, `ПЛАН НА УЧЕНИЧЕСКИЯ ПАРЛАМЕНТ`). */
const JOINING = new Set(["of", "and", "for", "the", "i", "и", "за", "з", "із", "на", "по", "в", "во", "у", "w", "we", "do", "dla", "z", "ze", "та", "і", "й", "с", "со", "към", "при"]);

/**
 * Where each word of the text being read starts and ends (WORD's matches): kept from text to text,
 * so reading a cell's words makes no object per word.
 */
let wordStarts = new Int32Array(64);
let wordEnds = new Int32Array(64);

/** The words of a text as WORD matches them, into wordStarts and wordEnds; how many. */
function scanWords(text: string): number {
  const length = text.length;
  let n = 0;
  let p = 0;
  while (p < length) {
    let width = letterAt(text, p);
    if (width === 0) {
      p++;
      continue;
    }
    const start = p;
    do p += width;
    while (p < length && (width = letterAt(text, p)) > 0);
    // An apostrophe or a hyphen with a letter after it goes on with the word (`Jean-Paul`, `O'Brien`).
    while (p + 1 < length) {
      const c = text.charCodeAt(p);
      if ((c !== 0x27 && c !== 0x2019 && c !== 0x2d) || (width = letterAt(text, p + 1)) === 0) break;
      p += 1 + width;
      while (p < length && (width = letterAt(text, p)) > 0) p += width;
    }
    if (n === wordStarts.length) {
      const starts = new Int32Array(n * 2);
      starts.set(wordStarts);
      wordStarts = starts;
      const ends = new Int32Array(n * 2);
      ends.set(wordEnds);
      wordEnds = ends;
    }
    wordStarts[n] = start;
    wordEnds[n] = p;
    n++;
  }
  return n;
}

/** The folded first code unit of a word, as `fold(word[0])`, each code unit folded once. */
const initialFolds = new Map<number, string>();

function initialOf(text: string, at: number): string {
  const code = text.charCodeAt(at);
  let folded = initialFolds.get(code);
  if (folded === undefined) {
    folded = fold(text[at]);
    initialFolds.set(code, folded);
  }
  return folded;
}

/**
 * Every run of two to six words that starts as a name does and ends where a name may: its initials
 * and text. Given the starts of the initials sought, a run is followed only while its initials begin
 * one, and a word whose initial begins none is passed by before anything else is asked of it.
 */
function spelledNames(
  text: string,
  lowerStart = false,
  starts?: ReadonlySet<string>,
): { initials: string; name: string; next: string; closed: boolean; lower: boolean }[] {
  const count = scanWords(text);
  // Read only when a word could open a name: most words of a large plan open none sought.
  let shoutingRead: boolean | undefined;
  const shouting = (): boolean => (shoutingRead ??= asInCapitals(text));
  const out: { initials: string; name: string; next: string; closed: boolean; lower: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const start = wordStarts[i];
    const end = wordEnds[i];
    if (starts !== undefined && !starts.has(initialOf(text, start))) continue;
    if (end - start < 3) continue;
    const lower =
      lowerStart &&
      lowerLetters(text, start, end) > 0 &&
      !shouting() &&
      (i === 0 || /[,;\n]\s*$/u.test(text.slice(wordEnds[i - 1], start)));
    // A name opens with a capital (or, where asked, as the first word of a list item); a line all in capitals is a title, its words long ones.
    if (!lower && !isUpperAt(text, start)) continue;
    if (!shouting() && asInCapitals(text, start, end)) continue;
    let initials = "";
    let counted = 0;
    for (let j = i; j < count && counted < MAX_NAME; j++) {
      const wStart = wordStarts[j];
      const wEnd = wordEnds[j];
      if (j > i) {
        const lowers = lowerLetters(text, wStart, wEnd);
        if (lowers >= 1 && lowers <= 3) continue;
        if (shouting() && JOINING.has(text.slice(wStart, wEnd).toLowerCase())) continue;
      }
      if (wEnd - wStart < 3) break;
      if (!shouting() && asInCapitals(text, wStart, wEnd)) break;
      initials += initialOf(text, wStart);
      if (starts !== undefined && !starts.has(initials)) break;
      counted++;
      if (counted < 2) continue;
      const closed = NAME_END.test(text.slice(wEnd));
      const next = closed || j + 1 >= count ? "" : text.slice(wordStarts[j + 1], wordEnds[j + 1]);
      // Past the end of a name, only the word an abbreviation is written with may follow it.
      if (closed || (next !== "" && /^\s+$/u.test(text.slice(wEnd, wordStarts[j + 1])))) {
        out.push({ initials, name: text.slice(start, wEnd).replace(/\s+/g, " "), next, closed, lower });
      }
    }
  }
  return out;
}

/**
 * Entries from a registry sheet, one body a row: key, full name, then aliases.
 * Rows with an empty first cell are skipped; a header row is the caller's to leave out.
 */
export function registryFromRows(rows: string[][]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const row of rows) {
    const [key, full, ...aliases] = row.map((c) => (c ?? "").trim());
    if (!key) continue;
    out.push({ key, full: full || null, aliases: aliases.filter((a) => a !== ""), source: "registry-sheet" });
  }
  return out;
}

/** Rows that pair a short form with its long form a glossary sheet has at least. */
const GLOSSARY_SHEET_PAIRS = 2;

/**
 * A sheet of the workbook that lists the plan's abbreviations (`Скорочення`, `Съкращения`, `Skróty`,
 * `Abbreviations`), wherever it sits: each row pairs a short form in capitals with its long form,
 * in two cells (`ЦПЛР | Център за подкрепа за личностно развитие`) or in one (`ЦПЛР – Център за
 * подкрепа …`). Read as the plan's own abbreviations, as its list above the table is. A sheet is a
 * glossary only when at least two rows pair and they are most of its filled rows (a heading row
 * apart): a plan's sheet, whose rows open with a number or a task, is none, and gives nothing.
 */
export function glossaryFromSheet(rows: readonly (readonly string[])[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  let filled = 0;
  for (const row of rows) {
    const cells = row.map((c) => (c ?? "").trim()).filter((c) => c !== "");
    if (cells.length === 0) continue;
    filled++;
    const entry = pairedRow(cells);
    if (entry) out.push(entry);
  }
  if (out.length < GLOSSARY_SHEET_PAIRS || out.length * 2 < filled - 1) return [];
  return out;
}

/** A row's short form and long form: the first two filled cells, or one cell written `ABBR – full name`. */
function pairedRow(cells: readonly string[]): RegistryEntry | null {
  // A row's own number (`1.`, `1`) is no part of the pair.
  const pair = /^\d{1,3}[.)]?$/.test(cells[0]) ? cells.slice(1) : cells;
  if (pair.length === 0) return null;
  if (pair.length >= 2 && isAbbreviation(pair[0]) && /\p{Ll}/u.test(pair[1])) {
    return { key: pair[0], full: pair[1].replace(/^[–—-]\s*/, "").replace(/[.;,]+$/, "").trim(), aliases: [], source: "workbook-glossary" };
  }
  return glossaryLine(pair[0]);
}
