import { numbering } from "../../../src/engine/rules/numbering";
import { tableDuplicateRow } from "../../../src/engine/rules/table-duplicate-row";
import { context, located } from "./helpers";
import { makeTable } from "./make-table";
import { kyustendil } from "./seed-tables";

/** A table of numbers only (with an activity so each row is a task), sections as strings. */
function numbered(...entries: string[]) {
  return makeTable({
    columns: ["number", "activity"],
    rows: entries.map((e, i) => (e.startsWith("§") ? e : [e, `Дейност на ред ${i + 2}`])),
  });
}

describe("numbering in the Kyustendil plan", () => {
  const table = kyustendil();
  const findings = numbering.run(table, context());

  it("flags the second `2.` under goal 1, the missing 10.3 and the missing 4.3 under goal 5, and nothing else", () => {
    expect(findings.map((f) => [f.cell, f.code, f.value])).toEqual([
      ["A35", "numbering.duplicate", "2."],
      ["A63", "numbering.gap", "10.4."],
      ["A130", "numbering.gap", "4.4."],
    ]);
  });

  it("names the first use of a duplicate number and offers the next free number", () => {
    const dup = findings[0];
    expect(dup.params).toMatchObject({ number: "2", firstRow: 34 });
    expect(dup.fix).toEqual({ value: "17.", key: "fix.numbering.duplicate", params: { next: "17" } });
  });

  it("says which number is missing", () => {
    expect(findings[1].params).toMatchObject({ number: "10.4", expected: "10.3" });
    expect(findings[2].params).toMatchObject({ number: "4.4", expected: "4.3" });
  });

  it("does not take numbering that restarts under each strategic goal for duplicates", () => {
    // Goals 2-6 all start again at `1.`: none of those rows is a finding.
    const restarts = table.rows.filter((r) => r.number === "1." && r.row > 40).map((r) => `A${r.row}`);
    expect(restarts.length).toBe(5);
    for (const cell of restarts) expect(findings.map((f) => f.cell)).not.toContain(cell);
  });
});

describe("numbering rules", () => {
  it.each([
    ["a skipped sub-number", ["1.", "1.1.", "1.2.", "1.4."], ["A5 numbering.gap"]],
    ["a first sub-item that is not 1", ["1.", "1.2.", "1.3."], ["A3 numbering.gap"]],
    ["a section that does not start at 1", ["2.", "3."], ["A2 numbering.gap"]],
    ["a duplicate number", ["1.", "2.", "2.", "3."], ["A4 numbering.duplicate"]],
    ["two numbers swapped, reported once as out of order", ["1.", "2.", "4.", "3."], ["A5 numbering.order"]],
    ["a sub-task listed before its sibling, reported once", ["1.", "1.2.", "1.1."], ["A4 numbering.order"]],
    ["numbering restarting in a new section", ["1.", "2.", "§ Стратегическа цел №2", "1.", "2."], []],
    ["numbering restarting without a section row", ["1", "2", "3", "1", "2"], []],
    ["sub-items of a parent with no row of its own", ["1.", "2.1.", "2.2.", "3."], []],
    ["roman numerals", ["I.", "II.", "IV."], ["A4 numbering.gap"]],
    ["an excerpt of a longer table, its rows numbered from 18", ["18.", "19.", "20."], []],
    ["a gap inside an excerpt numbered from 18", ["18.", "19.", "21."], ["A4 numbering.gap"]],
    ["a later section starting high after the first", ["1.", "2.", "§ Стратегическа цел №2", "12.", "13."], ["A5 numbering.gap"]],
  ])("%s", (_name, numbers, expected) => {
    expect(located(numbering, numbered(...numbers))).toEqual(expected);
  });

  it("writes the suggested number in the style of the row (`3)`, `III.`)", () => {
    const [paren] = numbering.run(numbered("1)", "2)", "2)"), context());
    expect(paren.fix?.value).toBe("3)");
    const [roman] = numbering.run(numbered("I.", "II.", "II."), context());
    expect(roman.fix?.value).toBe("III.");
    const [gap] = numbering.run(numbered("I.", "II.", "IV."), context());
    expect(gap.params.expected).toBe("III");
  });

  it("gives a duplicate the next number nobody uses, skipping those taken later", () => {
    const [dup] = numbering.run(numbered("1.", "2.", "2.", "3.", "4."), context());
    expect(dup.fix?.value).toBe("5.");
  });

  it("leaves a row pasted twice to table.duplicate-row instead of calling its number a duplicate", () => {
    const table = makeTable({
      columns: ["number", "activity", "deadline"],
      rows: [
        ["1.", "Определяне на координатор.", "постоянен"],
        ["1.", "Определяне на координатор.", "постоянен"],
      ],
    });
    expect(located(numbering, table)).toEqual([]);
    expect(located(tableDuplicateRow, table)).toEqual(["A3 table.duplicate-row"]);
  });

  it("points at the cell holding the number", () => {
    const [f] = numbering.run(numbered("1.", "2.", "2."), context());
    expect(f).toMatchObject({ sheet: "Plan", cell: "A4", role: "number", value: "2.", severity: "error" });
  });
});

