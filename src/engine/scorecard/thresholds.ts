import type { MathError, Polarity, Status } from "./math";

/**
 * Traffic light from thresholds in the indicator's own units, as scorecard tools let an official
 * set them per indicator: `green at ≥ 95 %`, `red under 80 pupils`. For `higher`, green at or
 * above `green`, red below `red`, amber between; for `lower` the other way round (green at or
 * below `green`, red above `red`). Not measured is grey. Thresholds that cross (a red line above
 * the green one for `higher`) are a value error: no reading of them is sure.
 */
export function statusInUnits(actual: number | null, green: number, red: number, polarity: Polarity = "higher"): Status | MathError {
  if (!Number.isFinite(green) || !Number.isFinite(red) || (actual !== null && !Number.isFinite(actual))) return { error: "value" };
  if (polarity === "higher" ? red > green : red < green) return { error: "value" };
  if (actual === null) return "grey";
  if (polarity === "higher") return actual >= green ? "green" : actual < red ? "red" : "amber";
  return actual <= green ? "green" : actual > red ? "red" : "amber";
}
