import type { Currency, Target, TargetKind, Unit } from "./types";
import { collapse, tokenize, type Token } from "./text";
import { parseLevel, type Level } from "./levels";
import { QUALIFIERS, anyPhraseAt, unitAt } from "./lexicon";
import { readNumber } from "./numbers";

/**
 * Target cells: a number and what it counts (`8 planów i harmonogramów`), a percent (`85 %`),
 * money (`1 500 лв.`, `10 хил. лв.`, `€1,500`), a level (`Висока`, `wysoki poziom`), or text.
 *
 * A bound written before the number (`не по-малко от 85%`, `co najmniej 10`, `≥ 10`) is read
 * past; the cell text keeps it. A range (`5–10 участници`) takes its lower end, the amount
 * the plan commits to. Only a leading number makes a numeric target: `Podjęcie uchwały` and
 * `w 8 szkołach` are text. A bare number takes its kind from the unit: `85` under `%` is a percent.
 */
export function parseTarget(text: string, unit?: Unit | null): Target {
  const written = text.trim();
  const flat = collapse(text);
  const asText: Target = { text: written, kind: "text", value: null };
  if (flat === "") return asText;

  const level = levelOf(flat);
  if (level !== null) return { text: written, kind: "level", value: level, level };

  const body = flat.slice(boundLength(flat));
  const prefix = currencyBefore(body);
  const start = prefix ? prefix.end : 0;
  const num = readNumber(body, start);
  if (!num) return asText;

  let rest = body.slice(num.end);
  // A range: `5-10`, `5 – 10`; the lower end is the commitment, the upper end is read past.
  const range = /^\s*[-–—]\s*/.exec(rest);
  if (range) {
    const upper = readNumber(rest, range[0].length);
    if (upper) rest = rest.slice(upper.end);
  }

  const tokens = tokenize(rest);
  const named = tokens.length > 0 ? unitAt(tokens, 0) : null;
  const after = (n: number) => noun(rest, tokens, n);

  if (prefix) return money(written, num.value, prefix.currency, after(0));
  if (named?.kind === "percent") return withNoun({ text: written, kind: "percent", value: num.value }, after(named.length));
  if (named?.kind === "currency") {
    return money(written, num.value * named.factor, named.currency, after(named.length));
  }
  const kind: TargetKind = unit?.kind === "percent" ? "percent" : unit?.kind === "currency" ? "money" : "number";
  const target: Target = { text: written, kind, value: num.value };
  if (kind === "money" && unit?.currency) target.currency = unit.currency;
  return withNoun(target, after(0));
}

/** A level named by a word alone or with a noun or two (`Висока`, `wysoki poziom`, `высокий уровень`). */
function levelOf(flat: string): Level | null {
  const words = flat.split(" ");
  if (words.length > 3) return null;
  return parseLevel(words[0]);
}

const BOUND_SIGN = /^(?:≥|≤|>=|<=|>|<|~|≈)\s*/;

/** Length of a bound written before the number (`не по-малко от `, `≥ `), 0 when there is none. */
function boundLength(flat: string): number {
  const sign = BOUND_SIGN.exec(flat);
  if (sign) return sign[0].length;
  const tokens = tokenize(flat);
  const n = anyPhraseAt(QUALIFIERS, tokens, 0);
  if (n === 0 || n >= tokens.length) return 0;
  return tokens[n].start;
}

/** A currency written before the amount: `€1 500`, `EUR 500`, `PLN 1 500,50`. */
function currencyBefore(body: string): { currency: Currency | undefined; end: number } | null {
  const tokens = tokenize(body);
  if (tokens.length < 2 || tokens[0].start !== 0) return null;
  const hit = unitAt(tokens, 0);
  if (!hit || hit.kind !== "currency") return null;
  const end = tokens[hit.length - 1].end;
  const gap = /^\s*/.exec(body.slice(end))![0].length;
  return { currency: hit.currency, end: end + gap };
}

function money(text: string, value: number, currency: Currency | undefined, noun: string | undefined): Target {
  const t: Target = { text, kind: "money", value };
  if (currency) t.currency = currency;
  return withNoun(t, noun);
}

/** What follows the number and its unit, as written, without the dots and commas that close a cell. */
function noun(rest: string, tokens: readonly Token[], skip: number): string | undefined {
  if (skip >= tokens.length) return undefined;
  const from = skip === 0 ? 0 : tokens[skip - 1].end;
  const words = rest.slice(from).replace(/[\s.,;:]+$/, "").trim();
  return words === "" ? undefined : words;
}

function withNoun(t: Target, noun: string | undefined): Target {
  if (noun !== undefined) t.noun = noun;
  return t;
}
