import { roleOfHeader } from "../../../src/engine/detect/role-matcher";

describe("headings that name a plan's status, evidence, spending and main task", () => {
  it.each<[string, string]>([
    // A red/amber/green column of a performance review, however it is called.
    ["Traffic Light", "monitoring"],
    ["Traffic lights", "monitoring"],
    ["TRAFFIC LIGHT", "monitoring"],
    // The documents that show a task was done: the plan's evidence, as `Evidence` is.
    ["DOKUMENTY POTWIERDZAJĄCE REALIZACJĘ ZADAŃ SZKOŁY, TECHNIKI, NARZĘDZIA BADAWCZE", "monitoring"],
    ["Dokumenty potwierdzające wykonanie", "monitoring"],
    // The money a task is planned to cost, as officials head it.
    ["Планируемые\nрасходы,\nтыс. руб.", "budget"],
    ["Расходы, тыс. руб.", "budget"],
    ["Planowane wydatki (zł)", "budget"],
    ["Planned expenditure", "budget"],
    // The week's main task over its detailed ones: what the detailed tasks serve.
    ["ZADANIE GŁÓWNE\ntemat tygodnia", "objective"],
    ["Zadania główne", "objective"],
  ])("%j is %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  it.each<[string, string]>([
    ["ZADANIE SZCZEGÓŁOWE", "activity"],
    ["Zadania", "activity"],
    ["Источник финансирования расходов", "financing"],
    ["Dokumenty", "unknown"],
  ])("%j stays %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });
});
