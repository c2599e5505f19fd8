import fc from "fast-check";
import { parsePeriodOption, type Deadline, type PlanPeriod } from "../../../src/engine/deadline";
import { parseIsoDate, monthEnd } from "../../../src/engine/deadline/calendar";
import { readDeadline } from "../../../src/engine/deadline/parse";

/** What every deadline satisfies, whatever the text. */
function expectWellFormed(d: Deadline, text: string): void {
  expect(d.text).toBe(text);
  for (const iso of [d.start, d.end]) if (iso !== null) expect(parseIsoDate(iso)).not.toBeNull();
  if (d.start !== null && d.end !== null) expect(d.start <= d.end).toBe(true);
  if (d.kind === "by") expect([d.start, d.end === null]).toEqual([null, false]);
  if (d.kind === "event" || d.kind === "unparsed") expect([d.start, d.end]).toEqual([null, null]);
  if (d.kind === "unparsed") expect(["unknown-form", "year-missing", "ambiguous", "several-dates"]).toContain(d.reason);
  if (d.kind !== "recurring") expect(d.every).toBeUndefined();
  if (d.kind === "date") expect(d.start).toBe(d.end);
  for (const part of d.parts ?? []) expectWellFormed(part, part.text);
}

const period: fc.Arbitrary<PlanPeriod | null> = fc.option(
  fc.oneof(
    fc.integer({ min: 1990, max: 2100 }).map((y) => parsePeriodOption(String(y))!),
    fc.integer({ min: 1990, max: 2100 }).map((y) => parsePeriodOption(`${y}/${y + 1}`)!),
    fc.integer({ min: 1990, max: 2100 }).map((y) => parsePeriodOption(`${y}-${y + 2}`)!),
  ),
);

const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
);

// Pieces of real deadlines, shuffled into text that looks like one.
const piece = fc.constantFrom(
  "м.", "месец", "септември", "юли", "август", "декабрь", "сентября", "у вересні", "październik", "maja",
  "June", "Sept", "2019", "2020", "2019/2020", "2020-2021", "г.", "година", "roku", "рік", "IV", "II", "2",
  "квартал", "тримесечие", "półrocze", "півріччя", "Q3", "до", "do", "by", "не позднее", "в началото на",
  "учебната", "szkolny", "-", "–", "/", ",", ".", "и", "i", "30.09.2019", "31.02.2019", "1", "15", "30",
  "постоянен", "na bieżąco", "при", "as needed", "ongoing", "\n",
);
const pieced = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join(" "));

