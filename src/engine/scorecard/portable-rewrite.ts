import { DEFAULT_AMBER, DEFAULT_GREEN, type Cap, type Polarity } from "./math";
import { portableScore, portableStatus, portableUnitStatus, portableUnitStatusAt } from "./portable";

/**
 * "Make this workbook portable": the standard formula that computes what a cell's =PLAN.SCORE,
 * =PLAN.STATUS or =PLAN.UNITSTATUS computes, or null where PlanCheck cannot be sure it would.
 *
 * Only a formula that is one such call is rewritten, and only when every argument is a reference
 * to a cell on the same sheet or a constant (a number, or one of the fixed words), and every
 * referenced cell holds what the portable formula reads exactly as the function does: a number, or
 * nothing. A value written as text (`92,4%`, `Висока`) is read by PLAN.SCORE but is #VALUE! for a
 * standard formula, so such a call stays as it is. Roll-ups (their standard form needs the helper
 * columns of PlanCheck's own sheet), dates and gaps have no portable form here and stay too.
 */

/** What a referenced cell holds now, as the adapter read it. */
export type ReferencedCell =
  | { kind: "number" }
  | { kind: "blank" }
  /** A formula: its result is a number or an error unless its current value says otherwise. */
  | { kind: "formula"; text: boolean }
  | { kind: "error" }
  | { kind: "text" };

/** A cell's contents for the rewrite: `A1` -> what it holds. */
export type CellLookup = (ref: string) => ReferencedCell;

/** A PLAN function call as Excel writes it with the add-in (`PLAN.SCORE(`) or in a file without it (`_xldudf_PLAN_SCORE(`). */
const PLAN_CALL = /(?:^|[^A-Za-z0-9_.])(?:_xldudf_)?PLAN[._]([A-Z]+)\s*\(/giu;

/** True when a formula calls any PLAN function. */
export function hasPlanCall(formula: string): boolean {
  PLAN_CALL.lastIndex = 0;
  return PLAN_CALL.test(formula);
}

const REFERENCE = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/u;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?$/iu;
const WORD = /^"([^"]*)"$/u;

type Argument = { ref: string } | { number: number } | { word: string } | { omitted: true };

/** `=PLAN.SCORE(F5,E5,D5)` -> `SCORE` and its arguments; null for anything but one whole call of simple arguments. */
function parseCall(formula: string): { name: string; args: Argument[] } | null {
  const m = /^=\s*(?:_xldudf_)?PLAN[._]([A-Z]+)\s*\((.*)\)\s*$/isu.exec(formula);
  if (!m) return null;
  const body = m[2];
  // One call only: no nested calls or parentheses. A word with a separator in it splits into
  // pieces that are no argument, so the call is kept.
  if (/[()]/u.test(body)) return null;
  const args: Argument[] = [];
  for (const raw of body.trim() === "" ? [] : body.split(/[,;]/u)) {
    const a = raw.trim();
    const ref = REFERENCE.exec(a.toUpperCase());
    const word = WORD.exec(a);
    if (a === "") args.push({ omitted: true });
    else if (ref) args.push({ ref: `${ref[1]}${ref[2]}` });
    else if (NUMBER.test(a)) args.push({ number: Number(a) });
    else if (word) args.push({ word: word[1].trim().toLowerCase() });
    else return null;
  }
  return { name: m[1].toUpperCase(), args };
}

const omitted = (a: Argument | undefined) => a === undefined || "omitted" in a;

/** An argument read as a value cell of the score: a reference to a number or a blank, or a number. */
function valueOperand(a: Argument | undefined, cell: CellLookup, blank: string | null): string | null {
  if (omitted(a)) return blank;
  if ("number" in a!) return String(a.number);
  if (!("ref" in a!)) return null;
  const c = cell(a.ref);
  const fits = c.kind === "number" || c.kind === "blank" || c.kind === "error" || (c.kind === "formula" && !c.text);
  return fits ? a.ref : null;
}

/** A constant argument: a number, or the default when omitted. */
function constant(a: Argument | undefined, fallback: number | null): number | null {
  if (omitted(a)) return fallback;
  return "number" in a! ? a.number : null;
}

function polarityOf(a: Argument | undefined): Polarity | null {
  if (omitted(a)) return "higher";
  if (!("word" in a!)) return null;
  return a.word === "higher" || a.word === "lower" ? a.word : null;
}

function capOf(a: Argument | undefined): { cap: Cap } | null {
  if (omitted(a)) return { cap: 1 };
  if ("word" in a! && a.word === "none") return { cap: null };
  if ("number" in a! && Number.isFinite(a.number) && a.number >= 1) return { cap: a.number };
  return null;
}

/**
 * The portable formula (with its leading "=") for a cell's formula, or null when it is not one
 * PLAN call PlanCheck can rewrite with certainty. `cell` tells what each referenced cell of the
 * same sheet holds now.
 */
export function portableFormulaFor(formula: string, cell: CellLookup): string | null {
  const call = parseCall(formula);
  if (!call) return null;
  const [a0, a1, a2, a3, a4] = call.args;
  switch (call.name) {
    case "SCORE": {
      if (call.args.length < 2 || call.args.length > 5) return null;
      const actual = valueOperand(a0, cell, null);
      const target = valueOperand(a1, cell, null);
      const baseline = valueOperand(a2, cell, '""');
      const polarity = polarityOf(a3);
      const cap = capOf(a4);
      if (actual === null || target === null || baseline === null || polarity === null || cap === null) return null;
      return `=${portableScore({ actual, target, baseline }, polarity, cap.cap)}`;
    }
    case "STATUS": {
      if (call.args.length < 1 || call.args.length > 3 || omitted(a0) || !("ref" in a0!)) return null;
      // A score cell: a number or an error, as a score formula leaves it; a blank would read differently.
      const c = cell(a0.ref);
      if (!(c.kind === "number" || c.kind === "error" || (c.kind === "formula" && !c.text))) return null;
      const green = constant(a1, DEFAULT_GREEN);
      const amber = constant(a2, DEFAULT_AMBER);
      if (green === null || amber === null || amber > green) return null;
      return `=${portableStatus(a0.ref, green, amber)}`;
    }
    case "UNITSTATUS": {
      if (call.args.length < 3 || call.args.length > 4) return null;
      const actual = valueOperand(a0, cell, null);
      const polarity = polarityOf(a3);
      if (actual === null || polarity === null) return null;
      const green = constant(a1, null);
      const red = constant(a2, null);
      if (green !== null && red !== null) {
        if (polarity === "higher" ? red > green : red < green) return null;
        return `=${portableUnitStatus(actual, green, red, polarity)}`;
      }
      // Lines in cells, as PlanCheck's Scorecard sheet holds an indicator's own: checked in the formula as the function checks them.
      const greenCell = valueOperand(a1, cell, null);
      const redCell = valueOperand(a2, cell, null);
      if (greenCell === null || redCell === null) return null;
      return `=${portableUnitStatusAt(actual, greenCell, redCell, polarity)}`;
    }
    default:
      return null;
  }
}
