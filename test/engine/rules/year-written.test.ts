import { planPeriodFromTexts } from "../../../src/engine/deadline";
import { deadlineRule } from "../../../src/engine/rules/deadline";
import { outsideAsWritten } from "../../../src/engine/rules/year-written";
import { context } from "./helpers";
import { makeTable } from "./make-table";

const SCHOOL_YEAR = planPeriodFromTexts(["Plan pracy szkoły na rok szkolny 2020/2021"])!;
const SEPTEMBER = { start: "2016-09-01", end: "2016-09-30", label: "сентябрь 2016" };

describe("a deadline outside the plan period", () => {
  it("a cell that writes its year outside the period is reported, whatever the form of the year", () => {
    for (const text of ["25.05.2020r.", "Sierpień 2020", "до 15.08.17", "Jul 3 '95"]) expect(outsideAsWritten(text, null, SCHOOL_YEAR)).toBe(true);
  });

  it("a day or month with no year written in a year-long plan is not blamed on the plan", () => {
    for (const text of ["8th January", "Mon 6th January", "04.06."]) expect(outsideAsWritten(text, null, SCHOOL_YEAR)).toBe(false);
  });

  it("a day under a heading that writes its year is the plan's word", () => {
    expect(outsideAsWritten("15 grudnia", "Grudzień 2019", SCHOOL_YEAR)).toBe(true);
  });

  it("in a plan of one month, a month with no year outside it is still reported", () => {
    expect(outsideAsWritten("октябрь", null, SEPTEMBER)).toBe(true);
  });

  it("the deadline rule reports the written year and not the year PlanCheck supplied", () => {
    const table = makeTable({
      columns: ["number", "activity", { role: "deadline", header: "Termin" }],
      rows: [
        ["1.", "Rada pedagogiczna", "25.05.2020r."],
        ["2.", "Zebranie z rodzicami", "15 września 2020"],
      ],
    });
    const found = deadlineRule.run(table, context({ period: SCHOOL_YEAR })).map((f) => `${f.cell} ${f.code}`);
    expect(found).toEqual(["C2 deadline.outside-period"]);
  });
});
