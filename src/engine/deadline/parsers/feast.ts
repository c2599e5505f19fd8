import { addDays, isoDate, parseIsoDate } from "../calendar";
import { EASTER, FIXED_FEASTS } from "../locales/breaks";
import { easterSunday } from "../resolve";
import { tokenize, type Token } from "../text";
import type { PlanPeriod, UnparsedReason } from "../types";
import { VOCABULARY } from "../vocabulary";
import { parseYear } from "./numbers";

/**
 * `Великдень`, `до Wielkanocy`, `Пасха 2026`, `Boże Narodzenie`: a feast's day named by the feast,
 * which the year makes certain (the Western or the Julian Easter, as the word's church keeps it;
 * Christmas Day). The year is the one written, else the one year of the plan period whose feast
 * falls in it; with none written and no period, or a period holding two of it, the day is not known.
 */

type Church = keyof typeof EASTER;

/** Each feast's words, folded, and its day in a year. */
const FEASTS: readonly { words: string[]; dayIn: (y: number) => string }[] = [
  ...(Object.keys(EASTER) as Church[]).flatMap((church) =>
    EASTER[church].map((e) => ({ words: tokenize(e).map((t) => t.text), dayIn: (y: number) => easterOf(church, y) })),
  ),
  ...FIXED_FEASTS.flatMap((f) => f.words.map((e) => ({ words: tokenize(e).map((t) => t.text), dayIn: (y: number) => isoDate(y, f.month, f.day) }))),
];

/** The first word of every feast's name: a cell with none of them names no feast, and is not searched. */
const FIRST_WORDS = new Set(FEASTS.map((f) => f.words[0]));

/** Orthodox Easter Sunday of a year (the Julian computus), as a Gregorian ISO date; 1900-2099. */
function orthodoxEaster(y: number): string {
  const d = (19 * (y % 19) + 15) % 30;
  const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // The Julian calendar runs 13 days behind the Gregorian from 1900 to 2099.
  return addDays(isoDate(y, month, day), 13);
}

function easterOf(church: Church, y: number): string {
  return church === "western" ? easterSunday(y) : orthodoxEaster(y);
}

export function readEaster(tokens: readonly Token[], period: PlanPeriod | null): { day: string; by: boolean } | UnparsedReason | null {
  if (!tokens.some((t) => FIRST_WORDS.has(t.text))) return null;
  let i = 0;
  let by = false;
  for (let p = VOCABULARY.partPrefix.at(tokens, i); p !== null && p.type !== "narrowing"; p = VOCABULARY.partPrefix.at(tokens, i)) {
    by ||= p.type === "by";
    i += p.words.length;
  }
  const feast = FEASTS.find((f) => f.words.every((w, k) => tokens[i + k]?.text === w));
  if (!feast) return null;
  i += feast.words.length;
  const year = parseYear(tokens, i);
  if (year) i = year.next;
  while (tokens[i]?.type === "sym") i++;
  if (i !== tokens.length) return null;
  if (year) return { day: feast.dayIn(year.value), by };
  const s = period ? parseIsoDate(period.start) : null;
  const e = period ? parseIsoDate(period.end) : null;
  if (!period || !s || !e) return "year-missing";
  const days: string[] = [];
  for (let y = s.y; y <= e.y; y++) {
    const day = feast.dayIn(y);
    if (day >= period.start && day <= period.end) days.push(day);
  }
  return days.length === 1 ? { day: days[0], by } : "ambiguous";
}
