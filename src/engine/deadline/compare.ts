import type { Deadline, DeadlineKind, Every, UnparsedReason } from "./types";

/**
 * A reading against the one a careful person gives the same cell: the measure of the deadline
 * reader on tables of real cells, and of a corpus run from one version to the next.
 * - `right`: the same kind, start, end (and `every` where the expected reading gives one); or both
 *   unparsed, whatever their reasons.
 * - `missed`: a reading was expected, the cell was left unparsed. Safe, but a gap in coverage.
 * - `wrong`: any other difference, and any reading where `unparsed` was expected. A wrong period
 *   makes confident findings that are false, so these must be none.
 */

export interface ExpectedReading {
  kind: DeadlineKind;
  start?: string | null;
  end?: string | null;
  every?: Every;
  reason?: UnparsedReason;
}

export type ReadingVerdict = "right" | "missed" | "wrong";

export interface ReadingComparison {
  verdict: ReadingVerdict;
  /** What differs, as `field: expected → actual`; empty when right. */
  differences: string[];
  /** Both unparsed, for different reasons: right, but worth a look. */
  reasonDiffers: boolean;
}

type Actual = Pick<Deadline, "kind" | "start" | "end"> & { every?: Every; reason?: UnparsedReason };

function show(v: unknown): string {
  return v === null || v === undefined ? "-" : String(v);
}

export function compareReading(expected: ExpectedReading, actual: Actual): ReadingComparison {
  if (expected.kind === "unparsed") {
    if (actual.kind === "unparsed") {
      const reasonDiffers = expected.reason !== undefined && actual.reason !== undefined && expected.reason !== actual.reason;
      return { verdict: "right", differences: [], reasonDiffers };
    }
    return { verdict: "wrong", differences: [`kind: unparsed → ${actual.kind}`], reasonDiffers: false };
  }
  if (actual.kind === "unparsed") {
    return { verdict: "missed", differences: [`kind: ${expected.kind} → unparsed (${show(actual.reason)})`], reasonDiffers: false };
  }
  const differences: string[] = [];
  const field = (name: string, e: unknown, a: unknown) => {
    if (show(e) !== show(a)) differences.push(`${name}: ${show(e)} → ${show(a)}`);
  };
  field("kind", expected.kind, actual.kind);
  field("start", expected.start, actual.start);
  field("end", expected.end, actual.end);
  if (expected.every !== undefined) field("every", expected.every, actual.every);
  return { verdict: differences.length === 0 ? "right" : "wrong", differences, reasonDiffers: false };
}