describe("deadline parser properties", () => {
  it("never throws and returns a well-formed deadline for any text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, pieced), period, (text, p) => {
        expectWellFormed(readDeadline(text, { period: p }), text);
      }),
      { numRuns: 500 },
    );
  });

  const monthName = (locale: string, m: number) =>
    new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2001, m - 1, 15)));
  const locale = fc.constantFrom("bg", "pl", "ru", "uk", "en");
  const year = fc.integer({ min: 1990, max: 2150 });
  const month = fc.integer({ min: 1, max: 12 });
  const dash = fc.constantFrom("-", " - ", " – ", "–", "/", " —");
  const pad = (n: number) => String(n).padStart(2, "0");

  it("reads a month with its year in every language", () => {
    fc.assert(
      fc.property(locale, month, year, (l, m, y) => {
        const text = `${monthName(l, m)} ${y}`;
        expect(readDeadline(text)).toEqual({ text, kind: "month", start: `${y}-${pad(m)}-01`, end: monthEnd(y, m) });
      }),
      { numRuns: 500 },
    );
  });

  it("reads a range of two months, the year written once, rolling over the new year when needed", () => {
    fc.assert(
      fc.property(locale, month, month, year, dash, (l, a, b, y, sep) => {
        const text = `${monthName(l, a)}${sep}${monthName(l, b)} ${y}`;
        const startYear = a <= b ? y : y - 1;
        const d = readDeadline(text);
        expect(d).toMatchObject({ kind: "range", start: `${startYear}-${pad(a)}-01`, end: monthEnd(y, b) });
      }),
      { numRuns: 500 },
    );
  });

  it("reads a day as d.m.yyyy exactly when the day exists", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), month, year, (d, m, y) => {
        const text = `${pad(d)}.${pad(m)}.${y} г.`;
        const exists = parseIsoDate(`${y}-${pad(m)}-${pad(d)}`) !== null;
        const got = readDeadline(text);
        expect(got.kind).toBe(exists ? "date" : "unparsed");
        if (exists) expect(got.start).toBe(`${y}-${pad(m)}-${pad(d)}`);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a deadline word before a month as the month's last day", () => {
    const by = fc.constantFrom(["bg", "до"], ["ru", "до"], ["uk", "до"], ["en", "by"], ["en", "until"]);
    fc.assert(
      fc.property(by, month, year, ([l, word], m, y) => {
        const text = `${word} ${monthName(l, m)} ${y}`;
        expect(readDeadline(text)).toMatchObject({ kind: "by", start: null, end: monthEnd(y, m) });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every period of a yearless cell inside a school-year plan's 12 months, and leaves July and August unread", () => {
    fc.assert(
      fc.property(locale, month, fc.integer({ min: 1990, max: 2150 }), (l, m, y) => {
        const p = parsePeriodOption(`${y}/${y + 1}`)!;
        const d = readDeadline(monthName(l, m), { period: p });
        // July and August come both before a school year and at its end.
        if (m === 7 || m === 8) {
          expect(d).toMatchObject({ kind: "unparsed", reason: "ambiguous" });
          return;
        }
        expect(d.kind).toBe("month");
        expect(d.start! >= p.start && d.end! <= p.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("deadline parser properties with sections", () => {
  const sectionText = fc.oneof(
    fc.constant(null),
    fc.constantFrom("СЕНТЯБРЬ", "Listopad 2025", "2026 рік", "II etap (2027)", "2025/2026 н.р.", "3. Робота з кадрами", "Грудень"),
    fc.string({ maxLength: 30 }),
  );
  const period: fc.Arbitrary<PlanPeriod | null> = fc.option(
    fc.oneof(
      fc.integer({ min: 1990, max: 2100 }).map((y) => parsePeriodOption(String(y))!),
      fc.integer({ min: 1990, max: 2100 }).map((y) => parsePeriodOption(`${y}/${y + 1}`)!),
      fc.integer({ min: 1990, max: 2100 }).map((y) => parsePeriodOption(`${y}-${y + 4}`)!),
    ),
  );
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom("до 15", "10-15", "вересень", "15.09", "щомісяця", "Term 2", "Spring term", "I четверть", "05.11 –", "з 1 вересня", "3, 10 i 17 października"),
  );

  it("never throws and stays well formed whatever the section", () => {
    fc.assert(
      fc.property(text, period, sectionText, (t, p, s) => {
        expectWellFormed(readDeadline(t, { period: p, section: s }), t);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a month written with its year as that month whatever the period or section", () => {
    const monthName = (locale: string, m: number) =>
      new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2001, m - 1, 15)));
    fc.assert(
      fc.property(fc.constantFrom("bg", "pl", "ru", "uk", "en"), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2150 }), period, sectionText, (l, m, y, p, s) => {
        const d = readDeadline(`${monthName(l, m)} ${y}`, { period: p, section: s });
        expect(d).toMatchObject({ kind: "month", start: `${y}-${String(m).padStart(2, "0")}-01`, end: monthEnd(y, m) });
      }),
      { numRuns: 300 },
    );
  });

  it("gives recurring work the plan period and a known frequency", () => {
    fc.assert(
      fc.property(fc.constantFrom("щомісяця", "ежемесячно", "co tydzień", "weekly", "раз на семестр", "двічі на рік", "corocznie"), period, (t, p) => {
        const d = readDeadline(t, { period: p });
        expect(d.kind).toBe("recurring");
        expect([d.start, d.end]).toEqual([p?.start ?? null, p?.end ?? null]);
        expect(["day", "week", "month", "quarter", "term", "half-year", "year"]).toContain(d.every);
      }),
      { numRuns: 100 },
    );
  });
});
