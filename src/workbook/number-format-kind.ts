/**
 * What a number format shows a number as: a plain number, a date (with or without a time of
 * day), a time of day, or a duration. The one place that decides it, for every host: the .xlsx
 * reader (format codes from styles.xml, built-in ids) and the Excel adapter (Range.numberFormat).
 */

export type NumberFormatKind = "number" | "date" | "time" | "duration";

export interface NumberFormatInfo {
  kind: NumberFormatKind;
  /** The format shows seconds (`hh:mm:ss`): a time is kept to the second, else to the minute. */
  seconds: boolean;
}

export const PLAIN_NUMBER: NumberFormatInfo = { kind: "number", seconds: false };

/**
 * Excel's built-in formats by id (ECMA-376 Part 1 §18.8.30), for a style that names an id without
 * declaring its code: 14-17 dates, 18-21 and 45, 47 times, 22 date and time, 46 `[h]:mm:ss`;
 * 27-36 and 50-58 are the East Asian date formats.
 */
export function builtInFormat(id: number): NumberFormatInfo {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return { kind: "date", seconds: false };
  if (id === 22) return { kind: "date", seconds: false };
  if (id === 18 || id === 20) return { kind: "time", seconds: false };
  if (id === 19 || id === 21 || id === 45 || id === 47) return { kind: "time", seconds: true };
  if (id === 46) return { kind: "duration", seconds: true };
  return PLAIN_NUMBER;
}

const cache = new Map<string, NumberFormatInfo>();

/**
 * The kind of a format code (§18.8.31). Only the first section counts (positive numbers, which
 * dates are). Text that is shown as written does not count: `"quoted"`, `\x` escapes, `_x`
 * padding, `*x` fill, `[Red]`/`[$-409]` brackets, `E+` exponents, `General`. Codes are read in
 * any case (LibreOffice writes `YYYY-MM-DD`). Elapsed brackets `[h]`, `[mm]`, `[ss]` make a
 * duration; a day or year code (or a month without hours or seconds beside it) a date; hours,
 * minutes or seconds alone a time.
 */
export function formatKind(code: string): NumberFormatInfo {
  const known = cache.get(code);
  if (known) return known;
  const info = classify(code);
  if (cache.size < 1000) cache.set(code, info);
  return info;
}

function classify(code: string): NumberFormatInfo {
  let plain = "";
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === ";") break;
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++; // the next character is shown (or padded, or repeated), not a code
    } else if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      const inside = close < 0 ? "" : code.slice(i + 1, close);
      if (/^(h+|m+|s+)$/i.test(inside)) elapsed = true;
      i = close < 0 ? code.length : close;
    } else plain += ch;
  }
  const bare = plain
    .replace(/general/gi, "")
    .replace(/[eE][+-]/g, "")
    .replace(/am\/pm|a\/p/gi, "h")
    .toLowerCase();
  const seconds = /s/.test(bare) || /\[s+\]/i.test(code);
  if (elapsed) return { kind: "duration", seconds };
  if (/[yd]/.test(bare)) return { kind: "date", seconds };
  const hasTime = /[hs]/.test(bare);
  if (/m/.test(bare) && !hasTime) return { kind: "date", seconds: false };
  if (hasTime) return { kind: "time", seconds };
  return PLAIN_NUMBER;
}
