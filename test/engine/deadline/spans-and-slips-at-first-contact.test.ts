import { parseDeadline } from "../../../src/engine/deadline";

/** How officials write the days of an admission or exam timetable, read as a careful reader reads them. */
describe("a span of days written with the first month left out", () => {
  it("reads a first day greater than the last as the month before's (`31 - 01 август 2024 г.` is 31 July to 1 August)", () => {
    expect(parseDeadline("31 - 01 август 2024 г.")).toMatchObject({ kind: "range", start: "2024-07-31", end: "2024-08-01" });
  });

  it("carries the first day back over the year's end too (`30 - 02 януари 2025`)", () => {
    expect(parseDeadline("30 - 02 януари 2025")).toMatchObject({ kind: "range", start: "2024-12-30", end: "2025-01-02" });
  });

  it("keeps days typed back to front weeks apart as a reversed range, not a span over a month's end (`15 - 10 август 2024`)", () => {
    const read = parseDeadline("15 - 10 август 2024");
    expect(read.parts?.map((p) => p.start)).toEqual(["2024-08-15", "2024-08-10"]);
  });

  it("never carries back a day the month before does not have (`30 - 02 март 2025`)", () => {
    const read = parseDeadline("30 - 02 март 2025");
    expect(read.parts?.map((p) => p.start)).toEqual(["2025-03-30", "2025-03-02"]);
  });
});

describe("two days joined by a conjunction before their month", () => {
  it("reads `28 и 29 юли 2025 г` as the two days, not an ordinal ending", () => {
    expect(parseDeadline("28 и 29 юли 2025 г")).toMatchObject({ kind: "range", start: "2025-07-28", end: "2025-07-29" });
  });

  it("still reads an ordinal ending written on its day (`5-й`)", () => {
    expect(parseDeadline("5-й и 6-й")).toMatchObject({ kind: "unparsed" });
    expect(parseDeadline("до 5-й декабря 2024")).toMatchObject({ end: "2024-12-05" });
  });
});

describe("stray stops and commas typed inside a date or its time", () => {
  it("reads a span whose first date keeps a stop before the dash (`26.05.2026. – 02.06 2026г.`)", () => {
    expect(parseDeadline("26.05.2026. – 02.06 2026г.")).toMatchObject({ kind: "range", start: "2026-05-26", end: "2026-06-02" });
  });

  it("reads a day whose hour's word has a comma slipped in (`28.03.2018 godz,.8.00`)", () => {
    expect(parseDeadline("28.03.2018 godz,.8.00")).toMatchObject({ kind: "date", start: "2018-03-28", note: "godz,.8.00" });
  });

  it("still reads a day and month run on after a dot as a date, not a time (`01.10.00`)", () => {
    expect(parseDeadline("01.10.00")).toMatchObject({ kind: "date", start: "2000-10-01" });
  });
});

describe("notes after a whole date that say who or at what hour, not when", () => {
  it("reads a date whose note names the grades in Roman numerals (`04.02.2021 г. - за І - ХІІ клас`), never months", () => {
    expect(parseDeadline("04.02.2021 г. - за І - ХІІ клас")).toMatchObject({ kind: "date", start: "2021-02-04", end: "2021-02-04" });
    expect(parseDeadline("04.02.2021 г. - I - XII")).toMatchObject({ kind: "unparsed" });
  });

  it("reads a date whose hour lost its raised minutes when pasted (`20 липня 2018 року, 1800`)", () => {
    expect(parseDeadline("20 липня 2018 року, 1800")).toMatchObject({ kind: "date", start: "2018-07-20", note: "1800" });
  });

  it("takes no year for an hour (`20 липня 2018 року, 2019`)", () => {
    expect(parseDeadline("20 липня 2018 року, 2019").note).toBeUndefined();
  });
});

describe("a month's name cut short at a range's end", () => {
  it("reads the end's month as the start's when it is that name with its last letters cut off (`02 липня – 27 липн 2018 року`)", () => {
    expect(parseDeadline("02 липня – 27 липн 2018 року")).toMatchObject({ kind: "range", start: "2018-07-02", end: "2018-07-27" });
  });

  it("takes no word for a month that only begins like another month's name (`02 липня – 27 лип` is too short to be sure)", () => {
    expect(parseDeadline("02 листопада – 27 лист 2018 року")).toMatchObject({ kind: "range", end: "2018-11-27" });
    expect(parseDeadline("02 липня – 27 серп 2018 року").end).not.toBe("2018-07-27");
  });
});
