import type { Narrowing } from "../locales";

/**
 * A point is one period as the text names it, before a missing year is filled in:
 * `м. септември` is a month with no year; `Wrzesień 2018` one with a year.
 */
export type Point =
  | { unit: "day"; y: number | null; m: number; d: number }
  | { unit: "month"; y: number | null; m: number }
  /** `schoolYear`: the first year of a school year the quarter or half lies in (`II półrocze 2018/2019`). */
  | { unit: "quarter"; y: number | null; n: number; schoolYear?: number }
  | { unit: "half"; y: number | null; n: number; schoolYear?: number }
  /** y null: "the year" with no number (`до конца года`), the plan's year. */
  | { unit: "year"; y: number | null }
  /** Two years: a school year (`2019/2020`, `учебната 2019-2020 година`) or a run of years (`2020-2021 годы`). */
  | { unit: "years"; from: number; to: number; school: boolean }
  /** A school year named without its years (`учебного года`), taken from the plan period. */
  | { unit: "school" }
  /** A bare number that takes its unit from the other end of a range: the `1` of `1-15 септември`. */
  | { unit: "number"; n: number };

/** A point with what comes before it and where it sits among the tokens. */
export interface RawPoint {
  point: Point;
  narrowing: Narrowing | null;
  /** Token positions [from, to). */
  from: number;
  to: number;
}

/** One period of a cell: a point or a range, perhaps a deadline (`до ...`). */
export interface RawPart {
  by: boolean;
  left: RawPoint;
  right: RawPoint | null;
  from: number;
  to: number;
}
