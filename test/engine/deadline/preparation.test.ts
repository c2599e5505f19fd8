import { parseDeadline, parsePeriodOption, planPeriodOfTable, type TableForPeriod } from "../../../src/engine/deadline";

/** A table of deadlines titled for the school year to come and dated, above it, months before it opens. */
function table(preamble: string[], deadlines: string[]): TableForPeriod {
  return {
    preamble: preamble.map((text) => ({ text })),
    columns: [{ role: "deadline", key: "C" }],
    rows: deadlines.map((C) => ({ cells: { C } })),
  };
}

const TITLE = "Terminy opiniowania i zatwierdzania arkuszy organizacji przedszkoli, szkół i placówek na rok szkolny 2022/2023";

describe("a schedule published in the run-up to the school year it names", () => {
  it("places the deadlines with no year after the date it was published (Szczecin's organisation sheets)", () => {
    const period = planPeriodOfTable(table(["16 marca 2022", TITLE], ["do 21 kwietnia", "do 19 kwietnia", "od 21 kwietnia do 20 maja", "do 29 maja (uwagi)"]));
    expect(period).toEqual({ start: "2022-03-16", end: "2022-08-31", label: "2022/2023" });
    expect(parseDeadline("do 21 kwietnia", { period })).toMatchObject({ kind: "by", end: "2022-04-21" });
    expect(parseDeadline("od 21 kwietnia do 20 maja", { period })).toMatchObject({ kind: "range", start: "2022-04-21", end: "2022-05-20" });
  });

  it("keeps the school year when one deadline falls in it: the table is of the year itself", () => {
    const period = planPeriodOfTable(table(["16 marca 2022", TITLE], ["do 21 kwietnia", "do 19 kwietnia", "do 30 września"]));
    expect(period).toEqual(parsePeriodOption("2022/2023"));
  });

  it("keeps the school year for a plan approved just before the year opens", () => {
    const period = planPeriodOfTable(table(["30 sierpnia 2022", TITLE], ["wrzesień", "październik", "maj"]));
    expect(period).toEqual(parsePeriodOption("2022/2023"));
    expect(parseDeadline("maj", { period })).toMatchObject({ kind: "month", start: "2023-05-01" });
  });

  it("keeps the school year when nothing above the table dates it", () => {
    const period = planPeriodOfTable(table([TITLE], ["do 21 kwietnia", "do 19 kwietnia"]));
    expect(period).toEqual(parsePeriodOption("2022/2023"));
  });
});
