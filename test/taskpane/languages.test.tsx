import { screen } from "@testing-library/react";
import { checkResult, KYUSTENDIL_FINDINGS, serviceDouble } from "./pane-service-double";
import { click, clickButton, renderPane } from "./render-pane";

function summaryCount(label: string): string {
  return screen.getByText(label, { selector: "dt" }).nextElementSibling?.textContent ?? "";
}

describe("the pane in the user's language", () => {
  it("speaks Bulgarian: sections, buttons, summary, group titles and finding messages", async () => {
    renderPane(serviceDouble({ lang: "bg" }), "bg");
    expect(screen.getByRole("heading", { name: "Таблица на плана" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Проверка преди внасяне" })).toBeTruthy();

    await clickButton("Намери таблицата");
    expect(screen.getByRole("combobox", { name: "Роля на колона C: Срок за изпълнение" }).textContent).toContain("Срок");
    expect(screen.getByRole("button", { name: "Създай типизирана таблица" })).toBeTruthy();

    await clickButton("Провери плана");
    expect(summaryCount("Грешки")).toBe("4");
    expect(summaryCount("Предупреждения")).toBe("2");
    expect(screen.getByText("Не е готов за внасяне: първо поправете грешките.")).toBeTruthy();
    expect(screen.getByText(/Проверени са 112 реда/)).toBeTruthy();
    await click(screen.getByRole("button", { name: /Дейност без индикатор/ }));
    expect(screen.getByRole("button", { name: /^Към клетка F158: / })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Запиши лист с доклад" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Изчисти отбелязванията" })).toBeTruthy();
  });

  it("speaks Polish, with Polish plural forms for the rows checked", async () => {
    const service = serviceDouble({ lang: "pl", check: async () => checkResult(KYUSTENDIL_FINDINGS, "pl", 22) });
    renderPane(service, "pl");
    expect(screen.getByRole("heading", { name: "Tabela planu" })).toBeTruthy();
    await clickButton("Sprawdź plan");
    expect(summaryCount("Błędy")).toBe("4");
    expect(summaryCount("Ostrzeżenia")).toBe("2");
    expect(screen.getByText("Niegotowy do złożenia: najpierw popraw błędy.")).toBeTruthy();
    expect(screen.getByText(/Sprawdzono 22 wiersze/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Przejdź do komórki A35: / })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Zapisz arkusz raportu" })).toBeTruthy();
  });

  it("says ready to submit in Polish when there are no errors", async () => {
    renderPane(serviceDouble({ lang: "pl", check: async () => checkResult([], "pl") }), "pl");
    await clickButton("Sprawdź plan");
    expect(screen.getByText("Gotowy do złożenia")).toBeTruthy();
    expect(screen.getByText("Nie znaleziono problemów.")).toBeTruthy();
  });

  it("writes counts the way the user's locale does", async () => {
    const result = checkResult(KYUSTENDIL_FINDINGS, "bg", 25000);
    result.summary = { ...result.summary, errors: 12345 };
    renderPane(serviceDouble({ lang: "bg", check: async () => result }), "bg");
    await clickButton("Провери плана");
    // Bulgarian groups thousands with a (no-break) space: 12 345, 25 000.
    expect(summaryCount("Грешки")).toBe(new Intl.NumberFormat("bg-BG").format(12345));
    expect(summaryCount("Грешки")).toMatch(/^12\s345$/);
    expect(screen.getByText(/Проверени са 25\s000 реда/)).toBeTruthy();
  });

  it("times the check in the user's clock format", async () => {
    renderPane(serviceDouble({ lang: "ru" }), "ru");
    await clickButton("Проверить план");
    const time = new Intl.DateTimeFormat("ru-RU", { hour: "2-digit", minute: "2-digit" }).format(new Date("2019-03-01T09:05:00.000Z"));
    expect(screen.getByText(new RegExp(`Проверено в ${time}`))).toBeTruthy();
  });
});
