import { checkTable } from "../../../src/engine/rules";
import { gapNoDeadline } from "../../../src/engine/rules/gap-no-deadline";
import { gapNoResponsible } from "../../../src/engine/rules/gap-no-responsible";
import { context } from "./helpers";
import { makeTable } from "./make-table";

const RULES = [gapNoDeadline, gapNoResponsible];

function gaps(table: ReturnType<typeof makeTable>): string[] {
  return checkTable(table, context(), RULES).map((f) => `${f.cell} ${f.code}`);
}

const COLUMNS = ["number", "activity", "deadline", "responsible", "budget"] as const;

describe("a numbered measure written once over one row per school", () => {
  it("asks no deadline or responsible of the measure's row when every school's row gives them", () => {
    const table = makeTable({
      columns: [...COLUMNS],
      rows: [
        ["1", "Текущий ремонт зданий и сооружений", null, null, "2895,0"],
        [null, "Медынская средняя школа\n1. Ремонт коридоров", "До 15 августа", "ОУ", "1500,0"],
        [null, "Кременская средняя школа\n1. Ремонт пола в столовой", "До 15 августа", "ОУ", "450,0"],
        [null, "Передельская средняя школа\n1. Ремонт спортивного зала", "До 15 августа", "ОУ", "250,0"],
        ["2", "Подготовка кабинетов", "До 20 августа", "ОУ", "100,0"],
      ],
    });
    expect(gaps(table)).toEqual([]);
  });

  it("still reports a school's row that leaves its deadline empty, and the measure's row then too", () => {
    const table = makeTable({
      columns: [...COLUMNS],
      rows: [
        ["1", "Текущий ремонт зданий и сооружений", null, "Управление образования", "2895,0"],
        [null, "Медынская средняя школа", "До 15 августа", "ОУ", "1500,0"],
        [null, "Кременская средняя школа", null, "ОУ", "450,0"],
      ],
    });
    expect(gaps(table)).toEqual(["C2 gap.no-deadline", "C4 gap.no-deadline"]);
  });

  it("reports a numbered task followed by a single unnumbered row as any task", () => {
    const table = makeTable({
      columns: [...COLUMNS],
      rows: [
        ["1", "Текущий ремонт зданий и сооружений", null, "ОУ", "2895,0"],
        [null, "Медынская средняя школа", "До 15 августа", "ОУ", "1500,0"],
        ["2", "Подготовка кабинетов", "До 20 августа", "ОУ", "100,0"],
      ],
    });
    expect(gaps(table)).toEqual(["C2 gap.no-deadline"]);
  });
});
