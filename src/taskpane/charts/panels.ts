/**
 * The charts chunk: the pictures and the chart library they draw with, loaded the first time a
 * check shows them (./LazyChart).
 */
export { FindingsAtAGlance } from "./FindingsAtAGlance";
export { Timeline } from "./Timeline";
export { ScorecardView } from "./ScorecardView";
