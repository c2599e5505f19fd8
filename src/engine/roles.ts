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
  "unknown",
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}
