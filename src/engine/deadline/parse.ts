import { dateFromSerial, parseCellDate, parseParts, undatedKindAt } from "./parsers";
import { anchorOf, resolveParts } from "./resolve";
import { tokenize } from "./text";
import type { Deadline, DeadlineContext } from "./types";

/**
 * A free-text deadline cell -> its period. Reads bg, pl, ru, uk and en in any mix; never throws.
 * Order: a date as Excel stores it; then the periods the words name; then wordings with no date
 * (continuous work takes the plan period, event-driven work has none); else `unparsed`.
 */

/** Cells longer than this are read for an opening wording only; no plan writes a deadline so long. */
const MAX_TOKENS = 200;

function unparsed(text: string): Deadline {
  return { text, kind: "unparsed", start: null, end: null };
}

export function parseDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  try {
    return readDeadline(text, ctx);
  } catch {
    // readDeadline is total by design (the property tests hold it to that); this keeps a sheet's
    // check going should some input still surprise it.
    return unparsed(typeof text === "string" ? text : "");
  }
}

/** parseDeadline without its safety net, for the tests that prove the net is never needed. */
export function readDeadline(text: string, ctx: DeadlineContext = {}): Deadline {
  const given: unknown = text;
  const original = typeof given === "string" ? given : given === null || given === undefined ? "" : String(given);
  if (typeof given === "number") {
    const iso = dateFromSerial(given);
    return iso ? { text: original, kind: "date", start: iso, end: iso } : unparsed(original);
  }
  return parseText(original, ctx ?? {});
}

function parseText(original: string, ctx: DeadlineContext): Deadline {
  const source = original.trim();
  if (source === "") return unparsed(original);
  const cell = parseCellDate(source);
  if (cell === "invalid") return unparsed(original);
  if (cell) return { text: original, kind: "date", start: cell.iso, end: cell.iso };

  const tokens = tokenize(source);
  const anchor = anchorOf(ctx?.period);
  if (tokens.length <= MAX_TOKENS) {
    const parts = parseParts(tokens);
    const dated = parts && resolveParts(parts, tokens, source, original, anchor);
    if (dated) return dated;
  }
  const kind = undatedKindAt(tokens, 0);
  if (kind === "event") return { text: original, kind, start: null, end: null };
  if (kind === "continuous") {
    return { text: original, kind, start: anchor?.period.start ?? null, end: anchor?.period.end ?? null };
  }
  return unparsed(original);
}
