export { parseCellDate, dateFromSerial } from "./cellValue";
export { countDatePoints, parseDecade, parseParts, startsWithoutYear, undatedKindAt, type CellParts } from "./span";
export type { Point, RawPart, RawPoint } from "./point";
export { parseRomanMonthsAlone } from "./month";
