import { checkTable } from "../../../src/engine/rules";
import { headerRoleMissing } from "../../../src/engine/rules/header-role-missing";
import { tableBlankColumn } from "../../../src/engine/rules/table-blank-column";
import { tableDuplicateRow } from "../../../src/engine/rules/table-duplicate-row";
import type { Role } from "../../../src/engine/roles";
import { context, located } from "./helpers";
import { makeTable } from "./make-table";
import { bochnia, kyustendil, scorecard, volodarsk } from "./seed-tables";

describe("table.blank-column", () => {
  it("flags the empty budget column of the Bulgarian scorecard once, at its header, as a warning", () => {
    const findings = tableBlankColumn.run(scorecard(), context());
    expect(findings).toEqual([
      {
        code: "table.blank-column",
        severity: "warning",
        sheet: "BSC",
        cell: "G4",
        role: "budget",
        value: "ПЛАН / БЮДЖЕТ",
        params: { column: "G", header: "ПЛАН / БЮДЖЕТ" },
        fix: { key: "fix.table.blank-column", params: {} },
      },
    ]);
  });

  it.each([["Kyustendil", kyustendil()], ["Bochnia", bochnia()], ["Volodarsk", volodarsk()]])("finds no empty column in the %s plan", (_name, table) => {
    expect(located(tableBlankColumn, table)).toEqual([]);
  });

  it.each<[Role, string]>([
    ["deadline", "error"],
    ["responsible", "error"],
    ["indicator", "error"],
    ["financing", "warning"],
    ["partners", "warning"],
  ])("an empty %s column is a %s", (role, severity) => {
    const table = makeTable({ columns: ["number", "activity", role], rows: [["1.", "Определяне на координатор.", ""], ["2.", "Ранно оценяване", ""]] });
    expect(tableBlankColumn.run(table, context()).map((f) => [f.cell, f.severity])).toEqual([["C1", severity]]);
  });

  it.each<Role>(["actual", "notes", "unknown"])("an empty %s column is normal before the plan is carried out", (role) => {
    const table = makeTable({ columns: ["number", "activity", role], rows: [["1.", "Определяне на координатор.", ""]] });
    expect(located(tableBlankColumn, table)).toEqual([]);
  });

  it.each<[Role, string]>([
    ["monitoring", "Annual red, amber green rating"],
    ["actual", "Progress to date"],
    ["result", "Отметка о выполнении"],
    ["monitoring", "Realizacja"],
    ["result", "Відмітка про виконання"],
  ])("an empty %s column headed %j is filled at review, not a defect", (role, header) => {
    const table = makeTable({ columns: ["number", "activity", { role, header }], rows: [["1.", "Определяне на координатор.", ""]] });
    expect(located(tableBlankColumn, table)).toEqual([]);
  });

  it.each<[Role, string]>([
    ["deadline", "Срок выполнения"],
    ["responsible", "Status owner"],
    ["result", "Ожидаемый результат"],
  ])("an empty %s column headed %j is still reported", (role, header) => {
    const table = makeTable({ columns: ["number", "activity", { role, header }], rows: [["1.", "Определяне на координатор.", ""]] });
    expect(located(tableBlankColumn, table)).toEqual(["C1 table.blank-column"]);
  });

  it("does not report an empty 'Revised Finish' beside a filled 'Scheduled Finish': every task has its deadline", () => {
    const table = makeTable({
      columns: ["number", "activity", { role: "deadline", header: "Scheduled Finish" }, { role: "deadline", header: "Revised Finish" }, "responsible"],
      rows: [["1", "Identify and revise programs", "Aug 11 '95", "", "Jackson"], ["2", "Draft the evaluation", "Sep 30 '95", "", "Lewis"]],
    });
    expect(located(tableBlankColumn, table)).toEqual([]);
  });

  it("still reports an empty deadline column when no other deadline column is filled", () => {
    const table = makeTable({
      columns: ["number", "activity", { role: "deadline", header: "Початок" }, { role: "deadline", header: "Завершення" }, "responsible"],
      rows: [["1", "Нарада з класними керівниками", "", "", "Директор"], ["2", "Тиждень безпеки", "-", "", "Заступник директора"]],
    });
    expect(located(tableBlankColumn, table)).toEqual(["C1 table.blank-column", "D1 table.blank-column"]);
  });

  it("still reports an empty budget column beside a filled one: a year's money is missing", () => {
    const table = makeTable({
      columns: ["number", "activity", { role: "budget", header: "2024" }, { role: "budget", header: "2025" }],
      rows: [["1", "Remont sali gimnastycznej", "120 000", ""], ["2", "Zakup pomocy", "15 000", ""]],
    });
    expect(located(tableBlankColumn, table)).toEqual(["D1 table.blank-column"]);
  });

  it("counts a required column of dashes as empty: every task is still left without one", () => {
    const table = makeTable({ columns: ["number", "activity", "responsible"], rows: [["1.", "Определяне на координатор.", "-"], ["2.", "Ранно оценяване", "–"]] });
    expect(located(tableBlankColumn, table)).toEqual(["C1 table.blank-column"]);
  });

  it("takes a dash in every row of an optional column (no money for any task) as written, not as forgotten", () => {
    const table = makeTable({ columns: ["number", "activity", "budget"], rows: [["1.", "Определяне на координатор.", "-"], ["2.", "Ранно оценяване", "–"]] });
    expect(located(tableBlankColumn, table)).toEqual([]);
  });
});

