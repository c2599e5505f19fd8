import { parseDeadline } from "../../../src/engine/deadline";
import { LOCALES } from "../../../src/engine/deadline/locales";
import { intlMonthForms } from "../../../src/engine/deadline/months";
import { fold } from "../../../src/engine/deadline/text";

/** What Intl writes for a month, independently of the parser: standalone, with a day, short. */
function intlNames(tag: string, month: number): { standalone: string; withDay: string; short: string } {
  const date = new Date(Date.UTC(2019, month - 1, 15));
  const monthPart = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).formatToParts(date).find((p) => p.type === "month")!.value;
  return {
    standalone: monthPart({ month: "long" }),
    withDay: monthPart({ month: "long", day: "numeric" }),
    short: monthPart({ month: "short" }),
  };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const pad = (m: number) => String(m).padStart(2, "0");

describe("month names come from Intl", () => {
  describe.each(LOCALES.map((l) => [l.intl]))("%s", (tag) => {
    it.each(MONTHS)("month %i by its standalone name, its name after a day, and its short name", (m) => {
      const { standalone, withDay, short } = intlNames(tag, m);
      expect(parseDeadline(`${standalone} 2019`)).toMatchObject({ kind: "month", start: `2019-${pad(m)}-01` });
      expect(parseDeadline(`15 ${withDay} 2019`)).toMatchObject({ kind: "date", start: `2019-${pad(m)}-15` });
      if (!/\d/.test(short)) expect(parseDeadline(`${short} 2019`)).toMatchObject({ kind: "month", start: `2019-${pad(m)}-01` });
    });
  });

  it("gives the Polish, Russian and Ukrainian genitive that deadlines use", () => {
    expect(intlMonthForms("pl")[9]).toContain("pazdziernika");
    expect(intlMonthForms("ru")[2]).toContain("марта");
    expect(intlMonthForms("uk")[2]).toContain("березня");
  });
});

describe("month forms a locale adds by hand", () => {
  it.each(LOCALES.map((l) => [l.intl, l] as const))("%s adds only forms Intl does not give", (_tag, locale) => {
    const intl = intlMonthForms(locale.intl);
    locale.monthForms.forEach((forms, i) => {
      for (const form of forms) expect(intl[i]).not.toContain(fold(form));
    });
  });

  it.each(LOCALES.flatMap((l) => l.monthForms.flatMap((forms, i) => forms.map((f) => [l.intl, f, i + 1] as const))))(
    "%s %s is month %i",
    (_tag, form, m) => {
      expect(parseDeadline(`${form} 2020`)).toMatchObject({ kind: "month", start: `2020-${pad(m)}-01` });
    },
  );
});
