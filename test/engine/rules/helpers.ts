import type { Finding } from "../../../src/engine/finding";
import type { PlanTable } from "../../../src/engine/plan";
import type { CheckContext, Rule } from "../../../src/engine/rules";
import { commonRegistry } from "../../../src/engine/executors";

/** A context with no plan period and the common bodies of every country; a test overrides what it needs. */
export function context(over: Partial<CheckContext> = {}): CheckContext {
  return { period: null, registry: commonRegistry(), today: null, ...over };
}

/** Findings of one rule as `cell code` lines, the shape a reviewer's list has. */
export function located(rule: Rule, table: PlanTable, ctx: CheckContext = context()): string[] {
  return rule.run(table, ctx).map((f) => `${f.cell} ${f.code}`);
}

/** Only the findings with one of the codes. */
export function withCodes(findings: Finding[], ...codes: string[]): Finding[] {
  return findings.filter((f) => codes.includes(f.code));
}
