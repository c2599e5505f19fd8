import { tablesOf } from "../detect/read-tables";
import type { CellValue } from "../../../src/engine/grid";

const header: CellValue[] = ["No.", "Partner and activity", "Term", "Responsible"];

const plan = (group: CellValue[][]): CellValue[][] => [
  ["COOPERATION WITH LOCAL PARTNERS 2024/2025"],
  header,
  ["1.", "Town hall: clean-up day", "September 2024", "J. Smith"],
  ["2.", "Police and fire brigade visits", "October 2024", "A. Brown"],
  ...group,
  ["4.", "Public library", "as needed", "Teachers"],
];

describe("a numbered group heading over items that each have their own term and responsible", () => {
  it("is a section, and every item under it is a task of its own", () => {
    const [t] = tablesOf(
      plan([
        ["3.", "Local kindergartens"],
        ["", "1. Song festival", "December 2024", "Group teachers"],
        ["", "1. Art contest", "April 2025", "M. Green"],
        ["", "1. Sports day", "May 2025", "P. White"],
      ]),
    );
    expect(t.sections.map((s) => s.row)).toEqual([5]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 6, 7, 8, 9]);
    expect(t.rows.find((r) => r.row === 7)?.cells).toMatchObject({ deadline: "April 2025", responsible: "M. Green" });
  });

  it("stays a task when only one line follows it: a task split over two rows looks the same", () => {
    const [t] = tablesOf(
      plan([
        ["3.", "Local kindergartens"],
        ["", "Song festival", "December 2024", "Group teachers"],
      ]),
    );
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 5, 7]);
  });

  it("stays a task when the lines under it go on with its sentence", () => {
    const [t] = tablesOf(
      plan([
        ["3.", "Joint events with"],
        ["", "local kindergartens", "December 2024", "Group teachers"],
        ["", "and schools of the town", "April 2025", "M. Green"],
      ]),
    );
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 5, 8]);
  });

  it("stays a task when the lines under it leave their term to it", () => {
    const [t] = tablesOf(
      plan([
        ["3.", "Local kindergartens"],
        ["", "Song festival", "", "Group teachers"],
        ["", "Art contest", "", "M. Green"],
      ]),
    );
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 5, 8]);
  });
});
