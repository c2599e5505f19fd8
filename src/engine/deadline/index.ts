/**
 * Free-text deadlines -> periods, in Bulgarian, Polish, Russian, Ukrainian and English.
 * Vocabulary lives per language in ./locales (month names from Intl), small parsers in ./parsers,
 * the rules for missing years and narrowings in ./resolve.
 */
export type { Deadline, DeadlineContext, DeadlineKind, Every, PlanPeriod, UnparsedReason } from "./types";
export { isTimeOfDayOnly, parseDeadline } from "./parse";
export { readDeadlineColumn, columnKey, type DeadlineColumn } from "./column";
export { sectionContext, sectionKey } from "./context";
export { compareReading, type ExpectedReading, type ReadingComparison, type ReadingVerdict } from "./compare";
export { planPeriodFromTexts, parsePeriodOption, readPlanPeriod, type NoPeriodReason, type PeriodSource, type PlanPeriodReading } from "./planPeriod";
export { isoToSerial, serialToIso } from "./calendar";
export { withSummerOpening } from "./summerOpening";
export { planPeriodOfTable, type TableForPeriod } from "./tablePeriod";
export { datedMonthHeadings } from "./month-sequence";
export { yearBeforeHeading } from "./year-turn";
