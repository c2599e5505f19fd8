export { parseCellDate, dateFromSerial } from "./cellValue";
export { countDatePoints, parseParts, undatedKindAt, type CellParts } from "./span";
export type { Point, RawPart, RawPoint } from "./point";