describe("table.duplicate-row", () => {
  const row = ["Изготвяне съвместно с учениците на правила за поведението им в паралелката или групата;", "до 30.09.2019 г.", "училище, детска градина"];

  it("flags a row pasted twice, renumbered or not, naming the first", () => {
    const table = makeTable({ columns: ["number", "activity", "deadline", "responsible"], rows: [["9.4.", ...row], ["9.5.", ...row]] });
    const [f] = tableDuplicateRow.run(table, context());
    expect(f).toMatchObject({ code: "table.duplicate-row", severity: "warning", cell: "A3", params: { row: 3, firstRow: 2 } });
  });

  it("does not flag rows that share only their indicator (`Брой обхванати ученици` under 5.1.-5.3.)", () => {
    expect(located(tableDuplicateRow, kyustendil())).toEqual([]);
  });

  it("does not flag Bochnia's tasks 6. and 14., alike in name but for different schools", () => {
    expect(located(tableDuplicateRow, bochnia())).toEqual([]);
  });

  it("does not flag the same words under another month heading: another date in the school calendar", () => {
    const table = makeTable({ columns: ["deadline", "activity"], rows: ["JANUARY", ["3rd", "Term starts"], "MAY", ["3rd", "Term starts"]] });
    expect(located(tableDuplicateRow, table)).toEqual([]);
  });

  it("does not flag long tasks alike in all but one letter of their middle, written for two classes", () => {
    const a = "Провеждане на родителска среща в 5а клас за безопасността на учениците по пътя към училище и обратно";
    const b = a.replace("5а клас", "5б клас");
    const table = makeTable({ columns: ["number", "activity", "deadline"], rows: [["1.", a, "м. септември 2019 г."], ["2.", b, "м. септември 2019 г."], ["3.", a, "м. септември 2019 г."]] });
    expect(located(tableDuplicateRow, table)).toEqual(["A4 table.duplicate-row"]);
  });

  it("still flags the row repeated under the same month heading", () => {
    const table = makeTable({ columns: ["deadline", "activity"], rows: ["JANUARY", ["3rd", "Term starts"], ["3rd", "Term starts"]] });
    expect(located(tableDuplicateRow, table)).toEqual(["A4 table.duplicate-row"]);
  });
});