describe("numbering written the same on every row", () => {
  it("takes `1.` `1.` `1.` for duplicates, not for three restarts", () => {
    const findings = numbering.run(numbered("1.", "1.", "1."), context());
    expect(findings.map((f) => [f.code, f.value, f.params.firstRow])).toEqual([
      ["numbering.duplicate", "1.", 2],
      ["numbering.duplicate", "1.", 2],
    ]);
  });

  it("still reads `1.` after `1.` `2.` `3.` as numbering that starts over", () => {
    expect(numbering.run(numbered("1.", "2.", "3.", "1.", "2."), context())).toEqual([]);
  });
});

describe("numbering that runs on from one section to the next", () => {
  it("takes `8.` under the October heading after `7.` under September as the same run, not a gap", () => {
    expect(numbering.run(numbered("§WRZESIEŃ", "1.", "2.", "§PAŹDZIERNIK", "3.", "4."), context())).toEqual([]);
  });
});

describe("a row that holds several numbered tasks in one cell (`1. 2.`, `10. 11. 12.`)", () => {
  it("uses every number written there, so the next row's number skips none", () => {
    // Konin kindergarten calendar 2024/2025: two or three celebrations of a month in one row.
    expect(located(numbering, numbered("1. 2.", "3.", "6. 7. 8.", "10. 11. 12.", "13.", "18. 19.", "20. 21."))).toEqual([
      "A4 numbering.gap",
      "A5 numbering.gap",
      "A7 numbering.gap",
    ]);
  });

  it("says the first number missing after such a row", () => {
    const [gap] = numbering.run(numbered("1. 2.", "5."), context());
    expect(gap.params.expected).toBe("3");
  });

  it("still takes a number in the run used before for a duplicate", () => {
    expect(located(numbering, numbered("1.", "2.", "2. 3."))).toEqual(["A4 numbering.duplicate"]);
  });
});

describe("numbered group headings in the run of task numbers", () => {
  /** Tasks and group headings: a string is a heading, over items written without a number. */
  const plan = (...entries: (string | [string, string])[]) => makeTable({ columns: ["number", "activity"], rows: entries });

  it("count their own number, so the task after the groups skips none", () => {
    // Kołobrzeg kindergarten: `11.` task, `12. Kołobrzeskie przedszkola` and `13. Szkoły` over their items, `14.` task.
    const table = plan(["1.", "OWI"], ["2.", "Niebieska Karta"], "3. Kołobrzeskie przedszkola", ["", "Przegląd Kolęd"], ["", "Spartakiada"], "4. Szkoły Kołobrzeskie", ["", "Szkoła Podstawowa nr 3"], ["5.", "Biblioteka"]);
    expect(numbering.run(table, context())).toEqual([]);
  });

  it("still find a number skipped after them", () => {
    const table = plan(["1.", "Urząd Miasta"], "2. Kołobrzeskie przedszkola", ["", "Przegląd Kolęd"], ["4.", "Biblioteka"]);
    expect(numbering.run(table, context()).map((f) => [f.code, f.params.expected])).toEqual([["numbering.gap", "3"]]);
  });

  it("leave numbering that starts over under a numbered goal as it was", () => {
    const table = plan("1. Cel pierwszy", ["1.", "Zadanie"], ["2.", "Zadanie"], "2. Cel drugi", ["1.", "Zadanie"], ["2.", "Zadanie"]);
    expect(numbering.run(table, context())).toEqual([]);
  });
});
