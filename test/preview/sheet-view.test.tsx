import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createMemoryExcel } from "../../src/memory-host";
import { SheetView } from "../../src/preview/SheetView";
import { selectFinding } from "../../src/excel/select";
import { queueMarks } from "../../src/excel/marks";
import { MARK_FILLS } from "../../src/excel/marks-format";

function host() {
  return createMemoryExcel({
    sheets: [
      {
        sheet: "План 2019",
        origin: { row: 0, col: 0 },
        values: [
          ["Стратегическа цел №1", null, null],
          ["№", "Дейност", "Срок"],
          ["2.", '<img src=x onerror="alert(1)">', "=1+1"],
        ],
        merges: [{ row: 0, col: 0, rowCount: 1, colCount: 3 }],
      },
      { sheet: "Бележки", origin: { row: 0, col: 0 }, values: [["x"]], merges: [] },
    ],
  });
}

function view(h: ReturnType<typeof host>, onActivate = jest.fn()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SheetView workbook={h.workbookState} lang="bg" version={0} onActivate={onActivate} />
    </FluentProvider>,
  );
}

describe("the preview's grid of the active sheet", () => {
  it("shows cell values as text, merged areas spanned", () => {
    const h = host();
    const { container } = view(h);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">').tagName).toBe("TD");
    expect(container.querySelector('td[data-address="C3"]')?.textContent).toBe("=1+1");
    expect(container.querySelector('td[data-address="A1"]')?.getAttribute("colspan")).toBe("3");
    expect(container.querySelector('td[data-address="B1"]')).toBeNull();
    expect(screen.getByRole("grid", { name: "Лист План 2019" })).toBeTruthy();
  });

  it("outlines the cell the add-in selected and shows its address", async () => {
    const h = host();
    await h.Excel.run((c) => selectFinding(c, { sheet: "План 2019", cell: "A3" }));
    const { container } = view(h);
    expect(screen.getByTestId("name-box").textContent).toBe("A3");
    expect(container.querySelector('td[data-selected="true"]')?.getAttribute("data-address")).toBe("A3");
  });

  it("shows PlanCheck's marks as the cells' fill", async () => {
    const h = host();
    await h.Excel.run(async (c) => {
      queueMarks(c.workbook.worksheets.getItem("План 2019"), [{ severity: "error", addresses: ["A3"] }]);
      await c.sync();
    });
    const { container } = view(h);
    expect(container.querySelector('td[data-address="A3"]')?.getAttribute("data-fill")).toBe(MARK_FILLS.error);
    expect(container.querySelector('td[data-address="B3"]')?.getAttribute("data-fill")).toBeNull();
  });

  it("lists the visible sheets as tabs and activates one on click", async () => {
    const h = host();
    const onActivate = jest.fn();
    view(h, onActivate);
    const tab = screen.getByRole("tab", { name: "Бележки" });
    expect(screen.getByRole("tab", { name: "План 2019" }).getAttribute("aria-selected")).toBe("true");
    await act(async () => {
      fireEvent.click(tab);
    });
    expect(onActivate).toHaveBeenCalledWith(h.workbookState.sheet("Бележки").id);
  });
});
