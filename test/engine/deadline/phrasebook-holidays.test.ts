import { parseDeadline, parsePeriodOption, readDeadlineColumn } from "../../../src/engine/deadline";
import { by, event, on, SY, unread, type Reading } from "./phrasebook";

/**
 * School holidays and breaks written as the time of a row's work, in every language. Their dates
 * are set for each year by a region, a ministry's order or the school, so no plan's country and
 * year make them certain: in a deadline column the cell is dated by that calendar (an event).
 * Read alone, as a calendar lists them, a holiday's name is the item itself and stays unread.
 */
const DEADLINE_COLUMN = readDeadlineColumn("Срок", []);

function readInColumn(text: string, period: string | null): Reading {
  const d = parseDeadline(text, { period: period ? parsePeriodOption(period) : null, column: DEADLINE_COLUMN });
  return { kind: d.kind, start: d.start, end: d.end, ...(d.reason ? { reason: d.reason } : {}) };
}

describe("school holidays as a row's time", () => {
  it.each([
    ["осенние каникулы", SY],
    ["в каникулы", SY],
    ["во время зимних каникул", SY],
    ["до зимних каникул", SY],
    ["зимові канікули", SY],
    ["під час канікул", SY],
    ["у період осінніх канікул", SY],
    ["ferie zimowe", SY],
    ["ferie zimowe 2026", null],
    ["podczas ferii", SY],
    ["zimowa przerwa świąteczna", SY],
    ["коледна ваканция", SY],
    ["по време на ваканцията", SY],
    ["пролетна ваканция", SY],
    ["half-term", SY],
    ["after half term", SY],
    ["October half term", SY],
    ["Christmas holidays", SY],
    ["Easter holidays", SY],
    ["during the Easter break", SY],
  ])("%s (%s) is dated by the school calendar", (text, period) => {
    expect(readInColumn(text, period)).toEqual(event);
  });

  it.each([
    // A break between lessons, a holiday club, a season: no school holidays.
    ["w czasie przerw", SY],
    ["holiday club", SY],
    ["summer", SY],
    ["break", SY],
  ])("%s (%s) is no school holiday", (text, period) => {
    expect(readInColumn(text, period)).toEqual(unread("unknown-form"));
  });

  it.each(["Коледна ваканция", "Ferie zimowe", "Autumn half term", "Осенние каникулы"])("%s read alone is the holiday itself, not a time", (text) => {
    expect(parseDeadline(text, { period: parsePeriodOption(SY) }).kind).toBe("unparsed");
  });
});

describe("Easter named by its feast, in a deadline column", () => {
  it.each([
    // Orthodox Easter 2026 is 12 April; the Western one 5 April.
    ["Великдень", SY, on("2026-04-12")],
    ["до Великодня", SY, by("2026-04-12")],
    ["Пасха", "2026", on("2026-04-12")],
    ["Великден 2025", null, on("2025-04-20")],
    ["Wielkanoc", SY, on("2026-04-05")],
    ["do Wielkanocy", SY, by("2026-04-05")],
    ["Wielkanoc 2025", null, on("2025-04-20")],
    // No year anywhere; a programme over four years holds four Easters.
    ["Великдень", null, unread("year-missing")],
    ["Wielkanoc", "2024-2028", unread("ambiguous")],
    // The holidays around it, whose dates the school sets.
    ["Easter", SY, event],
    ["Christmas", SY, event],
  ])("%s (%s)", (text, period, reading) => {
    expect(readInColumn(text, period)).toEqual({ start: null, end: null, ...reading });
  });
});

describe("Christmas Day named by its feast, in a deadline column", () => {
  it.each([
    ["Boże Narodzenie", SY, on("2025-12-25")],
    ["do Bożego Narodzenia", SY, by("2025-12-25")],
    ["Коледа", "2026", on("2026-12-25")],
    ["Christmas Day", SY, on("2025-12-25")],
    // 7 January in Russian churches, 25 December in Bulgarian ones; Ukraine moved it in 2023.
    ["Рождество", SY, unread("unknown-form")],
    ["Різдво", SY, unread("unknown-form")],
  ])("%s (%s)", (text, period, reading) => {
    expect(readInColumn(text, period)).toEqual({ start: null, end: null, ...reading });
  });
});
