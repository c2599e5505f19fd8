import { checkTable } from "../../../src/engine/rules";
import { gapNoDeadline } from "../../../src/engine/rules/gap-no-deadline";
import { gapNoFinancing } from "../../../src/engine/rules/gap-no-financing";
import { gapNoIndicator } from "../../../src/engine/rules/gap-no-indicator";
import { gapNoResponsible } from "../../../src/engine/rules/gap-no-responsible";
import { gapNoTarget } from "../../../src/engine/rules/gap-no-target";
import { tableBlankColumn } from "../../../src/engine/rules/table-blank-column";
import { context, located, withCodes } from "./helpers";
import { makeTable } from "./make-table";
import { bochnia, kyustendil, volodarsk } from "./seed-tables";

const KYUSTENDIL_COLUMNS = ["number", "activity", "deadline", "responsible", "financing", "indicator"] as const;

/** A Kyustendil-shaped table from rows given as [number, activity, deadline, responsible, financing, indicator]. */
function plan(...rows: (string | null)[][]) {
  return makeTable({ columns: [...KYUSTENDIL_COLUMNS], rows });
}

describe("task gaps in the Kyustendil plan", () => {
  const table = kyustendil();

  it("reports goal 5's task 6.2, whose indicator cell is empty, as a task without an indicator", () => {
    const [f, ...rest] = gapNoIndicator.run(table, context());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "gap.no-indicator", severity: "error", cell: "F140", role: "indicator", value: "", params: { number: "6.2", row: 140 } });
  });

  it("does not take the parent tasks 5., 7. and 8., whose sub-tasks carry everything, for gaps", () => {
    const parents = table.rows.filter((r) => r.section?.includes("№1") && ["5.", "7.", "8."].includes(r.number!)).map((r) => r.row);
    expect(parents).toHaveLength(3);
    const gaps = withCodes(checkTable(table, context()), "gap.no-deadline", "gap.no-responsible", "gap.no-indicator", "gap.no-financing", "deadline.missing", "responsible.missing");
    expect(gaps.map((f) => f.params.row)).toEqual([140]);
  });

  it("has every deadline, responsible body and financing answer in place", () => {
    for (const rule of [gapNoDeadline, gapNoResponsible, gapNoFinancing]) expect(located(rule, table)).toEqual([]);
  });
});

describe("a sub-task with an empty cell under a parent that fills it", () => {
  // Kyustendil goal 1, task 11. and its first sub-task, with the sub-task's deadline and bodies left out.
  const table = plan(
    ["11.", "Осъществяване на обща програма за стимулиране на дейности и изяви на учениците", "2019 г.", "Училища, ЦПЛР - ОДК, РУО – Кюстендил, Община Кюстендил", "Бюджет на общината", "Брой проведени инициативи"],
    ["11.1.", "Празник на пеперудата", "", "", "", "Брой групи за занимания по интереси Брой ученици"],
  );
  const findings = withCodes(checkTable(table, context()), "gap.no-deadline", "gap.no-responsible", "deadline.missing", "responsible.missing");

  it("is one warning per cell naming the parent's value, not a gap", () => {
    expect(findings.map((f) => `${f.cell} ${f.code} ${f.severity}`)).toEqual(["C3 deadline.missing warning", "D3 responsible.missing warning"]);
  });

  it("offers the parent's value as the fix", () => {
    const [deadline, responsible] = findings;
    expect(deadline.params).toMatchObject({ number: "11.1", parent: "11", parentValue: "2019 г." });
    expect(deadline.fix).toEqual({ value: "2019 г.", key: "fix.inherit.deadline", params: { parent: "11", parentValue: "2019 г." } });
    expect(responsible.fix?.value).toBe("Училища, ЦПЛР - ОДК, РУО – Кюстендил, Община Кюстендил");
  });

  it("takes its financing from the parent without a finding", () => {
    expect(located(gapNoFinancing, table)).toEqual([]);
  });
});

