import { parseDeadline, parsePeriodOption } from "../../../src/engine/deadline";
import { withPlainSlipsRead } from "../../../src/engine/deadline/written-forms";

/** Dates typed with a slip any reader sees through, read as the reader reads them. */
describe("a date typed with a slip whose meaning is plain", () => {
  it("joins a year run on to its month with a dash to that month, not a range to the whole year (`04 April-2022`)", () => {
    expect(parseDeadline("04 April-2022")).toMatchObject({ kind: "date", start: "2022-04-04", end: "2022-04-04" });
    expect(parseDeadline("Sept-2021")).toMatchObject({ kind: "month", start: "2021-09-01", end: "2021-09-30" });
  });

  it("joins a year run on to an ordinal day after its month, never a range to the year's end (`April 4th-2022`)", () => {
    expect(parseDeadline("April 4th-2022")).toMatchObject({ kind: "date", start: "2022-04-04", end: "2022-04-04" });
  });

  it("reads an ordinal run into its month (`Mon 29thOct 2018`)", () => {
    expect(parseDeadline("Mon 29thOct 2018")).toMatchObject({ kind: "date", start: "2018-10-29", end: "2018-10-29" });
  });

  it("reads a list of days with a comma left before their month (`06,07,08, Oct.`)", () => {
    const period = parsePeriodOption("2022")!;
    expect(parseDeadline("06,07,08, Oct.", { period })).toMatchObject({ start: "2022-10-06", end: "2022-10-08" });
  });

  it("reads a range of days whose first day keeps its stop (`01.- 08.05.15г.`)", () => {
    expect(parseDeadline("01.- 08.05.15г.")).toMatchObject({ kind: "range", start: "2015-05-01", end: "2015-05-08" });
  });

  it("reads months in a row joined by dashes as the span from the first to the last (`март - април - май 2022г.`)", () => {
    expect(parseDeadline("март - април - май 2022г.")).toMatchObject({ kind: "range", start: "2022-03-01", end: "2022-05-31" });
  });

  it("leaves alone what is no such slip", () => {
    expect(withPlainSlipsRead("март - май - април")).toBe("март - май - април");
    expect(withPlainSlipsRead("2022, October")).toBe("2022, October");
    expect(withPlainSlipsRead("15.10.- 20.10.2024")).toBe("15.10.- 20.10.2024");
    expect(withPlainSlipsRead("Plan-2022")).toBe("Plan-2022");
    expect(withPlainSlipsRead("April-20")).toBe("April-20");
  });
});

/** A date whose note says the day was called off: the day written no longer holds, and no other is given. */
describe("a date called off in its own cell", () => {
  it.each(["Monday 22nd July 2019\n(Decoupled for 3 x 2 hour Twilight Sessions)", "22 July 2019 (cancelled)", "15.05.2019 (перенесено)", "15.05.2019 (скасовано)", "15.05.2019 (odwołane)"])(
    "%j is no sure deadline",
    (text) => {
      expect(parseDeadline(text)).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
    },
  );

  it("still reads a date whose note says what happens then (`22 July 2019 (Sports day)`)", () => {
    expect(parseDeadline("22 July 2019 (Sports day)")).toMatchObject({ kind: "date", start: "2019-07-22" });
  });
});

/** A narrow printed column breaks a month's name with a hyphen; pasted from Word, the hyphen stays. */
describe("a month's name broken by a hyphen", () => {
  const schoolYear = { period: { start: "2018-09-01", end: "2019-08-31", label: "2018/2019" } };

  it.each([
    ["Вере-сень", "2018-09-01", "2018-09-30"],
    ["Вере-сень,\nжовтень", "2018-09-01", "2018-10-31"],
    ["Жов-тень-березень", "2018-10-01", "2019-03-31"],
    ["Вере-\nсень", "2018-09-01", "2018-09-30"],
  ])("reads %j as the months it names", (text, start, end) => {
    expect(parseDeadline(text, schoolYear)).toMatchObject({ start, end });
  });

  it("still reads two months a dash joins as a span (`Грудень-березень`)", () => {
    expect(parseDeadline("Грудень-березень", schoolYear)).toMatchObject({ kind: "range", start: "2018-12-01", end: "2019-03-31" });
  });

  it("joins no halves that make no month (`Вере-тень`)", () => {
    expect(parseDeadline("Вере-тень", schoolYear)).toMatchObject({ kind: "unparsed" });
  });
});
