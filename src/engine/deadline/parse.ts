import { placementOf, type Placement } from "./context";
import { isoDate, isValidDate } from "./calendar";
import { countDatePoints, dateFromSerial, parseCellDate, parseParts, undatedKindAt } from "./parsers";
import { anchorOf, resolveParts } from "./resolve";
import { tokenize, type Token } from "./text";
import type { Deadline, DeadlineContext, Every, UnparsedReason } from "./types";
import { VOCABULARY, monthOf, wordClass } from "./vocabulary";

/**
 * A free-text deadline cell -> its period. Reads bg, pl, ru, uk and en in any mix; never throws.
 * Order: a date as Excel stores it; recurring work (`щомісяця`, `raz w semestrze`); the periods the
 * words name; days under a month heading (`до 15`); wordings with no date (continuous work takes the
 * plan period, event-driven work has none); else `unparsed` with the reason. A reading is given only
 * when it is certain: a wrong period makes confident findings that are false.
 */

/** Cells longer than this are read for an opening wording only; no plan writes a deadline so long. */
const MAX_TOKENS = 200;

function unparsed(text: string, reason: UnparsedReason): Deadline {
  return { text, kind: "unparsed", start: null, end: null, reason };
}

export function parseDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  try {
    return readDeadline(text, ctx);
  } catch {
    // readDeadline is total by design (the property tests hold it to that); this keeps a sheet's
    // check going should some input still surprise it.
    return unparsed(typeof text === "string" ? text : "", "unknown-form");
  }
}

/** parseDeadline without its safety net, for the tests that prove the net is never needed. */
export function readDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  const given: unknown = text;
  const original = typeof given === "string" ? given : given === null || given === undefined ? "" : String(given);
  if (typeof given === "number") {
    const iso = dateFromSerial(given);
    return iso ? { text: original, kind: "date", start: iso, end: iso } : unparsed(original, "unknown-form");
  }
  return parseText(original, ctx ?? {});
}

/** A closing note in brackets with no digits and no month in it: `(за потреби)`, `(w zależności od środków)`. */
const TRAILING_NOTE = /\s*[([]([^()[\]\d]*)[)\]][\s.,;]*$/u;

function parseText(original: string, ctx: DeadlineContext): Deadline {
  const source = original.trim();
  if (source === "") return unparsed(original, "unknown-form");
  const cell = parseCellDate(source);
  if (cell === "invalid") return unparsed(original, "unknown-form");
  if (cell) return { text: original, kind: "date", start: cell.iso, end: cell.iso };

  const period = anchorOf(ctx?.period);
  const placement = placementOf(ctx?.period, ctx?.section);
  const all = tokenize(source);

  const every = recurrenceIn(all);
  if (every !== null) {
    return {
      text: original,
      kind: "recurring",
      start: period?.period.start ?? null,
      end: period?.period.end ?? null,
      ...(every ? { every } : {}),
    };
  }

  let reason: UnparsedReason | null = null;
  if (all.length <= MAX_TOKENS) {
    const read = readPeriods(source, original, placement);
    if (typeof read !== "string") return read;
    reason = read;
    if (read === "unknown-form") {
      // A closing note in brackets that the periods do not need: read without it, keep it.
      const note = TRAILING_NOTE.exec(source);
      if (note && note.index > 0 && !note[1].split(/\s+/).some((w) => monthOf(tokenize(w)[0]) !== undefined)) {
        const without = readPeriods(source.slice(0, note.index), original, placement);
        if (typeof without !== "string") return { ...without, note: joinNotes(without.note, note[0].trim()) };
      }
    }
  }
  const kind = undatedKindAt(all, 0);
  if (kind === "event") return { text: original, kind, start: null, end: null };
  if (kind === "continuous") {
    return { text: original, kind, start: period?.period.start ?? null, end: period?.period.end ?? null };
  }
  if (reason === null || reason === "unknown-form") reason = countDatePoints(all) >= 2 ? "several-dates" : "unknown-form";
  return unparsed(original, reason);
}

function joinNotes(a: string | undefined, b: string): string {
  return a ? `${a} ${b}` : b;
}

