/** Units and targets: unit cells, an indicator's own wording, target cells and their contradictions. */
export type { Currency, Target, TargetKind, TargetProblem, TargetProblemCode, Unit, UnitKind } from "./types";
export { parseUnit, parseUnits } from "./unit";
export { hasQuantity, statesTarget, unitFromWording } from "./wording";
export { parseTarget } from "./target";
export { targetProblems } from "./problems";
export { rateBase, type RateBase } from "./rate";
export { parseLevel, type Level } from "./levels";
export { readNumber } from "./numbers";