describe("header.role-missing", () => {
  it.each([["Kyustendil", kyustendil()], ["Bochnia", bochnia()], ["the scorecard (no deadlines by design)", scorecard()], ["Volodarsk (its expected result stands for indicators)", volodarsk()]])(
    "asks nothing more of %s",
    (_name, table) => {
      expect(located(headerRoleMissing, table)).toEqual([]);
    },
  );

  it("reports a task table without deadline and responsible columns at its header, once per missing role", () => {
    const table = makeTable({ columns: ["number", "activity", "indicator"], headerRow: 5, rows: [["1.", "Определяне на координатор.", "Брой"]] });
    const findings = headerRoleMissing.run(table, context());
    expect(findings.map((f) => [f.cell, f.role, f.severity, f.params.role])).toEqual([
      ["A5", "deadline", "error", "deadline"],
      ["A5", "responsible", "error", "responsible"],
    ]);
  });

  it("warns when a task table has neither indicators nor expected results", () => {
    const table = makeTable({ columns: ["number", "activity", "deadline", "responsible"], rows: [["1.", "Определяне на координатор.", "постоянен", "училища"]] });
    expect(headerRoleMissing.run(table, context()).map((f) => [f.role, f.severity])).toEqual([["indicator", "warning"]]);
  });

  it("asks a scorecard for indicators and who answers for them, not for deadlines", () => {
    const table = makeTable({ columns: ["perspective", "objective", "initiative"], rows: [["КАЧЕСТВО И РЕЗУЛТАТИ", "Подобрена ефективност", "Мониторинг"]] });
    expect(headerRoleMissing.run(table, context()).map((f) => f.role)).toEqual(["indicator", "responsible"]);
  });

  it("reports a table of deadlines and executors without a task column: it is not ready", () => {
    const table = makeTable({ columns: ["number", "deadline", "responsible"], rows: [["1.", "м. септември 2019 г.", "училища"]] });
    expect(headerRoleMissing.run(table, context()).map((f) => [f.role, f.severity])).toEqual([["activity", "error"]]);
  });

  it("does not judge a table that is neither tasks nor a scorecard", () => {
    const table = makeTable({ columns: ["number", "notes", "result"], rows: [["1", "Цель и задачи", "наличие системы мониторинга"]] });
    expect(located(headerRoleMissing, table)).toEqual([]);
  });
});

describe("table.shifted-row", () => {
  // Kyustendil goal 5's `6.3.`: number and task in one cell, each later cell one column to the left.
  const shifted = ["1.3. Формиране на база-данни за специалистите, които предоставят допълнителна подкрепа в община Кюстендил.", "2019 година", "детски градини, училища, Община Кюстендил, РУО – Кюстендил, РЦПППО – Кюстендил", "Не се изисква допълнително финансиране", "Създадена база данни специалисти допълнителна подкрепа в Общ Кюстендил", ""];
  const table = makeTable({
    columns: ["number", "activity", "deadline", "responsible", "financing", "indicator"],
    rows: [
      ["1.", "Междуинституционално сътрудничество и координация."],
      ["1.1.", "Повишаване ефективността на комуникацията", "постоянен", "детски градини, училища", "Не се изисква допълнително финансиране", "Брой съвместни дейности"],
      { row: 4, cells: ["1.2.", "Координация и съгласуваност на действията", "постоянен", "детски градини, училища", "Не се изисква допълнително финансиране", "Брой срещи"] },
      { row: 5, cells: shifted },
    ],
  });

  it("is one error at the number cell, telling where the task's text belongs", () => {
    const findings = checkTable(table, context());
    expect(findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["A5 table.shifted-row"]);
    expect(findings[0]).toMatchObject({ severity: "error", role: "number", params: { number: "1.3", column: "B" }, fix: { key: "fix.table.shifted-row", params: { column: "B" } } });
  });

  it("keeps the number of a row whose continuation landed under it (`6.2.\\nучениците …`) for a normal row", () => {
    const normal = makeTable({
      columns: ["number", "activity", "deadline", "responsible", "financing", "indicator"],
      rows: [
        ["1.", "Координация и съгласуваност", "постоянен", "училища", "Не се изисква допълнително финансиране", ""],
        ["2.", "Формиране на база-данни за специалистите", "2019 година", "училища", "Не се изисква допълнително финансиране", "Създадена база данни"],
      ],
    });
    normal.rows[0].cells.number = "1.\nучениците със специални образователни потребности;";
    expect(checkTable(normal, context()).map((f) => `${f.cell} ${f.code}`)).toEqual(["F2 gap.no-indicator", "F3 gap.no-measure"]);
  });
});

describe("header.role-missing on the Volodarsk roadmap without its `Сроки` column", () => {
  it("is one error at the header's first cell", () => {
    const roadmap = volodarsk();
    const table = { ...roadmap, columns: roadmap.columns.filter((c) => c.role !== "deadline") };
    expect(headerRoleMissing.run(table, context()).map((f) => [f.cell, f.code, f.role, f.severity])).toEqual([["A21", "header.role-missing", "deadline", "error"]]);
  });
});
