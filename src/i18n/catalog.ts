/**
 * Locale catalogs: every message a person reads, in the five languages PlanCheck speaks.
 * Messages are templates with `{name}` placeholders; plural forms are separate keys
 * suffixed with an Intl.PluralRules category (`.one`, `.few`, `.many`, `.other`).
 */

import { memoizeBounded } from "../engine/memo";

export const LANGS = ["en", "bg", "pl", "ru", "uk"] as const;
export type Lang = (typeof LANGS)[number];

export type Messages = Record<string, string>;
/** One domain's messages in every language; English is complete, the others must match it. */
export type Catalog = Record<Lang, Messages>;

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** Picks a supported language from a BCP 47 tag (`bg-BG`, `uk`, `pl-PL`); English otherwise. */
export function langFromTag(tag: string | null | undefined): Lang {
  const base = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : "en";
}

/** The locale tag used for Intl formatting in a language. */
export const LOCALE_TAG: Record<Lang, string> = {
  en: "en-GB",
  bg: "bg-BG",
  pl: "pl-PL",
  ru: "ru-RU",
  uk: "uk-UA",
};

/** Merges domain catalogs; a key defined twice is a programming error caught by tests. */
export function mergeCatalogs(...catalogs: Catalog[]): Catalog {
  const out = { en: {}, bg: {}, pl: {}, ru: {}, uk: {} } as Catalog;
  for (const c of catalogs) for (const lang of LANGS) Object.assign(out[lang], c[lang]);
  return out;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  const parts = templateParts(template);
  if (parts.length === 1) return template;
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return text;
}

/**
 * A template cut at its placeholders once (text, name, text, … text): a report of 100,000 findings
 * fills the same few dozen templates again and again. The store is bounded, as a key missing from
 * the catalogs is its own template.
 */
const MAX_TEMPLATES = 4096;
const PLACEHOLDER = /\{(\w+)\}/g;

const templateParts = memoizeBounded((template: string): string[] => {
  const parts: string[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(from, m.index), m[1]);
    from = m.index + m[0].length;
  }
  parts.push(template.slice(from));
  return parts;
}, MAX_TEMPLATES);

export interface Translator {
  lang: Lang;
  /** Message for key in this language, falling back to English, then to the key itself. */
  t(key: string, params?: Params): string;
  /** Plural-aware message: looks up `key.<category>` for the count `n` (passed as {n}). */
  plural(key: string, n: number, params?: Params): string;
  has(key: string): boolean;
}

export function makeTranslator(catalog: Catalog, lang: Lang): Translator {
  const own = catalog[lang];
  const en = catalog.en;
  const rules = new Intl.PluralRules(LOCALE_TAG[lang]);
  const lookup = (key: string): string | undefined => own[key] ?? en[key];
  return {
    lang,
    has: (key) => lookup(key) !== undefined,
    t: (key, params) => fill(lookup(key) ?? key, params),
    plural: (key, n, params) => {
      const template = lookup(`${key}.${rules.select(n)}`) ?? lookup(`${key}.other`) ?? key;
      return fill(template, { n, ...params });
    },
  };
}
