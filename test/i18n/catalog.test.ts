import { CATALOG, LANGS, translator, langFromTag } from "../../src/i18n";
import { fill } from "../../src/i18n/catalog";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("locale catalogs", () => {
  const enKeys = Object.keys(CATALOG.en);

  it.each(LANGS.filter((l) => l !== "en"))("%s has every English message and no extra ones", (lang) => {
    // Plural keys differ per language (Polish has `few`/`many`, English does not), so compare stems.
    const stem = (k: string) => k.replace(/\.(zero|one|two|few|many|other)$/, "");
    const mine = new Set(Object.keys(CATALOG[lang]).map(stem));
    const english = new Set(enKeys.map(stem));
    expect([...english].filter((k) => !mine.has(k))).toEqual([]);
    expect([...mine].filter((k) => !english.has(k))).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== "en"))("%s keeps the same placeholders as English", (lang) => {
    const stem = (k: string) => k.replace(/\.(zero|one|two|few|many|other)$/, "");
    const englishByStem = new Map<string, string[]>();
    for (const k of enKeys) englishByStem.set(stem(k), placeholders(CATALOG.en[k]).filter((p) => p !== "n"));
    for (const [k, v] of Object.entries(CATALOG[lang])) {
      expect({ key: k, params: placeholders(v).filter((p) => p !== "n") }).toEqual({ key: k, params: englishByStem.get(stem(k)) });
    }
  });

  it("fills every placeholder of a template, the same template again with other values, and leaves a missing one visible", () => {
    expect(fill("{a}{b} and {a} of {c}.", { a: "x", b: 2 })).toBe("x2 and x of {c}.");
    expect(fill("{a}{b} and {a} of {c}.", { a: "$&", b: "{c}", c: "" })).toBe("$&{c} and $& of .");
    expect(fill("No placeholder", { a: 1 })).toBe("No placeholder");
    expect(fill("{toString} {n}", {})).toBe("{toString} {n}");
  });

  it("picks the user's language from an Office display language and falls back to English", () => {
    expect(langFromTag("bg-BG")).toBe("bg");
    expect(langFromTag("uk-UA")).toBe("uk");
    expect(langFromTag("de-DE")).toBe("en");
    expect(langFromTag(undefined)).toBe("en");
  });

  it("translates role names into the user's language", () => {
    expect(translator("pl").t("role.deadline")).toBe("Termin");
    expect(translator("ru").t("role.responsible")).toBe("Ответственный");
  });
});

describe("domain catalogs", () => {
  it("never define the same key twice, so no message silently replaces another", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ALL_CATALOGS } = require("../../src/i18n/messages") as typeof import("../../src/i18n/messages");
    const seen = new Map<string, number>();
    ALL_CATALOGS.forEach((c, i) => {
      for (const key of Object.keys(c.en)) {
        expect({ key, first: seen.get(key) ?? i, again: i }).toEqual({ key, first: i, again: i });
        seen.set(key, i);
      }
    });
  });
});
