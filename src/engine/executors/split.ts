import type { Registry, ResolvedBody } from "./types";
import { bodyTokens, cleanBody, withoutEncodingDebris } from "./normalize";
import { collapse } from "../units/text";
import { lookup, lookupText, resolveBody } from "./resolve";
import { commonRegistry } from "./registry";
import { CONJUNCTION, CONJUNCTION_IN_CAPITALS, CONNECTIVE, ETCETERA, endsInPreposition, opensWithPreposition } from "./words";
import { entryKind, isBodyWord, isPersonOrPosition, namesABody } from "./entry-kind";
import { continuesClassList } from "./group-mark";
import { opensWithGenitiveBody } from "./genitive";

/**
 * A responsible or partner cell split into the bodies it names.
 *
 * Separators (outside a name in quotes): `,` `;` `/` and bullets; a `+` between words; line breaks; phrases that join two bodies
 * (`we współpracy z`, `w porozumieniu z`, `в сътрудничество с`, `совместно с`, `спільно з`,
 * `in cooperation with`); a list's `и др.`/`itp.`. A conjunction (`и`, `i`, `oraz`, `та`, `і`, `and`)
 * separates only when the words before it are a known body, so `Министерство на образованието
 * и науката` and `културни и спортни институции` stay whole while `Szkoły objęte pilotażem i PPP`
 * splits. Bodies written one after another with only spaces between (`Общини РУП ДСП Училища НПО`,
 * `Училища Бюро по труда`) are split when the whole run is not one body and every part is.
 *
 * Line breaks come from text wrapped in Word or from a row split over a page: a line is joined to the
 * next when a dash is left dangling (`ЦПЛР –` / `ОДК`), or when one of the two lines is not a body
 * on its own and the two together are (`Всички общински` / `училища`, `Община` / `Кюстендил`; but a
 * known body and a position under it are two, `УП` / `Училищен психолог`), when
 * neither is known and the second goes on in lower case or opens with a preposition (`ВСИЧКИ
 * РАБОТЕЩИ` / `В ЧИТАЛИЩЕТО`, in capitals as in words), or when the first ends in a preposition
 * (`заступники директора з` / `НВР`), or when the second is the initials of a surname ending the first
 * (`Руденко` / `Л.М.`), or, in a cell all in capitals, one long word that is not known (`ФАХІВЕЦЬ З
 * ОХОРОНИ` / `ПРАЦІ`), or when the second opens with a body's noun in the genitive
 * after people (`специалисты` / `Министерства`). A line starting with a dash is a bullet
 * when the cell's first line is one too; otherwise it continues the line before.
 *
 * Decisions: `Wydział OPS/FK` is two bodies, `Wydział OPS` and `FK` (the slash separates; the shared
 * word `Wydział` is not copied, as a body is always text of the cell). `Dyrektor szkoły w porozumieniu
 * z Gł. Księgową` is `Dyrektor szkoły` and `Gł. Księgową` as written; the registry resolves the
 * latter to `Gł. Księgowa`.
 *
 * A position's further area after a comma (`Заступник директора з НВР, ВР`) stays with the position,
 * and a department's complements after commas (`Управление экономики, инвестиций, развития
 * предпринимательства`) with the department (`isComplement`).
 *
 * Nothing is lost: every character that is not a space is in a body or is one of the separators
 * above, a list dash or bullet, a closing stop or comma, or a quote left open by a slip.
 */
export function splitBodies(written: string, registry: Registry = commonRegistry()): string[] {
  const text = withoutEncodingDebris(written);
  const capitals = inCapitals(text);
  const out: string[] = [];
  for (const line of joinWrappedLines(pieces(text), registry, capitals)) {
    // A department's name with its complements (`… освіти, молоді та спорту`) has its conjunctions inside.
    for (const part of line.complemented ? [line.text] : splitAtConjunctions(line.text, registry, capitals)) {
      for (const body of splitRun(part, registry)) {
        const clean = cleanBody(body);
        if (clean === "") continue;
        const prev = out.length > 0 ? out[out.length - 1] : null;
        if (prev !== null && isFurtherArea(prev, clean) && !known(registry, clean)) out[out.length - 1] = `${prev}, ${clean}`;
        else if (prev !== null && continuesClassList(prev, clean, isPersonOrPosition(prev))) out[out.length - 1] = `${prev}, ${clean}`;
        else out.push(clean);
      }
    }
  }
  return out;
}

/**
 * A cell written all in capitals, words and not only abbreviations (`УПРАВЛЕНИЕ ЭКОНОМИКИ,
 * ИНВЕСТИЦИЙ`, `УЧИЛИЩА И ЧИТАЛИЩА`): its case tells no conjunction and no complement from a name.
 */
function inCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}{5}/u.test(text);
}

/**
 * A cell written as numbered sub-items, one per task part (`1. PMC following the monitoring plan
 * 2. PMC`, `1. Chair of PMC 2. PMC/staff`): the numbers separate the items and are no part of a
 * name. Only a list that opens with `1.` (or `1)`) and goes on 2, 3, … is read so, so a number
 * inside a name (`СУ № 3`, `Klub 60+`) is never cut.
 */
function subItemCuts(text: string): Cut[] {
  const first = /^\s*1[.)]\s+/.exec(text);
  if (!first) return [];
  const cuts: Cut[] = [{ start: 0, end: first[0].length, hard: true }];
  let next = 2;
  for (const m of text.matchAll(/(?<=\s)(\d{1,2})[.)]\s+/g)) {
    if (m.index! < first[0].length || Number(m[1]) !== next) continue;
    cuts.push({ start: m.index!, end: m.index! + m[0].length, hard: true });
    next++;
  }
  return cuts;
}

/** A position's area written as an abbreviation after a preposition: `заступник директора з НВР`, `Зам. директора по УВР`. */
const AREA_AFTER = /(?<![\p{L}\p{N}])(?:з|із|по|ds\.?|for|за)\s+\p{Lu}[\p{Lu}\d]{1,5}$/u;
const AREA = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/**
 * A lone abbreviation after a position that ends in its area (`Заступник директора з НВР, ВР`,
 * `Зам. директора по УВР, ВР`) is a further area of the same position, not a body of its own.
 */
function isFurtherArea(prev: string, piece: string): boolean {
  return AREA.test(piece) && AREA_AFTER.test(prev) && entryKind(prev) === "position";
}

/** People named with the area they teach or lead, in short (`Преподаватели ДП`, `Учителя ФК`, `Руководители МО`). */
const AREA_LAST = /\s\p{Lu}[\p{Lu}\d]{1,5}$/u;

/**
 * A lone abbreviation after a conjunction that follows people named with their area in short
 * (`Преподаватели ДП и МП`, `Учителя ИЗО и МХК`) is their second area, not a body of its own.
 */
function isSecondArea(left: string, right: string, registry: Registry): boolean {
  return AREA.test(right) && AREA_LAST.test(left) && !known(registry, right) && entryKind(left) === "position";
}

/**
 * Cells already resolved, per registry: the same executors stand in row after row and plan after
 * plan, and a registry never changes once built. Callers read the answers; they never change them.
 */
const resolved = new WeakMap<Registry, Map<string, readonly ResolvedBody[]>>();
/** A batch of thousands of plans checked against one registry starts afresh rather than grow without end. */
const RESOLVED_MAX = 50_000;

/** A responsible or partner cell split and every body resolved, against the same registry. */
export function resolveBodies(registry: Registry, text: string): readonly ResolvedBody[] {
  let cache = resolved.get(registry);
  if (!cache || cache.size >= RESOLVED_MAX) resolved.set(registry, (cache = new Map()));
  let bodies = cache.get(text);
  if (!bodies) {
    bodies = splitBodies(text, registry).map((b) => resolveBody(registry, b));
    cache.set(text, bodies);
  }
  return bodies;
}

interface Piece {
  text: string;
  /** Only line breaks stand between this piece and the one before. */
  soft: boolean;
  /** Only a comma stands between this piece and the one before. */
  comma: boolean;
}

interface Cut {
  start: number;
  end: number;
  hard: boolean;
}

