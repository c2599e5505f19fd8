export { parseCellDate, dateFromSerial } from "./cellValue";
export { parseParts, undatedKindAt } from "./span";
export type { Point, RawPart, RawPoint } from "./point";
