import { BREAKS } from "../locales/breaks";
import { fold, tokenize, type Token } from "../text";
import { VOCABULARY, wordClass } from "../vocabulary";
import { yearAt } from "./numbers";

/**
 * A cell that names school holidays as its time (`осенние каникулы`, `під час зимових канікул`,
 * `ferie zimowe 2026`, `по време на коледната ваканция`, `Christmas holidays`, `after half-term`):
 * their dates are set each year by a region, an order or the school, and no plan's country and year
 * alone make them certain, so the cell is dated by that calendar, an event. Anything else in the
 * cell (a date, a word that is neither a holiday nor which one) and it is not this.
 */

type Words = readonly (readonly string[])[];

/** Each entry as its folded words: a stem alone, or a phrase matched word for word. */
function entries(pick: (b: (typeof BREAKS)["en"]) => readonly string[]): Words {
  return Object.values(BREAKS).flatMap((b) => pick(b).map((e) => tokenize(e).filter((t) => t.type === "word").map((t) => t.text)));
}

const ALONE = entries((b) => b.alone);
const QUALIFIED = entries((b) => b.qualified);
const WHICH = entries((b) => b.which);
const DURING = entries((b) => b.during);

/** How many words at i the entry takes: a one-word entry is a stem, a longer one a phrase. */
function takes(words: readonly Token[], i: number, list: Words): number {
  let best = 0;
  for (const e of list) {
    if (e.length === 1 ? words[i]?.text.startsWith(e[0]) : e.every((w, k) => words[i + k]?.text === w)) best = Math.max(best, e.length);
  }
  return best;
}

export function namesABreak(tokens: readonly Token[]): boolean {
  // A year or a school year may follow (`ferie zimowe 2026`, `зимние каникулы 2025/2026 уч. года`); no other number.
  if (tokens.some((t, k) => t.type === "num" && yearAt(tokens, k) === undefined)) return false;
  const words = tokens.filter((t) => t.type === "word");
  let i = 0;
  for (;;) {
    const n = Math.max(VOCABULARY.partPrefix.at(words, i)?.words.length ?? 0, takes(words, i, DURING));
    if (n === 0) break;
    i += n;
  }
  let alone = false;
  let qualified = false;
  let which = false;
  while (i < words.length) {
    const w = wordClass(words[i]);
    const n = takes(words, i, ALONE);
    const q = n === 0 ? takes(words, i, QUALIFIED) : 0;
    const k = n === 0 && q === 0 ? takes(words, i, WHICH) : 0;
    if (n > 0) alone = true;
    else if (q > 0) qualified = true;
    else if (k > 0) which = true;
    else if (!(w?.yearWord || w?.school || FILLER.has(words[i].text))) return false;
    i += Math.max(n, q, k, 1);
  }
  return alone || (qualified && which);
}

/** Small words between a holiday and its year (`of`, `на`, `roku`). */
const FILLER = new Set(["of", "на", "за", "the", fold("года"), fold("року")]);
