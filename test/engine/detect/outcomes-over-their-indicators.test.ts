import type { ColumnContent } from "../../../src/engine/detect/column-content";
import { typeColumns, type ColumnEvidence } from "../../../src/engine/detect/content-roles";
import type { Role } from "../../../src/engine/roles";

/** A column's cells as counted: `filled` cells of text, `mergedDown` of them merged over the rows below. */
function cells(filled: number, mergedDown = 0): ColumnContent {
  return { col: 0, filled, numbering: 0, deadline: 0, people: 0, amount: 0, years: 0, nil: 0, percents: 0, times: 0, durations: 0, ratings: 0, codes: 0, letters: 40, mergedDown, audience: 0, terms: 0, places: 0, labelled: {} };
}

function column(header: Role, headerText: string, content: ColumnContent): ColumnEvidence {
  return { header, headerText, content };
}

const typed = (columns: ColumnEvidence[]) => typeColumns(columns).map((t) => t.role);

describe("an outcome written once over its indicators is what they aim at", () => {
  it("reads `Outcome` merged down over its KPIs (Hertfordshire's performance review) as the objective", () => {
    expect(
      typed([
        column("result", "Outcome", cells(2, 1)),
        column("indicator", "KPI", cells(6)),
        column("baseline", "Baseline", cells(6)),
        column("target", "Target 06/07", cells(6)),
      ]),
    ).toEqual(["objective", "indicator", "baseline", "target"]);
  });

  it("leaves an outcome written on every row the result it names", () => {
    expect(typed([column("result", "Outcome", cells(6)), column("indicator", "KPI", cells(6)), column("target", "Target", cells(6))])).toEqual(["result", "indicator", "target"]);
  });

  it("leaves a task merged down over the points checked under it the task (a control cyclogram)", () => {
    expect(
      typed([column("activity", "Зміст", cells(3, 3)), column("indicator", "Показники контролю", cells(11)), column("deadline", "Періодичність контролю", cells(11))]),
    ).toEqual(["activity", "indicator", "deadline"]);
  });

  it("keeps an objective column the plan heads itself", () => {
    expect(
      typed([column("objective", "Objective", cells(2, 2)), column("result", "Outcome", cells(2, 1)), column("indicator", "KPI", cells(6))]),
    ).toEqual(["objective", "result", "indicator"]);
  });
});
