import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Finding } from "../../src/engine/finding";
import { requestCheck } from "../../src/commands/pane-bus";
import type { CheckProgress, CheckResult } from "../../src/taskpane/service";
import { checkResult, KYUSTENDIL_FINDINGS, serviceDouble } from "./pane-service-double";
import { click, clickButton, renderPane } from "./render-pane";

/** The count shown under a label of the summary (Errors, Warnings, Notes). */
function summaryCount(label: string): string {
  const term = screen.getByText(label, { selector: "dt" });
  return term.nextElementSibling?.textContent ?? "";
}

/** Group headings of the findings: title and count, as the accordion shows them. */
function groupHeadings(): string[] {
  return [...document.querySelectorAll("[data-code] button[aria-expanded]")].map((b) => b.textContent ?? "");
}

describe("check before submission", () => {
  it("summarises errors and warnings and groups the findings by code with their counts", async () => {
    renderPane(serviceDouble());
    await clickButton("Check plan");

    expect(summaryCount("Errors")).toBe("4");
    expect(summaryCount("Warnings")).toBe("2");
    expect(summaryCount("Notes")).toBe("0");
    expect(screen.getByText("Not ready to submit: correct the errors first.")).toBeTruthy();
    expect(screen.getByText(/112 rows checked/)).toBeTruthy();

    // Errors first (the code met first in the sheet leads), then warnings; each with its count.
    expect(groupHeadings()).toEqual([
      "1Number used twice (Error: 1)",
      "3Task without an indicator (Error: 3)",
      "2Number skipped (Warning: 2)",
    ]);
  });

  it("says the plan is ready to submit when only warnings remain", async () => {
    const warnings = KYUSTENDIL_FINDINGS.filter((f) => f.severity === "warning");
    renderPane(serviceDouble({ check: async () => checkResult(warnings, "en") }));
    await clickButton("Check plan");

    expect(screen.getByText("Ready to submit")).toBeTruthy();
    expect(screen.queryByText(/Not ready to submit/)).toBeNull();
    expect(summaryCount("Errors")).toBe("0");
    expect(summaryCount("Warnings")).toBe("2");
  });

  it("says so when the plan has no findings at all", async () => {
    renderPane(serviceDouble({ check: async () => checkResult([], "en") }));
    await clickButton("Check plan");
    expect(screen.getByText("Ready to submit")).toBeTruthy();
    expect(screen.getByText("No problems found.")).toBeTruthy();
  });

  it("gives no verdict on a sheet without a plan table", async () => {
    const empty = checkResult([], "en", 0);
    empty.sheet = "Kontekst";
    empty.summary = { ...empty.summary, tables: 0, ready: false };
    renderPane(serviceDouble({ check: async () => empty }));
    await clickButton("Check plan");
    expect(screen.getByText("There is no plan table on sheet “Kontekst” to check.")).toBeTruthy();
    expect(screen.queryByText("Ready to submit")).toBeNull();
    expect(screen.queryByText(/Not ready to submit/)).toBeNull();
    expect(screen.queryByText("No problems found.")).toBeNull();
  });

  it("selects a finding's cell in the sheet when the finding is clicked", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Check plan");

    // The error group met first is open; open the empty-indicator group too.
    await click(screen.getByRole("button", { name: /Task without an indicator/ }));
    const link = screen.getByRole("button", { name: /^Go to cell F158: Task 6\.2\.: no indicator is given\.$/ });
    expect(link.textContent).toBe("F158Task 6.2.: no indicator is given.");
    await click(link);

    // Screen readers hear where the selection went.
    expect(screen.getByText("Cell F158 selected.")).toBeTruthy();
    const selected = service.calls.filter((c) => c.method === "selectFinding").map((c) => c.args[0] as Finding);
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatchObject({ sheet: "План 2019", cell: "F158", code: "gap.no-indicator" });
  });

  it("reaches every finding from the keyboard: findings are buttons", async () => {
    renderPane(serviceDouble());
    await clickButton("Check plan");
    const link = screen.getByRole("button", { name: /^Go to cell A35:/ });
    expect(link.tagName).toBe("BUTTON");
    link.focus();
    expect(document.activeElement).toBe(link);
  });

  it("shows progress while a large sheet is checked and the result when it ends", async () => {
    let report!: (p: CheckProgress) => void;
    let finish!: (r: CheckResult) => void;
    const service = serviceDouble({
      check: (onProgress) =>
        new Promise<CheckResult>((resolve) => {
          report = onProgress!;
          finish = resolve;
        }),
    });
    renderPane(service);
    await clickButton("Check plan");

    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Reading the sheet…")).toBeTruthy();
    // The button cannot start a second check meanwhile.
    expect((screen.getByRole("button", { name: "Check plan" }) as HTMLButtonElement).disabled).toBe(true);

    await act(async () => report({ phase: "check", done: 0.5 }));
    expect(screen.getByText("Checking the plan…")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.5");

    await act(async () => finish(checkResult(KYUSTENDIL_FINDINGS, "en")));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(summaryCount("Errors")).toBe("4");
  });

  it("writes the report sheet and clears the marks on request", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Check plan");

    await clickButton("Write report sheet");
    expect(screen.getByText("Report written to sheet “PlanCheck report”.")).toBeTruthy();
    await clickButton("Clear marks");
    expect(screen.getByText("Marks removed.")).toBeTruthy();
    // The findings stay listed after the marks are gone.
    expect(summaryCount("Errors")).toBe("4");
    expect(service.calls.map((c) => c.method)).toEqual(["detect", "check", "writeReport", "clearMarks"]);
  });

  it("runs the check when the ribbon's Check plan asks for it", async () => {
    const service = serviceDouble();
    renderPane(service);
    await act(async () => {
      requestCheck();
    });
    expect(service.calls.map((c) => c.method)).toEqual(["detect", "check"]);
    expect(summaryCount("Errors")).toBe("4");
    expect(screen.getByText(/Checked from the ribbon\./)).toBeTruthy();
  });

  it("shows cell text as text, never as markup", async () => {
    const hostile: Finding = {
      code: "gap.no-deadline",
      severity: "error",
      sheet: "План 2019",
      cell: "C40",
      role: "deadline",
      value: "",
      params: { row: 40, number: '<img src=x onerror="alert(1)">' },
      fix: null,
    };
    const { container } = renderPane(serviceDouble({ check: async () => checkResult([hostile], "en") }));
    await clickButton("Check plan");
    expect(container.querySelector("img[src=x]")).toBeNull();
    const link = screen.getByRole("button", { name: /^Go to cell C40:/ });
    expect(within(link).getByText(/<img src=x onerror="alert\(1\)">/)).toBeTruthy();
  });

  it("keeps the check's result when the table is looked up again only after a new detection", async () => {
    const service = serviceDouble();
    renderPane(service);
    await clickButton("Check plan");
    expect(summaryCount("Errors")).toBe("4");
    await clickButton("Find again");
    // Another detection may find another table: the old findings no longer describe it.
    expect(screen.queryByText("Errors", { selector: "dt" })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check plan" }));
    });
    expect(summaryCount("Errors")).toBe("4");
  });
});
