import { translator } from "../../src/i18n";
import { serviceDouble } from "./pane-service-double";
import { clickButton, renderPane } from "./render-pane";

/**
 * Labels a screen reader reads out that no one sees come from Fluent UI's own defaults in English
 * unless the pane gives them: the column-role lists' clear button among them.
 */
describe("labels heard but not seen", () => {
  it.each([
    ["bg", "Изчисти избора"],
    ["uk", "Очистити вибір"],
  ] as const)("are in the user's language (%s), never Fluent's English", async (lang, clear) => {
    const { container } = renderPane(serviceDouble({ lang }), lang);
    await clickButton(translator(lang).t("pane.table.detect"));
    const labels = [...container.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label"));
    expect(labels).toContain(clear);
    expect(labels).not.toContain("Clear selection");
  });
});
