import type { Unit } from "./types";
import { collapse, tokenize } from "./text";
import { unitAt } from "./lexicon";
import { rateBase } from "./rate";

/**
 * Unit cells. A scorecard's unit cell may name one unit per indicator, one a line or just
 * space-separated (`Брой % % Висока`), so the cell is read as a run of units: each unit word
 * starts a new unit and the words after it, up to the next unit word, are what it counts
 * (`брой деца`).
 */

/** Every unit the cell names, in order. Words before the first unit word are not a unit. */
export function parseUnits(text: string): Unit[] {
  const tokens = tokenize(text);
  const units: Unit[] = [];
  let current: { unit: Omit<Unit, "text">; start: number; unitEnd: number; end: number } | null = null;
  const flush = () => {
    if (current) units.push({ ...current.unit, text: collapse(text.slice(current.start, current.end)) });
  };
  for (let i = 0; i < tokens.length; ) {
    const hit = unitAt(tokens, i);
    // A level word inside what a unit counts (`Брой деца с високи резултати`) is not a unit of its own.
    const describes =
      hit?.kind === "level" && current !== null && current.end > current.unitEnd && sameLine(text, current.end, tokens[i].start);
    if (hit && !describes) {
      flush();
      const unit: Omit<Unit, "text"> = hit.currency ? { kind: hit.kind, currency: hit.currency } : { kind: hit.kind };
      const end = tokens[i + hit.length - 1].end;
      current = { unit, start: tokens[i].start, unitEnd: end, end };
      i += hit.length;
      continue;
    }
    if (current) current.end = tokens[i].end;
    i++;
  }
  flush();
  return units;
}

/**
 * The unit a cell names. A cell naming the same unit several times (`Брой\nброй`) names it;
 * a cell mixing units (`Брой % % Висока`) names no single one: read it with `parseUnits`.
 * A count per so many is a rate (`Unit.per`).
 */
export function parseUnit(text: string): Unit | null {
  const units = parseUnits(text);
  // A rate (`‰`, `на 1000 населения`, `osób na 100 tys. mieszkańców`) counts per so many.
  const rate = rateBase(text);
  if (units.length === 0) return rate ? { kind: "count", text: collapse(text), per: rate.text } : null;
  const [first] = units;
  const same = units.every((u) => u.kind === first.kind && u.currency === first.currency);
  if (!same) return null;
  return rate && first.kind === "count" ? { ...first, per: rate.text } : first;
}

/** No line break or list separator between two places of the cell. */
function sameLine(text: string, from: number, to: number): boolean {
  return !/[\n,;/▪•○◦●·]/.test(text.slice(from, to));
}