describe("a task with an empty cell and no parent to fill it", () => {
  const table = plan(
    ["1.", "Определяне на координатор.", "", "", "", ""],
    ["2.", "Определяне на екип за подкрепа за личностно развитие на детето или ученика.", "в зависимост от конкретния случай", "детски градини, училища", "Не се изисква допълнително финансиране", "Заповед директора образователната институция"],
  );

  it.each([
    [gapNoDeadline, "C2 gap.no-deadline", "error"],
    [gapNoResponsible, "D2 gap.no-responsible", "error"],
    [gapNoIndicator, "F2 gap.no-indicator", "error"],
    [gapNoFinancing, "E2 gap.no-financing", "warning"],
  ])("is a gap: %#", (rule, expected, severity) => {
    const findings = rule.run(table, context());
    expect(findings.map((f) => `${f.cell} ${f.code}`)).toEqual([expected]);
    expect(findings[0].severity).toBe(severity);
    expect(findings[0].fix?.key).toBe(`fix.${findings[0].code}`);
  });
});

describe("what counts as an answer", () => {
  it.each([
    ["Не се изисква допълнително финансиране"],
    ["Nie dotyczy"],
    ["bezkosztowo"],
    ["Дополнительное финансирование не требуется"],
    ["Додаткове фінансування не потребує"],
    ["Budżet szkoły/KFS"],
  ])("financing %j is an answer, not a gap", (financing) => {
    const table = plan(["1.", "Определяне на координатор.", "постоянен", "училища", financing, "Брой училища"]);
    expect(located(gapNoFinancing, table)).toEqual([]);
  });

  it.each([["-"], ["—"], ["?"], ["…"], ["х"], [" - "]])("filler %j in a deadline cell is no deadline", (filler) => {
    const table = plan(
      ["1.", "Определяне на координатор.", filler, "училища", "Nie dotyczy", "Брой училища"],
      ["2.", "Ранно оценяване на развитието на децата", "постоянен", "училища", "Nie dotyczy", "Брой оценени деца"],
    );
    const [f] = gapNoDeadline.run(table, context());
    expect(f).toMatchObject({ code: "gap.no-deadline", cell: "C2", value: filler.trim() });
  });

  it("a responsible cell that starts with a dash but names bodies is filled (`- училища, детски градини`)", () => {
    const table = plan(["1.1.", "Разкриване на работни места за психолог", "месец август - септември 2019 г.", "- училища, детски градини", "Делегиран бюджет", "Брой специалисти"]);
    expect(located(gapNoResponsible, table)).toEqual([]);
  });
});

describe("one problem, one line", () => {
  it("a deadline column empty in every row is one blank-column error at its header, not a gap per task", () => {
    const table = plan(
      ["1.", "Определяне на координатор.", "", "училища", "Nie dotyczy", "Брой"],
      ["2.", "Определяне на екип", "", "училища", "Nie dotyczy", "Брой"],
    );
    expect(located(gapNoDeadline, table)).toEqual([]);
    const [f] = tableBlankColumn.run(table, context());
    expect(f).toMatchObject({ code: "table.blank-column", severity: "error", cell: "C1", role: "deadline" });
  });

  it("a table without a deadline column has no deadline gaps (the missing column is reported once)", () => {
    expect(located(gapNoDeadline, makeTable({ columns: ["number", "activity", "responsible"], rows: [["1.", "Дейност", ""]] }))).toEqual([]);
    expect(located(gapNoIndicator, volodarsk())).toEqual([]);
  });

  it("the Bochnia harmonogram has no gaps: every task has its term, unit, financing and measure", () => {
    const gaps = withCodes(checkTable(bochnia(), context()), "gap.no-deadline", "gap.no-responsible", "gap.no-indicator", "gap.no-financing", "gap.no-target", "gap.no-measure");
    expect(gaps).toEqual([]);
  });

  it("a bare number with nothing else is not a task to check", () => {
    const table = plan(["1.", "Определяне на координатор.", "постоянен", "училища", "Nie dotyczy", "Брой"], ["2."]);
    for (const rule of [gapNoDeadline, gapNoResponsible, gapNoIndicator, gapNoFinancing]) expect(located(rule, table)).toEqual([]);
  });
});

