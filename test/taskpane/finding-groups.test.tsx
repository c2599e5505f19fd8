import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Finding } from "../../src/engine/finding";
import { FindingGroups } from "../../src/taskpane/components/FindingGroups";
import { inWords } from "./pane-service-double";

/** Forty empty indicators in a long plan, and one numbering slip. */
const noIndicator = (row: number): Finding => ({
  code: "gap.no-indicator",
  severity: "error",
  sheet: "План 2019",
  cell: `F${row}`,
  role: "indicator",
  value: "",
  params: { row, number: "" },
  fix: { key: "fix.gap.no-indicator", params: {} },
});
const FINDINGS: Finding[] = [
  ...Array.from({ length: 40 }, (_, i) => noIndicator(32 + i)),
  { code: "numbering.gap", severity: "warning", sheet: "План 2019", cell: "A98", role: null, value: "10.4.", params: { expected: "10.3.", number: "10.4.", row: 98 }, fix: null },
];

function renderGroups() {
  const findings = inWords(FINDINGS, "en");
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingGroups findings={findings} onSelect={() => undefined} />
    </FluentProvider>,
  );
  return findings;
}

describe("findings grouped in the pane", () => {
  it("says a group's shared fix once and lists the first few findings until asked for all", async () => {
    const findings = renderGroups();
    const group = screen.getByText((_, el) => el?.getAttribute("data-code") === "gap.no-indicator");
    const fix = `Fix: ${findings[0].fixText}`;
    expect(findings[0].fixText).toBeTruthy();
    expect(within(group).getAllByText(fix)).toHaveLength(1);
    expect(within(group).getAllByRole("button", { name: /^Go to cell F/ })).toHaveLength(5);

    await act(async () => {
      fireEvent.click(within(group).getByRole("button", { name: "Show all 40" }));
    });
    expect(within(group).getAllByRole("button", { name: /^Go to cell F/ })).toHaveLength(40);
    expect(within(group).getAllByText(fix)).toHaveLength(1);
  });

  it("shows the findings of one severity when asked", async () => {
    renderGroups();
    expect(document.querySelectorAll("[data-code]")).toHaveLength(2);
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: "Show" }), { target: { value: "warning" } });
    });
    expect([...document.querySelectorAll("[data-code]")].map((e) => e.getAttribute("data-code"))).toEqual(["numbering.gap"]);
  });

  it("shows the findings of one section of the plan when asked, beside the severity filter", async () => {
    const findings = inWords(FINDINGS, "en");
    // Section rows of the Kyustendil plan: findings from row 32 on fall in the first, row 98 in the second.
    const sections = [
      { sheet: "План 2019", row: 32, title: "I. ПРЕВЕНЦИЯ НА ОТПАДАНЕТО ОТ УЧИЛИЩЕ  —  дейности по   превенция" },
      { sheet: "План 2019", row: 90, title: "II. ПОДКРЕПА" },
      { sheet: "План 2019", row: 150, title: "III. ВЗАИМОДЕЙСТВИЕ" },
    ];
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingGroups findings={findings} sections={sections} onSelect={() => undefined} />
      </FluentProvider>,
    );
    const picker = screen.getByRole("combobox", { name: "Section" });
    // Only the sections that have findings, with their counts, titles on one line and cut to fit the pane.
    expect([...picker.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "All sections",
      "I. ПРЕВЕНЦИЯ НА ОТПАДАНЕТО ОТ УЧИЛИЩЕ — дейност… (40)",
      "II. ПОДКРЕПА (1)",
    ]);
    await act(async () => {
      fireEvent.change(picker, { target: { value: (picker.querySelectorAll("option")[2] as HTMLOptionElement).value } });
    });
    expect([...document.querySelectorAll("[data-code]")].map((e) => e.getAttribute("data-code"))).toEqual(["numbering.gap"]);

    // With errors only, that section has nothing to show, and says so.
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: "Show" }), { target: { value: "error" } });
    });
    expect(document.querySelectorAll("[data-code]")).toHaveLength(0);
    expect(screen.getByText("No findings of this kind in this section.")).toBeTruthy();
  });

  it("offers no section filter for a plan without section rows", () => {
    renderGroups();
    expect(screen.queryByRole("combobox", { name: "Section" })).toBeNull();
  });
});
