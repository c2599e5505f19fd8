import { parseDeadline, parsePeriodOption, type DeadlineKind, type Every, type UnparsedReason } from "../../../src/engine/deadline";

/**
 * A phrasebook: deadlines as officials write them in one language, each with the reading a careful
 * reader gives it in a plan of the stated period (and under the stated section heading, if any).
 * Written from how the forms are used, not from what the reader happens to do.
 */

/** The school year and the calendar year most entries are read in. */
export const SY = "2025/2026";
export const CY = "2025";

export interface Reading {
  kind: DeadlineKind;
  start?: string | null;
  end?: string | null;
  every?: Every;
  reason?: UnparsedReason;
}

/** [cell text, plan period as a title writes it (or null), the reading, section heading] */
export type Entry = [text: string, period: string | null, reading: Reading, section?: string];

/** Shorthands for the readings, so a page of the phrasebook reads as a list of forms. */
export const on = (day: string): Reading => ({ kind: "date", start: day, end: day });
export const month = (start: string, end: string): Reading => ({ kind: "month", start, end });
export const range = (start: string, end: string): Reading => ({ kind: "range", start, end });
export const by = (end: string): Reading => ({ kind: "by", start: null, end });
export const quarter = (start: string, end: string): Reading => ({ kind: "quarter", start, end });
export const half = (start: string, end: string): Reading => ({ kind: "half-year", start, end });
export const schoolYear = (start: string, end: string): Reading => ({ kind: "school-year", start, end });
export const year = (y: number): Reading => ({ kind: "year", start: `${y}-01-01`, end: `${y}-12-31` });
export const event: Reading = { kind: "event", start: null, end: null };
/** Goes on through the plan period. */
export const throughout = (period: string): Reading => ({ kind: "continuous", ...periodOf(period) });
/** Recurs through the plan period, every so often (or without saying how often). */
export const every = (period: string, often?: Every): Reading => ({ kind: "recurring", ...periodOf(period), ...(often ? { every: often } : {}) });
/** Recurs through the span the cell writes beside how often (`2008 - 2010\nежемесячно`). */
export const everyOver = (start: string, end: string, often?: Every): Reading => ({ kind: "recurring", start, end, ...(often ? { every: often } : {}) });
export const unread = (reason: UnparsedReason): Reading => ({ kind: "unparsed", start: null, end: null, reason });

function periodOf(option: string): { start: string; end: string } {
  const p = parsePeriodOption(option)!;
  return { start: p.start, end: p.end };
}

/** One test an entry: the cell read in its plan gives that reading. */
export function itReadsThePhrasebook(entries: Entry[]): void {
  it.each(entries.map((e) => [JSON.stringify(e[0]), e[1] ?? "no period", e[3] ? ` under ${JSON.stringify(e[3])}` : "", e] as const))(
    "%s (%s%s)",
    (_t, _p, _s, [text, period, reading, section]) => {
      const d = parseDeadline(text, { period: period ? parsePeriodOption(period) : null, section: section ?? null });
      const got: Reading = { kind: d.kind, start: d.start, end: d.end };
      if (d.every && reading.kind === "recurring") got.every = d.every;
      if (d.reason) got.reason = d.reason;
      const want: Reading = { start: null, end: null, ...reading };
      expect(got).toEqual(want);
    },
  );
}