/** The cell cut at its separators; pieces keep whether a mere line break precedes them. */
function pieces(text: string): Piece[] {
  const cuts: Cut[] = [];
  const quoted = quotedSpans(text);
  const hard = (re: RegExp) => {
    for (const m of text.matchAll(re)) {
      if (quoted.some(([a, b]) => m.index! > a && m.index! < b)) continue; // `Дирекция „Образование, култура и спорт“`
      cuts.push({ start: m.index!, end: m.index! + m[0].length, hard: true });
    }
  };
  hard(CONNECTIVE);
  hard(ETCETERA);
  hard(/[,;/▪•○◦●·]/g);
  hard(/(?<=\p{L})\s*\+(?=\s*\p{L})/gu); // `УП+ училищен психолог`; `Klub 60+` keeps its plus
  cuts.push(...subItemCuts(text));

  const bullets = /^\s*[-–—][ \t]/.test(text);
  const leading = /^\s*[-–—][ \t]+/.exec(text);
  if (leading && bullets) cuts.push({ start: 0, end: leading[0].length, hard: true });
  for (const m of text.matchAll(/\n/g)) {
    const at = m.index!;
    if (/[-–—]\s*$/.test(text.slice(0, at))) continue; // `ЦПЛР –` / `ОДК`
    // A name in quotes wrapped inside the cell (`СМК „Емил` / `Димитров“`) is one name: its quote closes on the next line.
    if (quoted.some(([a, b]) => at > a && at < b && !text.slice(at + 1, b).includes("\n"))) continue;
    const dash = /^[ \t]*[-–—][ \t]+/.exec(text.slice(at + 1));
    if (dash && !bullets) continue; // `ЦПЛР` / `– ОДК`
    cuts.push({ start: at, end: at + 1 + (dash ? dash[0].length : 0), hard: dash !== null });
  }
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);

  const out: Piece[] = [];
  let from = 0;
  let onlySoft = true;
  let lastEnd = -1;
  const take = (to: number) => {
    const piece = collapse(text.slice(from, to));
    if (piece !== "") {
      const comma = lastEnd >= 0 && /^\s*,\s*$/.test(text.slice(lastEnd, from));
      out.push({ text: piece, soft: out.length > 0 && onlySoft, comma });
      onlySoft = true;
      lastEnd = to;
    }
  };
  for (const c of cuts) {
    if (c.end <= from) continue;
    if (c.start > from) take(c.start);
    if (c.hard) onlySoft = false;
    from = Math.max(from, c.end);
  }
  take(text.length);
  return out;
}

/** Closing quotes for each opening one. */
const CLOSERS: Record<string, string> = { "„": "“”", "«": "»", "“": "”", '"': '"' };

/**
 * Where the cell holds a name in quotes (`„Образование, култура и спорт“`, `«Центр …»`): a separator
 * there is part of the name. A quote never closed is a slip and holds nothing.
 */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const closers = CLOSERS[text[i]];
    // A straight quote right after a word closes a slip (`ИДК", РУО`); it opens nothing.
    if (closers === undefined || (text[i] === '"' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ""))) continue;
    let j = i + 1;
    while (j < text.length && !closers.includes(text[j])) j++;
    if (j >= text.length) continue;
    spans.push([i, j]);
    i = j;
  }
  return spans;
}

function known(registry: Registry, text: string, mode: "strict" | "full" = "full"): boolean {
  return lookupText(registry, text, mode) !== null;
}

/** A line of a cell once wrapped lines are joined; `complemented` when a department's complements were joined to it. */
interface Line {
  text: string;
  complemented: boolean;
}

/** Lines of one wrapped body joined back (see `splitBodies`). */
function joinWrappedLines(list: Piece[], registry: Registry, capitals: boolean): Line[] {
  const out: Line[] = [];
  for (const p of list) {
    const prev = out.length > 0 ? out[out.length - 1].text : null;
    if (prev !== null && p.comma && isComplement(prev, p.text, registry, capitals)) {
      out[out.length - 1] = { text: `${prev}, ${p.text}`, complemented: true };
      continue;
    }
    if (prev !== null && p.soft) {
      const both = `${prev} ${p.text}`;
      const prevKnown = known(registry, prev);
      const curKnown = known(registry, p.text);
      const wrapped =
        endsInPreposition(prev) ||
        ((!prevKnown || !curKnown) && known(registry, both) && !(prevKnown && isPersonOrPosition(p.text))) ||
        (!prevKnown && !curKnown && (/^\p{Ll}/u.test(p.text) || opensWithPreposition(p.text)) && !personThenPost(prev, p.text)) ||
        (!prevKnown && INITIALS_ONLY.test(p.text) && SURNAME_LAST.test(prev)) ||
        (capitals && !prevKnown && !curKnown && ONE_LONG_WORD.test(p.text) && !isPersonOrPosition(p.text)) ||
        // `РУКОВОДИТЕЛИ ПРЕДПРИЯТИЙ` / `И УЧРЕЖДЕНИЙ ГОРОДА`: a line opening with a conjunction goes on with the line before, in capitals as in words.
        (capitals && !prevKnown && !curKnown && opensWithConjunction(p.text)) ||
        (!prevKnown && isPersonOrPosition(prev) && opensWithGenitiveBody(p.text));
      if (wrapped) {
        out[out.length - 1] = { text: both, complemented: out[out.length - 1].complemented };
        continue;
      }
    }
    out.push({ text: p.text, complemented: false });
  }
  return out;
}

