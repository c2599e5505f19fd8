import { LOCALES } from "../../../src/engine/deadline/locales";
import { buildMonthLookup, intlMonthForms } from "../../../src/engine/deadline/months";
import { tokenize } from "../../../src/engine/deadline/text";
import { INTL_MONTH_FORMS, INTL_WEEKDAY_FORMS, VOCABULARY, intlWeekdayForms, weekdayOf } from "../../../src/engine/deadline/vocabulary";

/**
 * The deadline vocabulary writes out the month and weekday names Intl gives, so that loading it
 * asks nothing of Intl; what it writes out must be what Intl says.
 */
describe("the month and weekday names written out are Intl's", () => {
  describe.each(LOCALES.map((l) => [l.intl]))("%s", (tag) => {
    it("has the month forms Intl writes, standalone, after a day and short", () => {
      expect(INTL_MONTH_FORMS[tag]).toEqual(intlMonthForms(tag));
    });

    it("has the weekday names Intl writes, long and short", () => {
      expect(INTL_WEEKDAY_FORMS[tag]).toEqual(intlWeekdayForms(tag));
    });

    it("reads each weekday Intl writes as its day of the week", () => {
      for (const weekday of ["long", "short"] as const) {
        const format = new Intl.DateTimeFormat(tag, { weekday, timeZone: "UTC" });
        // 7 January 2001 was a Sunday.
        for (let d = 0; d < 7; d++) {
          const words = tokenize(format.format(new Date(Date.UTC(2001, 0, 7 + d))));
          if (words.length === 1 && words[0].type === "word") expect([words[0].text, weekdayOf(words[0].text)]).toEqual([words[0].text, d]);
        }
      }
    });
  });

  it("gives the same month lookup as one built from Intl, form for form and in the same order", () => {
    expect([...VOCABULARY.months]).toEqual([...buildMonthLookup(LOCALES)]);
  });
});
