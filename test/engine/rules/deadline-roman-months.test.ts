import { planPeriodFromTexts } from "../../../src/engine/deadline";
import { deadlineRule } from "../../../src/engine/rules/deadline";
import { context } from "./helpers";
import { makeTable } from "./make-table";

const SCHOOL_YEAR = planPeriodFromTexts(["Kalendarz uroczystości na rok szkolny 2017/2018"]);

function months(...cells: string[]) {
  return makeTable({ columns: ["number", "activity", { role: "deadline", header: "Miesiąc" }], rows: cells.map((d, i) => [`${i + 1}.`, `Uroczystość ${i + 1}`, d]) });
}

function unread(...cells: string[]): string[] {
  return deadlineRule.run(months(...cells), context({ period: SCHOOL_YEAR })).map((f) => `${f.cell} ${f.code}`);
}

describe("a bare Roman numeral in a column of Roman months", () => {
  it("I or IV among IX, XII and V is the month, not an unreadable deadline", () => {
    expect(unread("IX", "XII", "I", "IV", "V", "VI")).toEqual([]);
  });

  it("alone, with no Roman months beside it, I keeps its finding", () => {
    expect(unread("wrzesień 2017", "I", "październik 2017", "listopad 2017")).toEqual(["C3 deadline.unparsed"]);
  });

  it("a numeral with words (a quarter) keeps its finding among Roman months", () => {
    expect(unread("IX", "XII", "I кв.", "V", "VI")).toEqual(["C4 deadline.unparsed"]);
  });
});
