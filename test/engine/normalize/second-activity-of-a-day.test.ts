import { merged, tablesOf } from "../detect/read-tables";
import type { CellValue } from "../../../src/engine/grid";

const header: CellValue[] = ["MONTH", "DATE", "DAY", "ACTIVITY"];

describe("a calendar's month merged down its group, each row with its day beside it", () => {
  it("joins a row that leaves the day empty to the dated row above: a second activity of that day", () => {
    const [t] = tablesOf(
      [
        header,
        ["April", "2nd April", "Tuesday", "Assembly to open the new session"],
        [null, "22nd April", "Monday", "Classes I to X: Inter-House poster making competition"],
        [null, null, null, "Pre-Primary: Green Day Celebration"],
        [],
        ["May", "8th May", "Wednesday", "Cultural programme"],
        [null, "11th May", "Saturday", "Classes I to IX: Inter-House summer craft competition"],
        [null, null, null, "Pre-Primary: Pink Day Celebration"],
      ],
      merged("A2:A4", "A6:A8"),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3, 4], [6], [7, 8]]);
  });

  it("keeps a row with a day of its own a task of its own", () => {
    const [t] = tablesOf(
      [
        header,
        ["April", "2nd April", "Tuesday", "Assembly to open the new session"],
        [null, "22nd April", "Monday", "Inter-House poster making competition"],
        [null, "27th April", "Saturday", "Inter-House quiz competition"],
      ],
      merged("A2:A4"),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3], [4]]);
  });

  it("keeps an undated event under a dated one a task of its own where the calendar leaves some months' events undated", () => {
    const [t] = tablesOf(
      [
        ["MIESIĄC", "NAZWA", "GRUPA", "DATA", "GODZINA"],
        ["Wrzesień", "Dzień Chłopca", "Wszystkie", "28.09", "cały dzień"],
        ["Październik", "Pasowanie na przedszkolaka", "Wszystkie", null, null],
        ["Listopad", "Dzień Pluszowego Misia", "Wszystkie", "23.11", "cały dzień"],
        ["Czerwiec", "Dzień Dziecka", "Wszystkie", "1.06", "cały dzień"],
        [null, "Pożegnanie starszaków", "Wszystkie", null, null],
      ],
      merged("A5:A6"),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3], [4], [5], [6]]);
  });
});
