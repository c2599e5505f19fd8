import { merged, roles, tablesOf } from "./read-tables";

const _ = null;
// Exam sessions by class, then the applications' deadlines by session, as a school's page pastes them.
const sessions: (string | null)[][] = [
  ["Изпитни сесии", _, "12 клас", _],
  ["Редовни сесии", "Първа редовна", "м. януари 2026 06.01. - 30.01.2026 г.", "м. януари 2026 06.01. - 30.01.2026 г."],
  [_, "Втора редовна", "м. юни 2026 02.06. - 26.06.2026 г.", "м. февруари 2026 03.02. - 27.02.2026 г."],
  ["Поправителни", "Първа", "м. юли 2026 01.07. - 10.07.2026 г.", "м. март 2026 20.03. - 27.03.2026 г."],
  [_, "Втора", "м. септември 2025 01.09. - 11.09.2025 г.", "м. април 2026 22.04. - 30.04.2026 г."],
  [],
  ["Определяне на график на дейностите за организацията, провеждането и оценяването на изпитите за определяне на годишна оценка"],
];
const sessionMerges = ["A1:B1", "A2:A3", "A4:A5", "A7:E7"];

describe("tasks by dated columns under a table", () => {
  it("are a table of their own, however few: the corner left empty, each session a deadline column, the task in the first", () => {
    const tables = tablesOf(
      [...sessions, [_, "Сесия януари", "Сесия юни", "Сесия юли", "Сесия септември"], ["Подаване на заявления за явяване на изпити", "До 29.11.2025 г.", "До 16.05.2026 г.", "До 17.06.2026 г.", "До 15.08.2025 г."]],
      merged(...sessionMerges),
    );
    expect(tables).toHaveLength(2);
    expect(tables[1].headerRows).toEqual([8]);
    expect(tables[1].rows.map((r) => r.row)).toEqual([9]);
    expect(roles(tables[1])).toEqual(["A:activity", "B:deadline", "C:deadline", "D:deadline", "E:deadline"]);
    expect(tables[1].columns.every((c) => c.source === "content")).toBe(true);
  });

  it("are no table when a cell under a label names a person, not a deadline", () => {
    const tables = tablesOf(
      [...sessions, [_, "Сесия януари", "Сесия юни", "Сесия юли", "Сесия септември"], ["Подаване на заявления за явяване на изпити", "До 29.11.2025 г.", "Директор на училището", "До 17.06.2026 г.", "До 15.08.2025 г."]],
      merged(...sessionMerges),
    );
    expect(tables).toHaveLength(1);
  });
});
