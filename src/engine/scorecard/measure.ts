import { parseLevel } from "../units/levels";
import type { MathError, Polarity } from "./math";
import { parseYesNo } from "./yes-no";

/**
 * Reading a measured value (actual, target, baseline, weight) from the text of a cell:
 * a number as officials type it (`85`, `85%`, `0,85`, `1 234,5`), or an ordinal level
 * (`Висока`, `wysoka`, `высокий`, `висока`, `high`) on the scale low = 1, medium = 2, high = 3,
 * or a yes/no answer (`да`, `nie`, `done`) as 1 or 0.
 */

// Digits with optional thousands groups (space, no-break space, apostrophe) and one decimal mark.
const NUMBER = /^([+\-−]?)(\d{1,3}(?:[ \u00a0\u202f']\d{3})+|\d+)?(?:[.,](\d+))?\s*(%?)$/u;

/** Number written in a cell, or null when the text is not one. Percentages are fractions (`85%` -> 0.85). */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  const both = /^([+\-−]?)(\d{1,3}(?:,\d{3})+)\.(\d+)\s*(%?)$/u.exec(t); // 1,234.5 written the English way
  const m = both ?? NUMBER.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const whole = (m[2] ?? "0").replace(/[^\d]/gu, "");
  const value = Number(`${whole}.${m[3] ?? "0"}`) * (m[1] === "" || m[1] === "+" ? 1 : -1);
  return m[4] === "%" ? value / 100 : value;
}

/**
 * A cell's text as a measured value: the number or level it names, null when blank,
 * a value error when it is neither (so a typo never silently counts as "not measured").
 */
export function parseMeasure(text: string): number | null | MathError {
  if (text.trim() === "") return null;
  const n = parseNumber(text);
  if (n !== null) return n;
  const level = parseLevel(text);
  if (level !== null) return level;
  const answer = parseYesNo(text);
  if (answer !== null) return answer;
  return { error: "value" };
}

/** Polarity code as written (`higher`, `lower`; case and spaces ignored), or null when it is neither. */
export function parsePolarity(text: string): Polarity | null {
  const t = text.trim().toLowerCase();
  return t === "higher" || t === "lower" ? t : null;
}

/** A weight as written: a number or percentage, null when blank, a value error otherwise. */
export function parseWeight(text: string): number | null | MathError {
  if (text.trim() === "") return null;
  return parseNumber(text) ?? { error: "value" };
}
