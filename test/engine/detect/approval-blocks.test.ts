import { merged, tablesOf } from "./read-tables";
import type { CellValue } from "../../../src/engine/grid";

const _ = null;
/** A headerless calendar of events under its title: the title is the sheet's first line. */
const calendar: CellValue[][] = [
  ["KALENDARZ IMPREZ SZKOLNYCH"],
  ["Ślubowanie klas pierwszych w auli szkoły", "14.10.2025", "wychowawcy klas I"],
  ["Jasełka w wykonaniu uczniów klas trzecich", "19.12.2025", "wychowawcy klas III"],
  ["Dzień Patrona Szkoły z apelem i konkursem", "20.03.2026", "samorząd uczniowski"],
];
const approval: CellValue[][] = [[_, _, "Zatwierdzam"], [_, _, "Dyrektor Szkoły"], [_, _, "__________ Anna Kowalska"], [_, _, "data ____________"], []];

describe("a list's title under an approval block", () => {
  it("is the list's title as on a sheet with no approval block, no first section", () => {
    const [plain] = tablesOf(calendar, merged("A1:C1"));
    const [t] = tablesOf([...approval, ...calendar], merged("A6:C6"));
    expect(plain.sections).toEqual([]);
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.section)).toEqual([_, _, _]);
  });
});
