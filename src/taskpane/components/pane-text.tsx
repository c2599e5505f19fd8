import { createContext, useContext, useMemo, type ReactNode } from "react";
import { LOCALE_TAG, translator, type Lang, type Params } from "../../i18n/hosts/pane";

/** Words, numbers and dates in the user's language, for every part of the pane. */
export interface PaneText {
  lang: Lang;
  t(key: string, params?: Params): string;
  plural(key: string, n: number, params?: Params): string;
  /** A count as the user's locale writes it (1 234 in Bulgarian, 1,234 in English). */
  number(n: number): string;
  /** An ISO date (2019-09-01) in the locale's medium form. */
  date(iso: string): string;
  /** The time of day of an ISO timestamp, hours and minutes. */
  time(iso: string): string;
}

export function makePaneText(lang: Lang): PaneText {
  const tr = translator(lang);
  const locale = LOCALE_TAG[lang];
  const numbers = new Intl.NumberFormat(locale);
  // Plan dates are calendar days, not instants: format them in UTC so no time zone shifts the day.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const times = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
  return {
    lang,
    t: tr.t,
    // Counts inside plural messages are written the locale's way too.
    plural: (key, n, params) => tr.plural(key, n, { ...params, n: numbers.format(n) }),
    number: (n) => numbers.format(n),
    date: (iso) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : dates.format(d);
    },
    time: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : times.format(d);
    },
  };
}

const Context = createContext<PaneText>(makePaneText("en"));

export function PaneTextProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const text = useMemo(() => makePaneText(lang), [lang]);
  return <Context.Provider value={text}>{children}</Context.Provider>;
}

export function usePaneText(): PaneText {
  return useContext(Context);
}
