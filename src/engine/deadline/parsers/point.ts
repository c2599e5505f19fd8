import type { Narrowing } from "../locales";

/**
 * A point is one period as the text names it, before a missing year is filled in:
 * `м. септември` is a month with no year; `Wrzesień 2018` one with a year.
 */
export type Point =
  | { unit: "day"; y: number | null; m: number; d: number }
  | { unit: "month"; y: number | null; m: number }
  /** `schoolYear`: the first year of a school year the quarter or half lies in (`II półrocze 2018/2019`). */
  /** `school`: a quarter of the school year (`I четверть`), which needs a school year to be dated. */
  | { unit: "quarter"; y: number | null; n: number; schoolYear?: number; school?: true }
  /**
   * `januarySplit`: a school half of a language whose halves split at 1 January (`II семестр`).
   * `semester`: named as a semester, which is only ever a half of a school year, never of a calendar year.
   */
  /** `named`: a semester by its season (`Fall semester`, `Spring semester 2026`), whose year says its school year. */
  | { unit: "half"; y: number | null; n: number; schoolYear?: number; januarySplit?: true; semester?: true; named?: true }
  /**
   * A term of an English school year: 1 autumn, 2 spring, 3 summer. `named`: by its season
   * (`Autumn term`, `Michaelmas`); by number (`Term 2`) it may be of three terms, six or four, and is
   * not dated. `y`: the calendar year written with it.
   */
  | { unit: "term"; n: number; named: boolean; y: number | null; schoolYear?: number }
  /** A season: 1 spring (March-May), 2 summer (June-August), 3 autumn (September-November). */
  | { unit: "season"; n: number; y: number | null }
  /**
   * y null: "the year" with no number (`до конца года`), the plan's year. `academic`: written in
   * English, where a school's "end of year" is the end of its school year.
   */
  | { unit: "year"; y: number | null; academic?: true }
  /** Two years: a school year (`2019/2020`, `учебната 2019-2020 година`) or a run of years (`2020-2021 годы`). */
  /**
   * `singular`: written with a year word in the singular (`2017-2018 р.`, `2020-2021 год`), as a school
   * year is; calendar years take the plural (`2020-2021 роки`, `годы`).
   */
  | { unit: "years"; from: number; to: number; school: boolean; singular?: true }
  /** A school year named without its years (`учебного года`), taken from the plan period. */
  | { unit: "school" }
  /** A bare number that takes its unit from the other end of a range: the `1` of `1-15 септември`. */
  | { unit: "number"; n: number };

/** A point with what comes before it and where it sits among the tokens. */
export interface RawPoint {
  point: Point;
  narrowing: Narrowing | null;
  /** The week of a month (`Вересень І тиждень`): days 1-7, 8-14, ... */
  week?: number;
  /** Narrowed to a decade of the month (`1 декада сентября`): a range of days. */
  decade?: true;
  /** The first or second half of a month (`друга половина вересня`): days 1-15, or 16 to the end. */
  monthHalf?: 1 | 2;
  /** Token positions [from, to). */
  from: number;
  to: number;
}

/** One period of a cell: a point or a range, perhaps a deadline (`до ...`). */
export interface RawPart {
  by: boolean;
  /** Opened by a start word (`з`, `from`, `od`). */
  opens?: true;
  /** One of days listed before the month they share (`3, 10 i 17 października`): where the list starts. */
  listed?: number;
  left: RawPoint;
  right: RawPoint | null;
  from: number;
  to: number;
}
