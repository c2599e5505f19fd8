import { roles, tablesOf } from "./detect/read-tables";

// A school's improvement plan page pasted from the web: a two-row logic-model header over three
// action rows, no deadline column (each outcome names its own month).
const rows = [
  ["GOAL 2: Every pupil reads at the expected standard"],
  [],
  ["INPUTS", "OUTPUTS", "OUTCOMES"],
  ["Resources", "Action Steps", "Early Evidence of Change"],
  ["Literacy lead\nStaff meeting time", "Train every class teacher in the new phonics scheme and observe one lesson each", "By November 2024, every class teacher has taught the scheme for six weeks"],
  ["Reading volunteers\nLibrary budget", "Set up a daily reading session for pupils below the expected standard", "By February 2025, the pupils in the sessions have read at least ten books each"],
  ["Assessment software", "Assess every pupil's reading age with the new software", "By July 2025, nine in ten pupils read at their age or above"],
];

describe("a short plan table under a plain header, with no deadline column", () => {
  it("is read as a table: both header rows, the action steps as its tasks", () => {
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([3, 4]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(roles(tables[0])).toContain("B:activity");
  });

  // The same rows with no month in them: only the header can make them a table.
  const undated = rows.slice(4).map((r) => [r[0], r[1], String(r[2]).replace(/^By \w+ \d{4}, /, "")]);

  it("is read as a table with no month in its rows too", () => {
    expect(tablesOf([...rows.slice(0, 4), ...undated])).toHaveLength(1);
  });

  it("is no table when the header row names nothing PlanCheck knows", () => {
    const plain = [rows[0], rows[1], ["Strand", "Narrative", "Reflection"], ...undated];
    expect(tablesOf(plain)).toEqual([]);
  });

  it("is no table when only one column holds words (a list with a label over it)", () => {
    const list = [rows[0], rows[1], ["No.", "Action Steps"], ...undated.map((r, i) => [`${i + 1}.`, r[1]])];
    expect(tablesOf(list)).toEqual([]);
  });
});

// A class teacher's plan of upbringing work: one row per area, its issues and forms of work one per line.
const classPlan = [
  ["PLAN PRACY WYCHOWAWCZEJ KLASY II\nna rok szkolny 2024/2025"],
  [],
  ["DZIAŁ", "ZAGADNIENIA", "FORMY REALIZACJI"],
  ["I. Życie klasy.", "1. Wybór samorządu klasowego.\n2. Ustalenie dyżurów w klasie.", "Wybory do samorządu.\nRozmowa o obowiązkach dyżurnych."],
  ["II. Zdrowie i bezpieczeństwo.", "1. Bezpieczna droga do szkoły.\n2. Zdrowe odżywianie.", "Spotkanie z policjantem.\nPrzygotowanie zdrowego śniadania."],
];

describe("a class teacher's plan of two areas under `Dział | Zagadnienia | Formy realizacji`", () => {
  it("is read as a table, the issues its tasks", () => {
    const tables = tablesOf(classPlan);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([3]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([4, 5]);
    expect(roles(tables[0])).toContain("B:activity");
  });
});
