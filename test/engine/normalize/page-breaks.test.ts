import { checkSheet } from "../../../src/engine/check";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { isPageFooter, isPageMark } from "../../../src/engine/normalize/table-end";
import { merged, tablesOf } from "../detect/read-tables";

const _ = null;
const header = ["Lp.", "Zadanie", "Termin", "Odpowiedzialni", "Uwagi"];
const title = "Harmonogram działań Zespołu Szkół nr 3 na rok szkolny 2025/2026";

/** A plan printed to pages and pasted back: each page ends in its footer and opens with the title and the header. */
function printed(footer: string): CellValue[][] {
  return [
    [title],
    header,
    ["1.", "Opracowanie planu nadzoru", "wrzesień 2025", "dyrektor", _],
    ["2.", "Zebranie rady pedagogicznej", "15.09.2025", "dyrektor", "protokół"],
    ["3.", "Próbna ewakuacja szkoły", "październik 2025", "wicedyrektor", _],
    [footer],
    [title],
    header,
    ["4.", "Dzień Edukacji Narodowej", "14.10.2025", "samorząd uczniowski", _],
    ["5.", "Konsultacje dla rodziców", "listopad 2025", "wychowawcy klas", "wg harmonogramu"],
  ];
}

describe("a table printed over pages and pasted back", () => {
  it("a header repeated after a page footer and the running title keeps one table and its numbering", () => {
    const rows = printed("Strona 1 z 4   Wydruk: 02.09.2025");
    const tables = tablesOf(rows, merged("A1:E1", "A6:E6", "A7:E7"));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.headerRows).toEqual([2]);
    expect(t.repeatedHeaderRows).toEqual([8]);
    expect(t.pageMarkRows).toEqual([6, 7]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(t.rows.map((r) => r.section)).toEqual([_, _, _, _, _]);

    const findings = checkSheet(gridFromRows("S", rows, merged("A1:E1", "A6:E6", "A7:E7"))).flatMap((c) => c.findings);
    expect(findings.filter((f) => f.code.startsWith("numbering."))).toEqual([]);
  });

  it("a footer with the printed date and the page in words ends no table", () => {
    const [t] = tablesOf(printed("Page 1 FY26 September 2 '25"));
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(t.pageMarkRows).toEqual([6, 7]);
  });

  it("the running title alone between two pages is no task and no end of the table", () => {
    const rows = printed("Page 1 FY26 September 2 '25").filter((r) => r[0] !== "Lp.").slice(0);
    rows.splice(1, 0, header);
    const [t, ...rest] = tablesOf(rows);
    expect(rest).toEqual([]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(t.pageMarkRows).toEqual([6, 7]);
  });

  it("a part of the plan named over the first header and again under a month heading stays a heading, not a page's title", () => {
    const area = "Organizacja pracy szkoły i nadzór pedagogiczny";
    const [t] = tablesOf([["WRZESIEŃ"], [area], header, ["1.", "Opracowanie planu nadzoru", "wrzesień 2025", "dyrektor", _], ["PAŹDZIERNIK"], [area], header, ["2.", "Próbna ewakuacja szkoły", "październik 2025", "wicedyrektor", _]]);
    expect(t.pageMarkRows).toEqual([]);
    expect(t.repeatedHeaderRows).toEqual([7]);
    expect(t.rows[1].section).toBe("PAŹDZIERNIK " + area);
  });

  it("a header repeated under a title of another table's still starts that second table", () => {
    const rows = printed("Strona 1 z 4");
    rows[5] = [];
    rows[6] = ["Harmonogram zebrań z rodzicami na rok szkolny 2025/2026"];
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(2);
    expect(tables[1].rows.map((r) => r.number)).toEqual(["4.", "5."]);
  });

  it("a task that lost its number and text in a planner's printout keeps a row of its own", () => {
    const tables = tablesOf([
      ["ID", "Name", "Start", "Finish", "Resource Names", "% Complete"],
      ["4", "Finalize list of programs", "Aug 15 '95", "Aug 18 '95", "Jackson", "100%"],
      [_, _, "Jul 3 '95", "Nov 22 '95", "Jackson", "100%"],
      ["6", "Notify program managers", "Jul 3 '95", "Jul 28 '95", "Jackson", "100%"],
      ["7", "Review the evaluation process", "Aug 1 '95", "Aug 15 '95", "Jackson, Cabinet", "100%"],
    ]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });

  it("rows giving a task's other sessions under its number, the numbering running on after them, stay that task's", () => {
    const tables = tablesOf([
      ["№", "Захід", "Дата", "Година", "Місце", "Відповідальні"],
      ["1.", "Свято Миколая", "18.12", "12.00", "актовий зал", "Рожок Н.М."],
      ["2.", "Новорічні ранки", "27.12", "10.00", "ляльковий театр", "Смаль Г.І."],
      [_, _, "27.12", "13.00", "ляльковий театр", "Смаль Г.І."],
      [_, _, "21.12", "15.30", "актовий зал", "Киця Н.С."],
      ["3.", "Новорічний вечір", "27.12", "16.00", "актовий зал", "Козлова Л.В."],
    ]);
    expect(tables[0].rows.map((r) => r.sourceRows)).toEqual([[2], [3, 4, 5], [6]]);
  });
});

describe("a PDF copy's page break", () => {
  const header = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные"];
  const page = (mark: CellValue[][]): CellValue[][] => [
    header,
    ["1.", "Совещание руководителей образовательных организаций", "сентябрь 2025", "управление образования"],
    ["2.", "Мониторинг посещаемости занятий", "ежемесячно", "заместители директоров"],
    ...mark,
    header,
    ["3.", "Проведение школьного этапа олимпиады", "октябрь 2025", "методический кабинет"],
  ];

  it("a page number alone right before the repeated header is no task and no parent of the next", () => {
    const [t, ...rest] = tablesOf(page([[_, "2"]]));
    expect(rest).toEqual([]);
    expect(t.pageMarkRows).toEqual([4]);
    expect(t.repeatedHeaderRows).toEqual([5]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3."]);
  });

  it("a footer pasted over cells of its own is no task", () => {
    const [t] = tablesOf(page([["Стр. 1 из 3", _, _, "Исп. Петрова А.А."]]));
    expect(t.pageMarkRows).toEqual([4]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3."]);
    expect(t.rows[1].cells).not.toHaveProperty("number", expect.stringContaining("Стр"));
  });

  it("the table's continuation line over the next page keeps one table", () => {
    const [t, ...rest] = tablesOf(page([["Продолжение таблицы 1"]]));
    expect(rest).toEqual([]);
    expect(t.pageMarkRows).toEqual([4]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3."]);
  });

  it("a printed date or the executor's line beside the page's number go with the page break", () => {
    const [t] = tablesOf(page([["Страница 1 из 3"], ["Напечатано 21.12.2025"]]));
    expect(t.pageMarkRows).toEqual([4, 5]);
    expect(t.sections).toEqual([]);

    const title = "План мероприятий управления образования на 2025/2026 учебный год";
    const signed = tablesOf([[title], ...page([["Исп. Иванова И.И., тел. 22-33-44"], [title]])])[0];
    expect(signed.pageMarkRows).toEqual([5, 6]);
    expect(signed.sections).toEqual([]);
    expect(signed.rows.map((r) => r.number)).toEqual(["1.", "2.", "3."]);
  });

  it.each(["ОКТЯБРЬ", "ОРГАНИЗАЦИОННАЯ РАБОТА"])("a heading (%j) after a page's footer still opens its section", (heading) => {
    const [t] = tablesOf(page([["Страница 1 из 3"], [heading]]));
    expect(t.pageMarkRows).toEqual([4]);
    expect(t.sections.map((x) => x.title)).toEqual([heading]);
    expect(t.rows.map((r) => r.section)).toEqual([null, null, heading]);
  });

  it("a number alone with no header after it is still read as the rows around it say", () => {
    const rows = page([[_, "2"]]).filter((r, i) => i !== 4);
    const [t] = tablesOf(rows);
    expect(t.pageMarkRows).toEqual([]);
  });
});

describe("page footers", () => {
  it.each(["Продолжение таблицы 2", "Продовження додатка 1", "Ciąg dalszy tabeli", "cd. tabeli 3", "Table 1 (continued)", "Таблица 2 (продолжение)"])("%j is the line over a table's next page", (text) => {
    expect(isPageMark(text)).toBe(true);
  });

  it.each(["Продолжение работы с одарёнными детьми", "Continued support for new teachers", "Ciąg dalszy prac remontowych w sali gimnastycznej"])("%j is no such line", (text) => {
    expect(isPageMark(text)).toBe(false);
  });

  it.each(["Page 1 FY97 December 21 '95", "Strona 3 z 7 – Plan pracy 2024", "Стр. 2, форма ПП-1", "Plan pracy szkoły, strona 3 z 7", "Сторінка 4"])("%j is a page's footer", (text) => {
    expect(isPageMark(text)).toBe(true);
  });

  it.each(["Update page 3 of the handbook", "Pages 3-5 of the report reviewed", "Strony internetowe szkoły", "Стр. 2 отчёта подготовить к 15 мая 2025 года, с таблицами и выводами по всем пунктам плана"])("%j is no footer", (text) => {
    expect(isPageFooter(text)).toBe(false);
  });
});

describe("the document's title met again over a block of its own", () => {
  it("opens a second table when the title heads lines of its own (a second project with its own statement), not a page", () => {
    const heading = "Harmonogram działań i budżet projektu szkolnego";
    const rows: CellValue[][] = [
      [heading],
      ["Tytuł projektu: Bezpieczna szkoła"],
      ["Opis problemu: 30% sal bez sprawnego oświetlenia"],
      [],
      ["Działania i budżet"],
      header,
      ["1.", "Przegląd sal lekcyjnych", "wrzesień 2025", "dyrektor", _],
      ["2.", "Naprawa oświetlenia", "październik 2025", "konserwator", _],
      [],
      [heading],
      ["Tytuł projektu: Czytająca szkoła"],
      ["Opis problemu: mało wypożyczeń w bibliotece"],
      [],
      ["Działania i budżet"],
      header,
      ["1.", "Spotkanie z rodzicami", "styczeń 2026", "bibliotekarz", _],
    ];
    const tables = tablesOf(rows);
    expect(tables.map((t) => t.headerRows)).toEqual([[6], [15]]);
    expect(tables.map((t) => t.rows.map((r) => r.cells.activity))).toEqual([["Przegląd sal lekcyjnych", "Naprawa oświetlenia"], ["Spotkanie z rodzicami"]]);
  });
});
