import { cellsOfSeveralRows, rowFinding } from "../../../src/engine/rules/cells";
import { deadlineRule } from "../../../src/engine/rules/deadline";
import { buildRegistry } from "../../../src/engine/executors";
import { makeTable } from "./make-table";
import { addressOf } from "../../../src/engine/plan";

/**
 * A deadline or indicator merged down over several tasks is one cell: each rule says it once.
 * Only such cells are remembered while a rule walks a large plan; every other cell is one row's.
 */
describe("cells shared by several rows", () => {
  const table = makeTable({
    columns: ["number", "activity", "deadline", "responsible"],
    rows: [
      ["1.", "Заседание на педагогическия съвет", "м. септември", "Директор"],
      ["2.", "Изготвяне на график", "", "Директор"],
      ["3.", "Родителска среща", "м. октомври", "Класни ръководители"],
    ],
  });
  // Row 3 (`2.`) shows the merged deadline of row 2 (`1.`), as detection gives it.
  table.rows[1].cells.deadline = "м. септември";
  table.rows[1].refs = { ...table.rows[1].refs, deadline: addressOf(table, table.rows[0], "deadline")! };

  it("names the merged cell and no row's own cell", () => {
    expect([...cellsOfSeveralRows(table, "deadline")]).toEqual(["C2"]);
    expect(cellsOfSeveralRows(table, "responsible").size).toBe(0);
  });

  it("says a merged deadline once, at its cell", () => {
    const findings = deadlineRule.run(table, { period: null, registry: buildRegistry([], [], []), today: "2030-01-01" });
    expect(findings.map((f) => [f.cell, f.code])).toEqual([
      ["C2", "deadline.unparsed"],
      ["C4", "deadline.unparsed"],
    ]);
  });
});

describe("findings that share what they say", () => {
  const table = makeTable({ columns: ["number", "activity", "deadline"], rows: [["1.1.", "Обучение", ""], ["1.2.", "Консултации", ""]] });

  it("quote a row's number without its dot and keep a key-only fix unchangeable", () => {
    const [a, b] = table.rows.map((row) => rowFinding(table, row, "deadline", "gap.no-deadline", "error", {}, { key: "fix.gap.no-deadline", params: {} }));
    expect([a.params.number, b.params.number]).toEqual(["1.1", "1.2"]);
    expect(a.fix).toEqual({ key: "fix.gap.no-deadline", params: {} });
    expect(JSON.stringify(b.fix)).toBe('{"key":"fix.gap.no-deadline","params":{}}');
    expect(Object.isFrozen(a.fix) && Object.isFrozen(a.fix!.params)).toBe(true);
  });

  it("keep a fix with a value or parameters as given", () => {
    const fix = { value: "м. май 2019 г.", key: "fix.deadline.reversed", params: {} };
    expect(rowFinding(table, table.rows[0], "deadline", "deadline.reversed", "error", {}, fix).fix).toBe(fix);
  });
});
