import { checkTable } from "../../../src/engine/rules";
import { context } from "./helpers";
import { makeTable } from "./make-table";

/** Findings of every rule on the rows as `cell code` lines (the table has no indicator column, said once at its header). */
function findings(table: ReturnType<typeof makeTable>): string[] {
  return checkTable(table, context()).filter((f) => f.code !== "header.role-missing").map((f) => `${f.cell} ${f.code}`);
}

describe("a header row read as a task", () => {
  it("a header repeated over the next term's rows gets no finding for its 'Date:' cell", () => {
    const table = makeTable({
      columns: [{ role: "activity", header: "Autumn Term" }, { role: "deadline", header: "Date:" }, { role: "responsible", header: "Lead" }],
      rows: [
        ["Term starts", "Tuesday 5 September 2023", "Head teacher"],
        ["Spring Term", "Date:", "Lead"],
        ["Term starts", "Monday 8 January 2024", "Head teacher"],
      ],
    });
    expect(findings(table)).toEqual([]);
  });

  it("a second table's header below the first gets no unknown body and no missing deadline", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Предмет" }, { role: "deadline", header: "Дата" }, { role: "responsible", header: "Отговорник" }],
      rows: [
        ["1.", "Математика", "07.01.2022 г.", "директор"],
        [null, "Национално състезание", "Срок", "Отговорници"],
        ["2.", "Физика", "13.01.2022 г.", "директор"],
      ],
    });
    expect(findings(table)).toEqual([]);
  });

  it("a header's second line left in the body (`проведення` under `Дата / проведення`) is no task without a body", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Назва заходу" }, { role: "deadline", header: "Дата / проведення" }, { role: "responsible", header: "Відповідальний" }],
      rows: [
        [null, null, "проведення", null],
        ["1.", "Відкриття місячника", "02.10.2019", "Бібліотекар"],
      ],
    });
    expect(findings(table)).toEqual([]);
  });

  it("a task whose responsible cell is a person and whose deadline is a word still gets its findings", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Захід" }, { role: "deadline", header: "Термін" }, { role: "responsible", header: "Відповідальний" }],
      rows: [
        ["1.", "Нарада", "колись", "директор"],
        ["2.", "Семінар", "01.10.2024", null],
      ],
    });
    expect(findings(table)).toEqual(["C2 deadline.unparsed", "D3 gap.no-responsible"]);
  });

  it("a task whose responsible cell is a post that also heads responsible columns (`руководители ОУ`, `Координатор`) is still checked", () => {
    const table = makeTable({
      columns: ["number", { role: "activity", header: "Мероприятия" }, { role: "deadline", header: "Сроки" }, { role: "responsible", header: "Ответственные" }],
      rows: [
        ["1.", "Приобретение мебели", "когда-нибудь", "руководители ОУ"],
        ["2.", "Семинар", "когда-нибудь", "Координатор"],
      ],
    });
    expect(findings(table)).toEqual(["C2 deadline.unparsed", "C3 deadline.unparsed"]);
  });
});