/** A line whose first word, in capitals, is a conjunction (`И УЧРЕЖДЕНИЙ ГОРОДА`). */
function opensWithConjunction(line: string): boolean {
  const first = /^(\p{Lu}+)\s+\p{L}/u.exec(line);
  if (first === null) return false;
  CONJUNCTION_IN_CAPITALS.lastIndex = 0;
  const m = CONJUNCTION_IN_CAPITALS.exec(first[1]);
  return m !== null && m.index === 0 && m[0] === first[1];
}

/** A line of initials alone (`Л.М.`), under the line that ends in the surname they go with (`Руденко`, `РУДЕНКО`). */
const INITIALS_ONLY = /^(?:\p{Lu}\.\s?){1,3}$/u;
const SURNAME_LAST = /(?:^|\s)\p{Lu}[\p{L}'’-]{2,}$/u;
/**
 * One word of five letters or more, in capitals, alone on its line (`ПРАЦІ` under `ФАХІВЕЦЬ З ОХОРОНИ`):
 * in a cell all in capitals, a word and not an abbreviation, which in words would go on in lower case.
 */
const ONE_LONG_WORD = /^\p{Lu}{5,}$/u;

/** A person's name, then on the next line a post (`Іваніцький О.П.` / `тренер-викладач ДЮСШ`): two entries, whatever the post's case. */
function personThenPost(prev: string, line: string): boolean {
  return entryKind(prev) === "person" && isPersonOrPosition(line);
}

/**
 * A department's name runs on after commas with the complements of its head word (`Управление
 * экономики, инвестиций, развития предпринимательства`, `Департамент культуры, молодежной политики
 * и туризма`, `Wydział Promocji, Kultury i Turystyki`): a piece after a comma that names nothing of
 * its own (no body, position, person or abbreviation, nothing the registry knows) and is written as
 * the complement before it is (words in lower case; in Polish, capitalised words in the genitive)
 * is more of the name before it, when that name reads as a body. Such a fragment is never a body
 * of its own. A place (`ОУ, с. Хърсово`), a short form (`читалища, у-ща`) or a clause naming a body
 * (`що належать до сфери Міненерговугілля`) is not a complement.
 */
function isComplement(prev: string, written: string, registry: Registry, capitals: boolean): boolean {
  const before = prev.split(" ");
  if (before.length < 2 || entryKind(prev) !== "body") return false;
  // In a cell all in capitals the complements are read in the case they have in words (`ИНВЕСТИЦИЙ` -> `инвестиций`).
  const piece = capitals ? written.toLowerCase() : written;
  const last = capitals ? before[before.length - 1].toLowerCase() : before[before.length - 1];
  // The name's last complement may close the cell with a full stop (`… потребительского рынка.`).
  const words = piece.replace(/[.;:]+$/u, "").split(" ");
  if (writtenAsComplement(words, last) && entryKind(piece) === "other" && !known(registry, piece)) return true;
  return endsWithParentBody(words, last, registry);
}

function writtenAsComplement(words: readonly string[], last: string): boolean {
  return (
    (words.every((w) => COMPLEMENT_WORD.test(w)) && COMPLEMENT_WORD.test(last)) ||
    (GENITIVE_NAME.test(words[0]) && words.every((w) => GENITIVE_NAME.test(w) || LINKING.has(w)) && GENITIVE_NAME.test(last))
  );
}

/**
 * The last complements and then the body the department belongs to (`Управління освіти, науки,
 * молоді та спорту міської ради`, `Отдел по делам молодежи, физической культуры и спорта
 * администрации`, `Wydział Edukacji, Kultury i Sportu Urzędu Miasta`): a list of complements joined
 * by a conjunction, written as those before the comma, then words naming a body. The conjunction
 * inside the complements is what marks the run-on name; `Управление образования, родительский
 * комитет` (no list before the body) and a piece naming a person, a position or a known body stay apart.
 */
function endsWithParentBody(words: readonly string[], last: string, registry: Registry): boolean {
  const first = words.findIndex((w) => isBodyWord(w));
  if (first < 2) return false;
  const head = words.slice(0, first);
  // `библиотеки и дома культуры`: a conjunction right before the body joins bodies, not complements.
  if (!head.some((w) => CONJUNCTION_WORDS.has(w)) || CONJUNCTION_WORDS.has(head[head.length - 1]) || !writtenAsComplement(head, last)) return false;
  if (head.some((w) => entryKind(w) !== "other" || known(registry, w))) return false;
  return words.slice(first).every((w) => /^\p{L}+$/u.test(w) && (isBodyWord(w) || entryKind(w) === "other"));
}

/** A word in lower case, letters only (an apostrophe inside): no name, number or short form. */
const COMPLEMENT_WORD = /^\p{Ll}+(?:['’]\p{Ll}+)?$/u;
/** A Polish department's capitalised complement in the genitive (`Kultury`, `Sportu`, `Promocji`, `Spraw Społecznych`). */
const GENITIVE_NAME = /^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:i|y|u|ów|ych|ej)$/u;
const LINKING = new Set(["i", "oraz"]);
/** The conjunctions that join a department's complements (`освіти, молоді та спорту`, `Kultury i Sportu`). */
const CONJUNCTION_WORDS = new Set(["и", "і", "й", "та", "i", "oraz", "and"]);

/**
 * A whole name on its own: a person, a post or a body's name (`Superintendent`, `Іваніцький О.П`,
 * `Миргородський МБК`, `Миргородським районним відділом поліції`). Two such around a conjunction are
 * two entries, known or not; a word in lower case after it (`общего и профессионального
 * образования`) goes on with the name before.
 */
function namesOne(text: string): boolean {
  return isPersonOrPosition(text) || namesABody(text);
}

/** Two entries around a conjunction, each a name on its own; never the classes a list of them goes on with (`екипи на III и IV -те групи`). */
function twoNames(left: string, right: string, registry: Registry): boolean {
  if (!namesOne(left) || !(known(registry, right) || namesOne(right)) || isSecondArea(left, right, registry)) return false;
  return !CLASS_FIRST.test(left) && !CLASS_FIRST.test(right) && !continuesClassList(left, right, isPersonOrPosition(left));
}

/** A piece opening with a class's or group's number (`IV -те групи`, `IVБ`, `5-А`): the children of a list, no name. */
const CLASS_FIRST = /^(?:[IVXІХ]{1,4}|\d{1,2})(?=[\s\-–.\p{Lu}]|$)/u;

/**
 * `училища и детски градини` -> two bodies; `културни и спортни институции` stays one; `Superintendent
 * and CFO`, `SENDco and SLT` -> two entries, each a name on its own.
 */
function splitAtConjunctions(text: string, registry: Registry, capitals: boolean): string[] {
  if (known(registry, text, "strict")) return [text];
  const out: string[] = [];
  let from = 0;
  const quoted = quotedSpans(text);
  for (const m of text.matchAll(capitals ? CONJUNCTION_IN_CAPITALS : CONJUNCTION)) {
    if (quoted.some(([a, b]) => m.index! > a && m.index! < b)) continue;
    const left = text.slice(from, m.index!).trim();
    const right = text.slice(m.index! + m[0].length).trim();
    // In capitals the words after it may be a kind written in lower case (`ЧИТАЛИЩА И ПЕНСИОНЕРСКИ
    // КЛУБОВЕ` for `читалища и пенсионерски клубове`): there both sides must be known bodies.
    if (left === "" || right === "") continue;
    if (capitals ? !(known(registry, left) && known(registry, right)) : !known(registry, left) && !twoNames(left, right, registry)) continue;
    out.push(left);
    from = m.index! + m[0].length;
  }
  out.push(text.slice(from).trim());
  return out.filter((s) => s !== "");
}

const MAX_RUN = 24;

/**
 * Bodies written one after another with spaces only: the split into the fewest known bodies
 * (each known in strict mode), when the whole is not one body. Otherwise the text unchanged.
 */
function splitRun(text: string, registry: Registry): string[] {
  if (known(registry, text, "strict")) return [text];
  const t = bodyTokens(text);
  const n = t.length;
  if (n < 2 || n > MAX_RUN) return [text];

  // fewest[i]: fewest bodies covering tokens i..n, with the end of the first one.
  const fewest: ({ count: number; next: number } | null)[] = new Array(n + 1).fill(null);
  fewest[n] = { count: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    if (t[i].dash) continue;
    for (let j = n; j > i; j--) {
      const rest = fewest[j];
      if (!rest || t[j - 1].dash) continue;
      if (fewest[i] && fewest[i]!.count <= rest.count + 1) continue;
      if (lookup(registry, t.slice(i, j), "strict")) fewest[i] = { count: rest.count + 1, next: j };
    }
  }
  const best = fewest[0];
  if (!best || best.count < 2) return [text];

  // Cut in the space after each body's last word, so quotes and stops stay with their body.
  const bodies: string[] = [];
  let from = 0;
  for (let i = 0; i < n; ) {
    const j = fewest[i]!.next;
    let to = text.length;
    if (j < n) {
      const gap = text.slice(t[j - 1].end, t[j].start);
      const space = gap.search(/\s/);
      to = t[j - 1].end + (space >= 0 ? space : gap.length);
    }
    bodies.push(text.slice(from, to).trim());
    from = to;
    i = j;
  }
  return bodies;
}
