export * from "./math";
export { parseMeasure, parseNumber, parsePolarity, parseWeight } from "./measure";
export { fillDown, groupKey } from "./groups";
export { bulletItems } from "./bullets";
export * from "./tree";
export type { IndicatorSeries, SeriesPeriod, Trend } from "./series";
