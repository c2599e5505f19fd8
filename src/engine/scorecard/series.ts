import { isMathError, type Polarity } from "./math";
import { parseMeasure } from "./measure";

/**
 * An indicator's actuals by period (see ./period-columns): the value of each period as written,
 * which of them is the actual the score uses (the last one filled), and the trend from the one
 * filled before it.
 */

export interface SeriesPeriod {
  label: string;
  /** A1 address of the period's cell for this indicator. */
  cell: string | null;
  /** The value as written; null when blank. */
  value: string | null;
}

/** Which way the actual moved from the period before, and whether that is better for the indicator. */
export interface Trend {
  /** The earlier and the later period compared. */
  from: string;
  to: string;
  /** Later value − earlier value, in the indicator's units as read (a percentage as a fraction). */
  change: number;
  direction: "up" | "down" | "flat";
  /** up is improving when more is better, down when less is better; no change is steady. */
  meaning: "improving" | "worsening" | "steady";
}

export interface IndicatorSeries {
  periods: SeriesPeriod[];
  /** The label of the period whose value is the indicator's actual (the last filled); null when none is filled. */
  actualFrom: string | null;
  /** Null with fewer than two filled periods, or when either value is not a number, level or yes/no. */
  trend: Trend | null;
}

/** The series of one indicator from its periods' values, and its trend by the indicator's polarity. */
export function indicatorSeries(periods: SeriesPeriod[], polarity: Polarity): IndicatorSeries {
  const filled = periods.filter((p) => p.value !== null && p.value.trim() !== "");
  const last = filled[filled.length - 1] ?? null;
  const before = filled[filled.length - 2] ?? null;
  return { periods, actualFrom: last?.label ?? null, trend: last && before ? trendOf(before, last, polarity) : null };
}

function trendOf(from: SeriesPeriod, to: SeriesPeriod, polarity: Polarity): Trend | null {
  const [a, b] = [parseMeasure(from.value ?? ""), parseMeasure(to.value ?? "")];
  if (a === null || b === null || isMathError(a) || isMathError(b)) return null;
  const direction = b > a ? "up" : b < a ? "down" : "flat";
  const better = polarity === "higher" ? "up" : "down";
  return { from: from.label, to: to.label, change: b - a, direction, meaning: direction === "flat" ? "steady" : direction === better ? "improving" : "worsening" };
}
