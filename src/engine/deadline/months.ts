import { fold, tokenize } from "./text";

/**
 * Month names as Intl writes them for a locale: the standalone (nominative) long and short names
 * from a month-only format, and the forms used with a day (genitive in pl, ru, uk) from a day+month
 * format. Numeric "short names" (bg gives `09`) are left out. Forms are folded for lookup.
 */
export function intlMonthForms(locale: string): string[][] {
  const formats = [
    new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }),
    new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", timeZone: "UTC" }),
    new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }),
    new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }),
  ];
  const months: string[][] = [];
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2001, m, 15));
    const forms = new Set<string>();
    for (const format of formats) {
      for (const part of format.formatToParts(date)) {
        if (part.type !== "month") continue;
        const words = tokenize(part.value);
        // One word, no digits: `września`, `сент.` -> `сент`; never `09`.
        if (words.length === 1 && words[0].type === "word") forms.add(words[0].text);
      }
    }
    months.push([...forms]);
  }
  return months;
}

/** Folded month form -> month number (1-12), from Intl plus the forms a locale adds. */
export function buildMonthLookup(locales: readonly { intl: string; monthForms: readonly (readonly string[])[] }[]): Map<string, number> {
  const lookup = new Map<string, number>();
  for (const locale of locales) {
    intlMonthForms(locale.intl).forEach((forms, i) => forms.forEach((f) => lookup.set(f, i + 1)));
    locale.monthForms.forEach((forms, i) => forms.forEach((f) => lookup.set(fold(f), i + 1)));
  }
  return lookup;
}
