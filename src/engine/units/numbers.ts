/**
 * Numbers as officials write them in bg, pl, ru, uk and en: `1 500`, `1 500,50`, `1500.5`,
 * `1.500.000`, `1,500.50`, `−3`.
 *
 * Spaces (also no-break and narrow no-break) group thousands only before groups of exactly three
 * digits (`10 2019` is 10 then something else). A separator written once is the decimal mark,
 * whichever it is (`1,5` and `1.5` are one and a half; so `1,500` is 1.5: in the four languages
 * of the plans the comma is the decimal mark). A separator written several times groups
 * thousands (`1.500.000`). With both, the last one is the decimal mark (`1.500,50`, `1,500.50`).
 * Anything else (`01.06.2019`) is not a number.
 */

export interface ReadNumber {
  value: number;
  /** Index just past the number in the text. */
  end: number;
}

const GROUP_SPACE = /[ \u00a0\u202f]/;

/** The number that starts at `from` (a sign glued to it included), or null. */
export function readNumber(text: string, from = 0): ReadNumber | null {
  let i = from;
  let sign = 1;
  if ((text[i] === "-" || text[i] === "−" || text[i] === "+") && /\d/.test(text[i + 1] ?? "")) {
    sign = text[i] === "+" ? 1 : -1;
    i++;
  }
  if (!/\d/.test(text[i] ?? "")) return null;

  // The first run: digits and the marks . and , between digits.
  let end = i;
  while (end < text.length && (/\d/.test(text[end]) || (/[.,]/.test(text[end]) && /\d/.test(text[end + 1] ?? "")))) end++;
  let body = text.slice(i, end);
  // Thousands grouped with spaces: `1 500`, `12 500 000,50`; only after a first group of 1-3 digits.
  if (/^\d{1,3}$/.test(body)) {
    for (;;) {
      const m = /^[ \u00a0\u202f](\d{3})((?:[.,]\d+)?)(?!\d)/.exec(text.slice(end));
      if (!m || !GROUP_SPACE.test(text[end])) break;
      body += m[1] + m[2];
      end += m[0].length;
      if (m[2]) break;
    }
  }
  const value = interpret(body);
  return value === null ? null : { value: sign * value, end };
}

function interpret(body: string): number | null {
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots + commas === 0) return Number(body);
  let decimal: string | null = null;
  let group: string | null = null;
  if (dots > 0 && commas > 0) {
    decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    group = decimal === "." ? "," : ".";
    if (count(body, decimal) > 1) return null;
  } else if (dots + commas === 1) {
    decimal = dots ? "." : ",";
  } else {
    group = dots ? "." : ",";
  }
  let whole = body;
  let fraction = "";
  if (decimal) {
    const at = body.lastIndexOf(decimal);
    whole = body.slice(0, at);
    fraction = body.slice(at + 1);
  }
  if (group) {
    const parts = whole.split(group);
    if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return null;
    whole = parts.join("");
  }
  return Number(fraction ? `${whole}.${fraction}` : whole);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}