describe("school breaks listed among the events", () => {
  it("does not ask who answers for a break or a day off, and still for the events around it", () => {
    // The SOSW Polish calendar of events and days off for 2024/2025.
    const table = makeTable({
      columns: ["activity", "deadline", "responsible"],
      rows: [
        ["Jasełka/spotkanie opłatkowe", "grudzień/styczeń", "Dyrektor / M.Czopek"],
        ["Zimowa przerwa świąteczna", "23-31 grudzień", null],
        ["Ferie zimowe", "3 luty-16 luty", null],
        ["Pasowanie na ucznia", "(dzień bez zajęć edukacyjnych)", null],
      ],
    });
    expect(located(gapNoResponsible, table)).toEqual(["C5 gap.no-responsible"]);
  });
});

describe("people written one cell to the left of the responsible column", () => {
  it("does not call a task without a responsible body when its people stand under the place heading", () => {
    // Oyok culture and sports complex, October 2016: two rows with the names under `Место`.
    const table = makeTable({
      columns: ["number", "activity", "deadline", "notes", "responsible"],
      rows: [
        ["5.", "Беседа о вредных привычках.", "17.10.16 11.30", "ДК, конференц-зал", "Меркурьева Г.С. Глазунова Н.С."],
        ["6.", "Участие в районном КВН.", "октябрь", "Лапшакова Н.Д. Глазунова Н.С.", null],
        ["7.", "Молодежные дискотеки.", "октябрь", "ДК, фойе", null],
      ],
    });
    expect(located(gapNoResponsible, table)).toEqual(["E4 gap.no-responsible"]);
  });
});

describe("a schedule with a date column per subject", () => {
  // Draginovo's class-test schedule: a row per month, a column of test dates per subject.
  const table = makeTable({
    columns: ["activity", { role: "deadline", header: "Български език и литература" }, { role: "deadline", header: "Математика" }],
    rows: [
      ["Контролни работи", "", "26.09.2016г."],
      ["Контролни работи", "04.10.2016г.", "19.10.2016г."],
      ["Контролни работи", "02.11.2016г.\n24.11.2016г.", ""],
      ["Контролни работи", "", ""],
    ],
  });

  it("does not report a row dated in another subject's column as a task without a deadline", () => {
    expect(located(gapNoDeadline, table).filter((f) => f.startsWith("B2") || f.startsWith("B4"))).toEqual([]);
  });

  it("still reports a row with no date in any of its columns", () => {
    expect(withCodes(gapNoDeadline.run(table, context()), "gap.no-deadline").map((f) => f.cell)).toEqual(["B5"]);
  });
});

describe("an indicator table with a target column per year", () => {
  // Adygea education programme: targets for 2018-2024, the first years empty for an indicator set later.
  const table = makeTable({
    columns: ["indicator", "unit", { role: "target", header: "2018 год" }, { role: "target", header: "2019 год" }, { role: "target", header: "2020 год" }],
    rows: [
      ["1. Уровень образования", "процент", "", "", "61,25"],
      ["2. Количество публикаций", "единиц", "19", "15", "16"],
      ["3. Количество участников", "единиц", "", "", ""],
    ],
  });

  it("does not report an indicator with its target in a later year's column as without a target", () => {
    expect(gapNoTarget.run(table, context()).map((f) => f.cell)).toEqual(["C4"]);
  });
});

describe("an indicator that states its own target", () => {
  const table = makeTable({
    columns: ["indicator", "target"],
    rows: [
      ["Доля учителей, прошедших курсы, не менее 80%", ""],
      ["Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием", ""],
      ["Zgony niemowląt na 1000 urodzeń żywych", ""],
      ["Liczba szkoleń", "5"],
    ],
  });

  it("has its target in its wording; an age or a rate's base is no target", () => {
    expect(gapNoTarget.run(table, context()).map((f) => f.cell)).toEqual(["B3", "B4"]);
  });
});