/** How often a cell's work recurs when it says so anywhere (`до 15 числа щомісяця`): "" if not how often, null if it does not recur. */
function recurrenceIn(tokens: readonly Token[]): Every | "" | null {
  for (let i = 0; i < tokens.length; i++) {
    const p = VOCABULARY.recurring.at(tokens, i);
    if (p) return (p.every ?? "") as Every | "";
  }
  return null;
}

/** Weekdays written after a date (`1 сентября (вт.)`) left out of the reading, and kept as a note. */
function withoutWeekdays(tokens: readonly Token[], source: string): { tokens: Token[]; note: string | undefined } {
  const kept: Token[] = [];
  const notes: string[] = [];
  for (const t of tokens) {
    const prev = kept[kept.length - 1];
    const afterDate = prev !== undefined && (prev.type === "num" || monthOf(prev) !== undefined);
    if (afterDate && wordClass(t)?.weekday) notes.push(source.slice(t.start, t.end));
    else kept.push(t);
  }
  return { tokens: kept, note: notes.length > 0 ? notes.join(", ") : undefined };
}

/** The periods a text names, with the row's placement; the reason when it names none surely. */
function readPeriods(source: string, original: string, placement: Placement): Deadline | UnparsedReason {
  const { tokens, note: weekdays } = withoutWeekdays(tokenize(source), source);
  const heading = headingDays(tokens, original, placement);
  if (heading) return heading;
  const cell = parseParts(tokens, source);
  if (!cell) return "unknown-form";
  const read = resolveParts(cell.parts, tokens, source, original, placement.anchor);
  if (typeof read === "string") return read;
  let out: Deadline = read;
  if (cell.openEnd) {
    // `05.11 –`: from that day to the end of the plan period.
    const end = placement.anchor?.period.end;
    const start = read.start ?? read.end;
    if (!end || !start || end < start || read.kind === "by") return "unknown-form";
    out = { text: original, kind: "range", start, end };
  }
  const trailing = cell.noteFrom >= 0 ? source.slice(tokens[cell.noteFrom - 1]?.end ?? tokens[cell.noteFrom].start).trim() : "";
  const note = [weekdays, trailing].filter((n) => n).join(" ");
  return note ? { ...out, note } : out;
}

const DAY_WORDS = new Set(["числа", "число", "чис", "dnia", "dzień", "дня", "день", "day", "го"]);

/**
 * A day with no month under a month heading: `до 15`, `15`, `10-15`, `до 15 числа`. Only a month
 * heading gives these a month; elsewhere they are no date.
 */
function headingDays(tokens: readonly Token[], text: string, placement: Placement): Deadline | null {
  const month = placement.dayMonth;
  if (!month || tokens.length === 0) return null;
  let i = 0;
  let by = false;
  for (let p = VOCABULARY.partPrefix.at(tokens, i); p !== null && p.type !== "narrowing"; p = VOCABULARY.partPrefix.at(tokens, i)) {
    by ||= p.type === "by";
    i += p.words.length;
  }
  const day = (k: number) => (tokens[k]?.type === "num" && tokens[k].text.length <= 2 ? tokens[k].value : undefined);
  const skipDayWords = (k: number) => {
    let j = k;
    if (tokens[j]?.type === "sym" && tokens[j].text === "-" && DAY_WORDS.has(tokens[j + 1]?.text ?? "")) j++;
    while (DAY_WORDS.has(tokens[j]?.text ?? "") || wordClass(tokens[j])?.ordinalSuffix) j++;
    return j;
  };
  const first = day(i);
  if (first === undefined) return null;
  let j = skipDayWords(i + 1);
  let last = first;
  if (!by && tokens[j]?.type === "sym" && tokens[j].text === "-" && day(j + 1) !== undefined) {
    last = day(j + 1)!;
    j = skipDayWords(j + 2);
  }
  while (tokens[j]?.type === "sym" && tokens[j].text !== "-") j++;
  if (j !== tokens.length || last < first) return null;
  if (!isValidDate(month.y, month.m, first) || !isValidDate(month.y, month.m, last)) return null;
  const start = isoDate(month.y, month.m, first);
  const end = isoDate(month.y, month.m, last);
  if (by) return { text, kind: "by", start: null, end };
  return { text, kind: first === last ? "date" : "range", start, end };
}
