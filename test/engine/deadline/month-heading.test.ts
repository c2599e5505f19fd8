import { parseDeadline, type PlanPeriod } from "../../../src/engine/deadline";

/**
 * Under a month heading, `the month` in a cell is the heading's month: `До края на месеца` under
 * `м. октомври` (bg-pmggd-uchenicheski-parlament-plan-2021-2022 A8) is due by 31 October.
 */

const SCHOOL_2021: PlanPeriod = { start: "2021-09-01", end: "2022-08-31", label: "2021/2022" };

describe("the month a heading names, in the cells under it", () => {
  it.each([
    ["До края на месеца", "м. октомври"],
    ["do końca miesiąca", "PAŹDZIERNIK"],
    ["до конца месяца", "Октябрь"],
    ["до кінця місяця", "Жовтень"],
    ["by the end of the month", "October"],
  ])("reads %j under %j as due by the month's last day", (text, section) => {
    expect(parseDeadline(text, { period: SCHOOL_2021, section })).toMatchObject({ kind: "by", start: null, end: "2021-10-31" });
  });

  it("narrows the month as the words say when no limit is written (`в края на месеца`: its last third)", () => {
    expect(parseDeadline("в края на месеца", { period: SCHOOL_2021, section: "м. октомври" })).toMatchObject({ kind: "month", start: "2021-10-21", end: "2021-10-31" });
    expect(parseDeadline("на początku miesiąca", { period: SCHOOL_2021, section: "Listopad" })).toMatchObject({ start: "2021-11-01", end: "2021-11-10" });
  });

  it("leaves the month unread with no month heading, or when the cell says no more than `the month`", () => {
    expect(parseDeadline("До края на месеца", { period: SCHOOL_2021 })).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("До края на месеца", { period: SCHOOL_2021, section: "Ученически парламент 2021/2022 г." })).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("месеца", { period: SCHOOL_2021, section: "м. октомври" })).toMatchObject({ kind: "unparsed" });
  });
});

/** A day still to be set (`TBA`, `уточняется`, `do ustalenia`): under a month heading, that month; alone, unread. */
describe("a day still to be set", () => {
  const period = { start: "2023-09-01", end: "2024-08-31", label: "2023/2024" };
  it.each([
    ["TBA", "SEPTEMBER", "2023-09-01", "2023-09-30"],
    ["to be confirmed", "March", "2024-03-01", "2024-03-31"],
    ["уточняется", "ОКТЯБРЬ", "2023-10-01", "2023-10-31"],
    ["do ustalenia", "LISTOPAD", "2023-11-01", "2023-11-30"],
    ["уточнюється", "Травень", "2024-05-01", "2024-05-31"],
    ["уточнява се", "Декември", "2023-12-01", "2023-12-31"],
  ])("reads %j under %j as that month", (text, section, start, end) => {
    expect(parseDeadline(text, { period, section })).toMatchObject({ kind: "month", start, end });
  });

  it("leaves it unread with no month heading above: the date is missing", () => {
    expect(parseDeadline("TBA", { period })).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("уточняется", { period, section: null })).toMatchObject({ kind: "unparsed" });
  });
});
