import { planPeriodFromTexts } from "../../../src/engine/deadline";
import { deadlineRule } from "../../../src/engine/rules/deadline";
import { holdsOneWholeDate } from "../../../src/engine/rules/whole-date";
import { context } from "./helpers";
import { makeTable } from "./make-table";

const SCHOOL_YEAR = planPeriodFromTexts(["План на 2023/2024 учебна година"]);

function deadlines(...cells: string[]) {
  return makeTable({ columns: ["number", "activity", { role: "deadline", header: "Дата" }], rows: cells.map((d, i) => [`${i + 1}.`, `Изпит ${i + 1}`, d]) });
}

describe("an unread deadline cell that holds a whole date", () => {
  it("a whole date with a weekday, a time, a place or who it concerns beside it is not reported as unreadable", () => {
    const cells = [
      "21.10.2019г     понеделник",
      "Tuesday 05 September 2023 - Year 7&11 start, Y12&13 Tutor appointments",
      "11.09.2020 р., 15 00 год., стадіон «Колос»",
      "18.12.2019р. 16.30к.ч.",
      "11.09.2020 – 20.10.2020 р., територія громади",
      "Образовательные учреждения 9 - 11 июня 2003 г.",
    ];
    expect(cells.filter((c) => !holdsOneWholeDate(c))).toEqual([]);
  });

  it("a mistyped date, two dates apart, or a date beside another day keeps its finding", () => {
    const cells = [
      "06.0508.05.2023 г.",
      "31.0-09.04.2018 г.",
      "4.06.2014 г.\n5.60.2014 г.\n6.06.2014 г.",
      "м. септември 2025 01.09. - 11.09.2026 г.",
      "Monday 19th February 2024 Teacher In-service DayTuesday 20th February 2024 Pupils Return",
      "Friday 11th August and Monday 14th August 2023 Teacher In-service Days",
      "1 listopada 2023 r. (środa) Wszystkich Świętych\n1 maja 2024 r. (środa) Święto Pracy",
      "Jui 3 '95",
      "по-късно",
    ];
    expect(cells.filter((c) => holdsOneWholeDate(c))).toEqual([]);
  });

  it("the deadline rule leaves the whole date alone and still reports the unreadable cell beside it", () => {
    const table = deadlines("Жюри 21.10.2023г. понеделник вечер", "по-късно", "12.11.2023 г.");
    const found = deadlineRule.run(table, context({ period: SCHOOL_YEAR })).map((f) => `${f.cell} ${f.code}`);
    expect(found).toEqual(["C3 deadline.unparsed"]);
  });
});
