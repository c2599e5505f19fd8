import { CATALOG, translator } from "../../src/i18n";

/**
 * English puts “a” or “an” by the sound of the next word, which a message cannot know when that
 * word is a name filled in later (a role, a sheet): “Add a “Indicator” column”. Such names are
 * quoted after the noun instead.
 */
describe("English messages around a name filled in later", () => {
  it("never put an article straight before a quoted name filled in later", () => {
    const offending = Object.entries(CATALOG.en).filter(([, text]) => /\b(a|an) [“"']?\{/i.test(text));
    expect(offending).toEqual([]);
  });

  it("ask for a missing column by its role, quoted after the noun", () => {
    const t = translator("en");
    expect(t.t("fix.header.role-missing", { roleName: t.t("role.indicator") })).toBe("Add a column for “Indicator”, or tell PlanCheck which existing column holds it.");
  });
});
