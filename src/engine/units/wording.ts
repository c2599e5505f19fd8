import type { Unit, UnitKind } from "./types";
import { spanText, tokenize, type Token } from "./text";
import { AMOUNTS, ANYWHERE, LEADS, MEASURES, MONEY, anyPhraseAt, cueAt, unitAt } from "./lexicon";
import { parseUnit } from "./unit";
import { rateBase, type RateBase } from "./rate";

/**
 * What an indicator measures, read from its own wording when the plan has no unit column.
 *
 * In order: the words it opens with (`Брой ...`, `Liczba ...`, `Относителен дял ...`,
 * `Share of ...`, `Степен на ...`; `Размер на инвестиции` is money because an amount word is
 * followed by a money word); then a unit after a number (`16 часа`, `80%`, `1000 лв.`) or
 * a measuring word anywhere (`Изготвени маршрути. Брой деца`; PDF extraction sometimes
 * pushes a stray word in front, as in `на Брой поощрени деца`); then a number counting
 * something (`50 деца`); then a unit in brackets (`Обучени учители (брой)`). A count per so many
 * (`na 1000 urodzeń`, `на 100 тыс. населения`, `‰`) is a rate: the count's `per` says so.
 */
export function unitFromWording(indicator: string): Unit | null {
  const rate = rateBase(indicator);
  const found = unitOfWording(indicator, rate);
  // A count per so many (`Liczba lekarzy na 10 tys. ludności`, `Zgony niemowląt na 1000 urodzeń`) is a rate.
  if (rate && (found === null || found.kind === "count")) return { kind: "count", text: found?.text ?? rate.text, per: rate.text };
  return found;
}

function unitOfWording(indicator: string, rate: RateBase | null): Unit | null {
  const tokens = tokenize(indicator);
  // The base of a rate (`na 1000`) is not what the indicator counts.
  const isCounted = (i: number) => isQuantity(tokens, i) && !(rate && tokens[i].start >= rate.start && tokens[i].end <= rate.end);
  const first = firstWord(tokens);
  if (first >= tokens.length) return null;

  const lead = leadAt(tokens, first);
  if (lead) return unit(lead.kind, spanText(indicator, tokens, first, first + lead.length));

  for (let i = first; i < tokens.length; i++) {
    if (isCounted(i)) {
      const named = unitAt(tokens, i + 1);
      if (named && named.kind !== "level") {
        return unit(named.kind, spanText(indicator, tokens, i + 1, i + 1 + named.length), named.currency);
      }
    }
    const cue = cueAt(ANYWHERE, tokens, i);
    if (cue) return unit(cue.kind, spanText(indicator, tokens, i, i + cue.length));
    const named = unitAt(tokens, i);
    if (named && (named.kind === "currency" || (named.kind === "percent" && tokens[i].norm === "%"))) {
      return unit(named.kind, spanText(indicator, tokens, i, i + named.length), named.currency);
    }
  }
  for (let i = first; i < tokens.length - 1; i++) {
    if (isCounted(i)) return unit("count", spanText(indicator, tokens, i, i + 2));
  }
  for (const m of indicator.matchAll(/\(([^()]{1,24})\)/g)) {
    const inBrackets = parseUnit(m[1]);
    if (inBrackets && inBrackets.kind !== "level") return inBrackets;
  }
  return unitAfterLastComma(indicator);
}

/** The last words after a comma, short enough to be a unit: `Протяженность сетей, км`, `Liczba miejsc, szt.` */
const AFTER_LAST_COMMA = /,\s*([^,()[\]\n]{1,16}?)\s*$/u;

/**
 * A unit written after a comma at the end of the indicator, as statistical tables write it
 * (`Протяженность сетей, км`, `Площа спортзалу, м2`, `Объем финансирования, тыс. руб.`): the
 * words after the last comma are the unit and nothing else. `Кількість учнів, охоплених
 * харчуванням` names none.
 */
function unitAfterLastComma(indicator: string): Unit | null {
  const m = AFTER_LAST_COMMA.exec(indicator);
  if (!m) return null;
  const found = parseUnit(m[1]);
  return found && found.kind !== "level" && found.text.replace(/\s+/g, " ") === m[1].trim().replace(/\s+/g, " ") ? found : null;
}

