import { parseDeadline } from "../../../src/engine/deadline";
import { P2019 } from "./table";

const unparsed = { kind: "unparsed", start: null, end: null };

describe("dates as Excel stores them", () => {
  it.each([
    ["43617", "2019-06-01"],
    ["43617.75", "2019-06-01"],
    ["2019-06-01", "2019-06-01"],
    ["2019-06-01T00:00:00.000Z", "2019-06-01"],
  ])("%p is the date %s", (text, iso) => {
    expect(parseDeadline(text)).toEqual({ text, kind: "date", start: iso, end: iso });
  });

  it("reads a serial passed as a number", () => {
    expect(parseDeadline(43617 as unknown as string)).toEqual({ text: "43617", kind: "date", start: "2019-06-01", end: "2019-06-01" });
  });

  it.each(["12345", "99999", "2019-02-30"])("%p is not a date", (text) => {
    expect(parseDeadline(text)).toMatchObject(unparsed);
  });
});

describe("days that do not exist are unparsed", () => {
  it.each(["31.02.2019", "29.02.2019", "32.01.2019", "00.01.2019", "31 kwietnia 2019", "до 31.04.2019 г."])("%p", (text) => {
    expect(parseDeadline(text, { period: P2019 })).toMatchObject(unparsed);
  });

  it("reads 29 February of a leap year", () => {
    expect(parseDeadline("29.02.2020")).toMatchObject({ kind: "date", start: "2020-02-29" });
  });
});

describe("any input gives a deadline", () => {
  const long = "постоянен ".repeat(3277).slice(0, 32767);
  it.each([
    ["empty", ""],
    ["spaces", "   \n\t "],
    ["a small number", "5"],
    ["a decimal", "12.5"],
    ["a number out of range", "1030"],
    ["32,767 letters", "a".repeat(32767)],
    ["32,767 digits", "9".repeat(32767)],
    ["a dated phrase repeated to 32,767 characters", "м. юли 2019 г. ".repeat(3000).slice(0, 32767)],
    ["right-to-left text", "שנת 2019 עד סוף השנה"],
    ["Arabic digits", "٢٠١٩"],
    ["emoji only", "📅🎉"],
    ["a lone surrogate", "\uD800 год"],
    ["control characters", "\u0000\u0007\u202E"],
  ])("%s", (_name, text) => {
    const d = parseDeadline(text, { period: P2019 });
    expect(d.text).toBe(text);
    expect(["unparsed", "continuous", "event"]).toContain(d.kind);
  });

  it("reads a 32,767-character cell that opens with a continuous wording", () => {
    expect(parseDeadline(long, { period: P2019 })).toMatchObject({ kind: "continuous", start: "2019-01-01", end: "2019-12-31" });
  });

  it("reads a period next to emoji and quotes", () => {
    expect(parseDeadline("📅 «м. юли 2019 г.»")).toMatchObject({ kind: "month", start: "2019-07-01", end: "2019-07-31" });
  });

  it.each([null, undefined, {}, [], true])("does not throw on %p passed as text", (value) => {
    expect(parseDeadline(value as unknown as string)).toMatchObject(unparsed);
  });

  it("ignores a plan period that is not a period", () => {
    const period = { start: "2019-13-01", end: "x", label: "?" };
    expect(parseDeadline("м. септември", { period })).toMatchObject(unparsed);
    expect(parseDeadline("постоянен", { period })).toMatchObject({ kind: "continuous", start: null, end: null });
    expect(parseDeadline("м. септември 2019 г.", { period: null })).toMatchObject({ kind: "month" });
  });
});
