/** The fixed vocabulary of column roles a plan table can have. Contract: names never change. */
export const ROLES = [
  "number",
  "perspective",
  "objective",
  "activity",
  "method",
  "deadline",
  "responsible",
  "partners",
  "financing",
  "budget",
  "indicator",
  "unit",
  "baseline",
  "target",
  "actual",
  "weight",
  "monitoring",
  "result",
  "initiative",
  "notes",
  /** The green line of an indicator in its own units (`Зелено при`, `Green`): green at or beyond it. */
  "green",
  /** The red line of an indicator in its own units (`Червено под`, `Праг`, `Threshold`, `Minimum`): red beyond it. */
  "red",
  "unknown",
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}
