/**
 * Rates: an indicator counted per so many of something (`Zgony niemowląt na 1000 urodzeń żywych`,
 * `Liczba lekarzy na 10 tys. ludności`, `смертность на 100 тыс. населения`, `на 100 тис. осіб`,
 * `per 100,000 population`, `‰`). A rate's value is a proper value with a fraction (3,2 deaths per
 * 1000 births), not a count of whole things; its base number is not what the indicator counts.
 */

/** The base as written, with the number's place in the text so a reader can step over it. */
export interface RateBase {
  /** `na 1000`, `на 100 тыс.`, `per 100,000`, `‰`. */
  text: string;
  start: number;
  end: number;
}

/**
 * `na`/`на`/`per` then one or a power of ten, maybe grouped (`100 000`, `100,000`) and maybe
 * multiplied (`10 tys.`, `100 тис.`, `1 млн`); or a promille sign. Rates are counted per one or per
 * a power of ten: `на 2 заседания` is where something happens, `на 2025 рік` a period.
 */
const RATE =
  /(?<![\p{L}\p{N}])(?:na|на|per)\s+(\d{1,3}(?:[ \u00a0,]\d{3})*|\d+)(?:\s*(?:tys|тыс|тис|хил|mln|млн|thousand|million)(?!\p{L})\.?)?(?![\p{N}])|‰/giu;

/** The first rate base the text names, or null. */
export function rateBase(text: string): RateBase | null {
  for (const m of text.matchAll(RATE)) {
    if (m[1] !== undefined) {
      if (!/^10*$/.test(m[1].replace(/[ \u00a0,]/g, ""))) continue;
    }
    const written = m[0].replace(/\s+/g, " ").trim();
    return { text: written, start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}