/**
 * The wording itself measures something: it names a unit, opens with a quantity word
 * (`Размер на ...`, `Средна стойност ...`), or holds a number that counts something.
 * `Повишена информираност на родителите.` does not; `Брой оценени деца` does.
 * Years (`na rok 2018`) and references (`Наредба № 6`, `чл. 8`) are not quantities.
 */
export function hasQuantity(indicator: string): boolean {
  if (measuresSomething(indicator)) return true;
  // The column's heading written into the cell before a colon (`Performance measures and monitoring
  // arrangements: Visits to the Mobile library`): the measure is what follows it.
  const label = LABEL.exec(indicator);
  return label !== null && measuresSomething(indicator.slice(label[0].length));
}

/** A short heading and a colon opening the cell, words only. */
const LABEL = /^[^\d:\n]{3,80}:\s+(?=\S)/u;

function measuresSomething(indicator: string): boolean {
  if (unitFromWording(indicator) !== null) return true;
  if (UNIT_IN_SQUARE_BRACKETS.test(indicator) || INDEX_BASE.test(indicator)) return true;
  const tokens = tokenize(indicator);
  const first = firstWord(tokens);
  if (first < tokens.length && anyPhraseAt(MEASURES, tokens, first) > 0) return true;
  return tokens.some((_, i) => isQuantity(tokens, i));
}

function unit(kind: UnitKind, text: string, currency?: Unit["currency"]): Unit {
  return currency ? { kind, text, currency } : { kind, text };
}

/** The cue the wording opens with; an amount word is money only when a money word follows it. */
function leadAt(tokens: readonly Token[], at: number): { kind: UnitKind; length: number } | null {
  const amount = anyPhraseAt(AMOUNTS, tokens, at);
  if (amount > 0) {
    for (let i = at + amount; i < Math.min(tokens.length, at + amount + 4); i++) {
      const n = anyPhraseAt(MONEY, tokens, i);
      if (n > 0) return { kind: "currency", length: i + n - at };
    }
  }
  return cueAt(LEADS, tokens, at);
}

/** Index of the first word after list marks (`▪`, `-`, `1.`, `а)`). */
function firstWord(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && /^(?:[-–—*]+|\d{1,2}(?:\.\d{1,2})*\.)$/u.test(tokens[i].raw)) i++;
  return i;
}

/** An index against a base of 100 (`Zdawalność matur (Polska =100)`, `(2010 = 100)`, `(РФ=100)`): a measure in points. */
const INDEX_BASE = /\(\s*[\p{L}\d][\p{L}\d .-]{0,30}?\s*=\s*100\s*\)/u;

/**
 * A unit in square brackets after the indicator (`Długość dróg dla rowerów [km]`, `[wzkm]`, `[%]`),
 * as indicator tables write units of any kind, known here or not. Letters only: `[1]` is a footnote.
 */
const UNIT_IN_SQUARE_BRACKETS = /\[\s*[\p{L}%‰°²³][\p{L}%‰°²³/.]{0,11}\s*\]\s*$/u;

const REFERENCE = new Set(["№", "nr", "no", "чл", "ал", "т", "п", "ст", "art", "ust", "pkt", "§", "р"]);

/**
 * The wording states its own target: a number with its unit (`не менее 80% учителей`, `Обучени
 * 120 часа`, `1 500 лв.`), not a rate's base. Ages and other numbers with no unit (`от 5 до 18 лет`)
 * state none.
 */
export function statesTarget(indicator: string): boolean {
  const tokens = tokenize(indicator);
  const rate = rateBase(indicator);
  for (let i = firstWord(tokens); i < tokens.length - 1; i++) {
    if (!isQuantity(tokens, i) || (rate && tokens[i].start >= rate.start && tokens[i].end <= rate.end)) continue;
    const named = unitAt(tokens, i + 1);
    if (named && named.kind !== "level") return true;
  }
  return false;
}

/** A number that counts something: not a year, not a reference to a rule or a paragraph. */
function isQuantity(tokens: readonly Token[], i: number): boolean {
  const raw = tokens[i].raw.replace(/[.,]$/, "");
  if (!/^[-−]?\d+(?:[.,]\d+)?%?$/.test(raw)) return false;
  const n = Number(raw.replace(",", ".").replace("%", "").replace("−", "-"));
  if (/^\d{4}$/.test(raw) && n >= 1900 && n <= 2100) return false;
  const before = i > 0 ? tokens[i - 1].norm : "";
  return !REFERENCE.has(before);
}
