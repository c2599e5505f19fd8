import { parseDeadline, planPeriodFromTexts } from "../../../src/engine/deadline";
import { deadlineRule } from "../../../src/engine/rules/deadline";
import { holdsAPlacedDay } from "../../../src/engine/rules/placed-day";
import { context } from "./helpers";
import { makeTable } from "./make-table";

const SCHOOL_YEAR = planPeriodFromTexts(["Plan pracy na rok szkolny 2023/2024"]);

function unknownForm(text: string) {
  return { text, kind: "unparsed" as const, start: null, end: null, reason: "unknown-form" as const };
}

function deadlines(...cells: string[]) {
  return makeTable({ columns: ["number", "activity", { role: "deadline", header: "Termin" }], rows: cells.map((d, i) => [`${i + 1}.`, `Zadanie ${i + 1}`, d]) });
}

describe("an unread deadline cell that writes a day of the plan's period", () => {
  it("a day with a weekday, a time, a Roman month or a word around it is not reported as unreadable", () => {
    const cells = [
      "21.09\n(среда)",
      "12.03 14.00",
      "20 IX",
      "od 16 X do 3 XI",
      "Do 15 listopada Do godziny 18.00",
      "23 листопада\n понеділок",
      "12th - 16th February",
      "срок:  17. ІХ. и при нужда",
    ];
    expect(cells.filter((c) => !holdsAPlacedDay(c, unknownForm(c), SCHOOL_YEAR))).toEqual([]);
  });

  it("with no period known, a day and month keeps its finding: the year is really missing", () => {
    expect(holdsAPlacedDay("13 марта 10-00-11-00", unknownForm("13 марта 10-00-11-00"), null)).toBe(false);
  });

  it("a mistyped date, a day run into a number, many days, or a month with no day keeps its finding", () => {
    const cells = [
      "4.06.2014 г.\n5.60.2014 г.",
      "31.0-09.04.2018 г.",
      "2, 3 listopada\n26,27 marca\n29, 30 kwietnia",
      "1 października, a potem 5 grudnia",
      "I tydzień września 2022 r.",
      "м. септември 2025 01.09. - 11.09.2026 г. вкл.",
      "wg oferty",
      "16.00 1 i 2 klasy",
    ];
    expect(cells.filter((c) => holdsAPlacedDay(c, unknownForm(c), SCHOOL_YEAR))).toEqual([]);
  });

  it("a cell the reader gave another reason keeps that reason's finding", () => {
    const several = parseDeadline("Wrzesień, marzec");
    expect(several.kind).toBe("unparsed");
    expect(holdsAPlacedDay("Wrzesień, marzec", several, SCHOOL_YEAR)).toBe(false);
  });

  it("the deadline rule leaves the written day alone and still reports the cell that gives no time", () => {
    // `patrz wyżej` gives no time: it is still reported.
    const table = deadlines("20 IX (poniedziałek) o godz. 17", "patrz wyżej", "12.11.2023");
    const found = deadlineRule.run(table, context({ period: SCHOOL_YEAR })).map((f) => `${f.cell} ${f.code}`);
    expect(found).toEqual(["C3 deadline.unparsed"]);
  });
});
