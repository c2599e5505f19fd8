import { roleOfHeader } from "../../../src/engine/plan-tables";
import { type CellValue } from "../../../src/engine/grid";
import { merged, roles, tablesOf } from "./read-tables";

/**
 * Tables laid out in ways met on real plans (test/corpus), each a kind the reader meets again:
 * headings that say "the name of" before the role, a second block with one column more.
 */

const _ = null;


describe("an indicator table with only the indicator, its source, its unit and year columns", () => {
  const rows: CellValue[][] = [
    ["Наименование целевого показателя (индикатора) государственной программы \"Развитие образования\"", "Источник получения информации", "Единица измерения", "Значение целевых показателей (индикаторов)", "", "", ""],
    ["", "", "", "2018 год", "2019 год", "2020 год", "2021 год"],
    ["1. Уровень образования", "статистическая отчетность", "процент", "", "", "61,25", "62,64"],
    ["2. Количество публикаций", "ведомственная отчетность", "единиц", "19", "15", "16", "17"],
  ];

  it("is found under its two-row header, the years typed as targets", () => {
    const tables = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:G1"));
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([1, 2]);
    expect(roles(tables[0])).toEqual(["A:indicator", "B:monitoring", "C:unit", "D:target", "E:target", "F:target", "G:target"]);
    expect(tables[0].rows).toHaveLength(2);
  });

  it("reads a heading opening with `the name of` as the role named after it", () => {
    expect(roleOfHeader("Наименование целевого показателя (индикатора) государственной программы \"Развитие образования\"")).toBe("indicator");
    expect(roleOfHeader("Источник получения информации")).toBe("monitoring");
  });
});

describe("a header-less two-column list of date spans and holidays under a heading line", () => {
  it("is a table of one holiday per row, its lower-case names no lines of the row above", () => {
    const tables = tablesOf([
      ["Начало и край на ваканциите с изключение на лятната през учебната 2023/2024 година:"],
      ["28.10.2023 г. – 01.11.2023 г. вкл.", "есенна ваканция"],
      ["23.12.2023 г. – 02.01.2024 г. вкл.", "коледна ваканция"],
      ["03.02.2024 г. – 05.02.2024 г. вкл.", "междусрочна ваканция"],
      ["30.03.2024 г. – 07.04.2024 г. вкл.", "пролетна ваканция за І-ХІ клас"],
      [],
      ["Неучебни дни:"],
      ["17.05.2024 г. – ДЗИ по БЕЛ"],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].range).toBe("A2:B5");
    expect(roles(tables[0])).toEqual(["A:deadline", "B:activity"]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });
});

describe("a second block on the sheet under its header with a column more", () => {
  const header = ["Учебни предмети\nКлас", _, "МЕСЕЦ", "Български език и литература", "Математика"];
  const rows: CellValue[][] = [
    ["График за провеждане на контролните работи"],
    [],
    header,
    ["I А клас", "Контролни работи", "ІХ", _, "26.09.2016г."],
    [_, _, "Х", "04.10.2016г.", "19.10.2016г."],
    [_, _, "ХІ", "02.11.2016г.", _],
    ["I Б клас", "Контролни работи", "ІХ", _, "28.09.2016г."],
    [_, _, "Х", "04.10.2016г.", "24.10.2016г."],
    [_, _, "ХІ", "02.11.2016г.", _],
    ["I В клас", "Контролни работи", "ІХ", _, "28.09.2016г."],
    [_, _, "Х", "04.10.2016г.", "24.10.2016г."],
    [_, _, "ХІ", "02.11.2016г.", _],
    [],
    [...header, "Околен свят"],
    ["II А клас", "Контролни работи", "ІХ", "30.09.2016г.", "28.09.2016г.", _],
    [_, _, "Х", _, "18.10.2016г.", "03.10.2016г."],
    [_, _, "ХІ", "07.11.2016г.", _, "19.12.2016г."],
  ];

  it("is a table of its own, the header with the extra column its header", () => {
    const tables = tablesOf(rows, merged("A3:B3", "A14:B14", "A4:A6", "B4:B6", "A7:A9", "B7:B9", "A10:A12", "B10:B12", "A15:A17", "B15:B17"));
    expect(tables.map((t) => t.range)).toEqual(["A3:E12", "A14:F17"]);
    expect(tables.map((t) => t.headerRows)).toEqual([[3], [14]]);
    expect(tables[1].columns.map((c) => c.column)).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("leaves the classes under the heading merged over them and the test kind unknown: whom the task concerns", () => {
    const tables = tablesOf(rows, merged("A3:B3", "A14:B14", "A4:A6", "B4:B6", "A7:A9", "B7:B9", "A10:A12", "B10:B12", "A15:A17", "B15:B17"));
    expect(roles(tables[0]).slice(0, 2)).toEqual(["A:unknown", "B:activity"]);
  });
});

describe("a table of labelled cells: one activity per row, each cell naming what it holds", () => {
  const activity = (text: string, lead: string, when: string, budget: string, measure: string): CellValue[] => [
    text,
    `Lead officer: ${lead}`,
    when,
    `Budget implications: ${budget}`,
    `Performance measures and monitoring arrangements: ${measure}`,
  ];
  const rows: CellValue[][] = [
    ["1: A network of libraries across each Township"],
    ["Key Activities 07-10"],
    activity("Develop a library refurbishment plan", "Principal Librarian", "2007/8", "Budget to maintain and refurbish library premises", "Plan in place"),
    activity("Continue investigations into the co-location strategy", "Area Librarians", "2007-10", "Limited Capital budget allocation", "Co-locations in place"),
    activity("Review Mobile library service provision", "Community Services Manager", "2007-10", "Funding required for Mobile technology", "Visits to the Mobile library"),
  ];

  it("is a table whose columns the labels type, the years beside them its timescale", () => {
    const tables = tablesOf(rows, merged("A1:E1", "A2:E2"));
    expect(tables).toHaveLength(1);
    expect(tables[0].range).toBe("A3:E5");
    expect(roles(tables[0])).toEqual(["A:activity", "B:responsible", "C:deadline", "D:budget", "E:indicator"]);
    expect(tables[0].sections).toEqual([]);
  });

  it("is no table when only one column carries labels and nothing is dated", () => {
    const one = rows.map((r) => (r.length > 1 ? [r[0], r[1]] : r));
    expect(tablesOf(one, merged("A1:B1", "A2:B2"))).toEqual([]);
  });
});

describe("break names merged down over a Close and an Open row", () => {
  const rows: CellValue[][] = [
    ["Close: Friday 30th May 2023"],
    [],
    ["BREAK", "DATES OF ATTENDANCE", _],
    ["October", "Close", "Friday 6th October 2023"],
    [_, "Open", "Monday 23rd October 2023"],
    ["November", "Close", "Friday 24th November 2023"],
    [_, "Open", "Tuesday 28th November 2023"],
    ["Christmas", "Close", "Thursday 21st December 2023"],
    [_, "Open", "Thursday 4th January 2024"],
    [],
    ["April", "Close", "Thursday 28th March 2024"],
    [_, "Open", "Monday 15th April 2024"],
  ];
  const merges = merged("B3:C3", "A4:A5", "A6:A7", "A8:A9", "A11:A12");

  it("is a table whose break names are the tasks, each row dated beside", () => {
    const tables = tablesOf(rows, merges);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([3]);
    expect(roles(tables[0])).toEqual(["A:activity", "B:unknown", "C:deadline"]);
    expect(tables[0].rows).toHaveLength(8);
  });

  it("keeps month names merged down beside task text as the deadline, not the task", () => {
    const events = ["Harvest festival assembly", "Parents evening with reports", "Remembrance service at church", "Christmas concert and carols", "Nativity play rehearsal", "Easter egg hunt in the garden"];
    let e = 0;
    const withText = rows.map((r, i) => (i >= 3 && r.length > 0 ? [r[0], events[e++ % events.length], r[2]] : r));
    const [t] = tablesOf(withText, merges);
    expect(roles(t)[0]).not.toBe("A:activity");
  });
});

describe("a term's name beside the date column's heading, repeated for each term", () => {
  const rows: CellValue[][] = [
    ["Autumn Term", "Date:"],
    ["Start:", "Tuesday 05 September 2023"],
    ["", "Wednesday 06 September 2023 - Year 10 start"],
    ["Autumn Half Term:", "Monday 16 October 2023 – Friday 27 October 2023"],
    ["Christmas Holiday:", "Friday 22 December 2023 – Friday 05 January 2024"],
    [],
    ["Spring Term", "Date:"],
    ["Spring Half Term:", "Monday 12 February 2024 – Friday 16 February 2024"],
    ["Easter Holiday:", "Friday 29 March 2024 – Friday 12 April 2024"],
    [],
    ["OPEN MORNINGS", "9am to 11.15am"],
    ["", "Tuesday 26th September"],
    ["", "Wednesday 27th September"],
    [],
    ["INSET DAYS (2)", ""],
    ["", "Friday 01 September 2023"],
    ["", "Monday 04 September 2023"],
  ];

  it("heads the table and is repeated over the next term, never a task", () => {
    const [t] = tablesOf(rows);
    expect(t.headerRows).toEqual([1]);
    expect(t.repeatedHeaderRows).toEqual([7]);
    expect(roles(t)).toEqual(["A:activity", "B:deadline"]);
    expect(t.rows.map((r) => r.row)).not.toContain(7);
  });

  it("keeps a date alone under a dated row as an entry of its own", () => {
    const [t] = tablesOf(rows);
    expect(t.rows.map((r) => r.row).slice(0, 4)).toEqual([2, 3, 4, 5]);
  });

  it("reads a title in capitals with a time beside it, and one alone, as headings of the dates under them", () => {
    const [t] = tablesOf(rows);
    expect(t.range).toBe("A1:B17");
    expect(t.sections.map((s) => s.row)).toEqual([11, 15]);
    expect(t.rows.map((r) => r.row).slice(-4)).toEqual([12, 13, 16, 17]);
  });

  it("is no header when no other row repeats it", () => {
    const once = rows.slice(0, 5);
    const [t] = tablesOf(once);
    expect(t?.headerRows ?? []).toEqual([]);
  });
});

describe("a header-less list above a table with a header", () => {
  const rows: CellValue[][] = [
    ["Kalendarz Roku Szkolnego"],
    ["Kalendarz roku szkolnego 2023/2024"],
    ["Rozpoczęcie zajęć dydaktyczno-wychowawczych", "4 września 2023 r."],
    ["Zimowa przerwa świąteczna", "23 – 31 grudnia 2023 r."],
    ["Wiosenna przerwa świąteczna", "28 marca – 2 kwietnia 2024 r."],
    ["Ferie letnie", "22 czerwca – 31 sierpnia 2024 r."],
    [],
    ["HARMONOGRAM ZEBRAŃ Z RODZICAMI 2023/2024"],
    ["Lp.", "Data", "Tematyka"],
    ["1", "04.09.2023", "Spotkanie klasowe z wychowawcą"],
    ["2", "14.11.2023", "Konsultacje"],
  ];

  it("is a table of its own, under the title naming the school year, which is no section", () => {
    const tables = tablesOf(rows, merged("A1:C1", "A2:C2", "A8:C8"));
    expect(tables.map((t) => t.range)).toEqual(["A3:B6", "A9:C11"]);
    expect(roles(tables[0])).toEqual(["A:activity", "B:deadline"]);
    expect(tables[0].sections).toEqual([]);
    expect(tables[1].headerRows).toEqual([9]);
  });
});

describe("the sheet's first line above a list without a header", () => {
  it("is its title, not its first section", () => {
    const [t] = tablesOf(
      [
        ["ETAPY BUDŻETU OBYWATELSKIEGO"],
        ["Kampania informacyjno-edukacyjna", "19.05.2025 08:00", ""],
        ["Zgłaszanie projektów", "02.06.2025 00:00", "30.06.2025 23:59"],
        ["Weryfikacja zgłoszonych projektów", "01.07.2025 00:00", "22.08.2025 23:59"],
      ],
      merged("A1:C1"),
    );
    expect(t.sections).toEqual([]);
    expect(t.range.startsWith("A2")).toBe(true);
  });
});

describe("a caption after a blank row under a list without a header", () => {
  const rows: CellValue[][] = [
    ["KALENDARZ SZKOLNY"],
    ["1.", "Rozpoczęcie roku szkolnego", "1 września 2020 r."],
    ["2.", "Ferie świąteczne – Boże Narodzenie", "23-31 grudnia 2020r"],
    ["3.", "Zakończenie I semestru nauki", "15.01.2021r."],
    [],
    ["Terminarz zebrań z rodzicami"],
    ["1.", "Organizacyjne (wybory do Rady Rodziców klasy I)", "wrzesień"],
    ["2.", "Informacyjne śródsemestralne", "listopad"],
    ["3.", "Podsumowujące klasyfikację za I semestr", "styczeń"],
  ];

  it("is the title of the next list, not its section", () => {
    const tables = tablesOf(rows, merged("A1:C1", "A6:C6"));
    expect(tables.map((t) => t.range)).toEqual(["A2:C4", "A7:C9"]);
    expect(tables.map((t) => t.sections)).toEqual([[], []]);
  });

  it("stays a section when it names a month", () => {
    const months = rows.map((r, i) => (i === 5 ? ["LISTOPAD 2020"] : r));
    const tables = tablesOf(months, merged("A1:C1", "A6:C6"));
    expect(tables[tables.length - 1].sections.map((s) => s.row)).toEqual([6]);
  });
});

describe("a scorecard whose targets stand under fiscal years (`FY 25` over `Target | Actual`)", () => {
  const rows: CellValue[][] = [
    ["Performance Objectives", "Performance Measure", "Baseline 2024", "FY 25", _, "FY 26", _],
    [_, _, _, "Target", "Actual", "Target", "Actual"],
    ["A. Increase mastery of standards", "Increase the Content Mastery score for elementary schools", "73.9", "77", _, "80", _],
    [_, "Increase the Content Mastery score for middle schools", "70.3", "73", _, "76", _],
  ];

  it("is found under its two-row header, each year's pair typed target and actual", () => {
    const tables = tablesOf(rows, merged("A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1", "A3:A4"));
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([1, 2]);
    expect(roles(tables[0])).toEqual(["A:objective", "B:indicator", "C:baseline", "D:target", "E:actual", "F:target", "G:actual"]);
    expect(tables[0].rows).toHaveLength(2);
  });

  it("stays no table when the years head no measures (`FY 2025` over a row of prose)", () => {
    const prose: CellValue[][] = [
      ["FY 25", "FY 26", "FY 27"],
      ["The district will review its plan every year.", "", ""],
    ];
    expect(tablesOf(prose)).toEqual([]);
  });
});

describe("an indicator table of titles, their status, value and target, with no deadline column", () => {
  const rows: CellValue[][] = [
    ["2023/24 Performance Indicators"],
    ["Performance Indicator Title", "Status", "Value", "Target"],
    ["Attendance rates in secondary schools (%)", "amber", "90.7%", "92%"],
    ["Attendance rates in primary schools (%)", "green", "94.8%", "92%"],
    ["Number of parents participating in the Triple P programme", "green", "297", "180"],
  ];

  it("is found under its header, its value typed as the indicator's actual", () => {
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([2]);
    expect(roles(tables[0])).toEqual(["A:indicator", "B:monitoring", "C:actual", "D:target"]);
    expect(tables[0].rows).toHaveLength(3);
  });

  it("leaves a colour key on its own no table", () => {
    expect(tablesOf([["Green is on Target, red is off target, amber is slightly off target"]])).toEqual([]);
  });
});

describe("an indicator table in blocks, each headed by school years over its block's name and measures", () => {
  const rows: CellValue[][] = [
    ["Strategic Priority #1: KPIs"],
    [_, "SY2022", "SY2023", "SY2024"],
    ["1.A Empathy - Cultural Competence", "Baseline", "Target", "Target"],
    ["Cultural Proficiency - Staff Survey", "73.8%", "74.3%", "75.3%"],
    ["Cultural Proficiency - Student Survey", "82.6%", "83.1%", "84.1%"],
    ["Cultural Proficiency - Family Survey", "82.7%", "83.2%", "84.2%"],
    [],
    [_, "SY2022", "SY2023", "SY2024"],
    ["1.B Empathy - Student & Staff Wellbeing", "Baseline", "Target", "Target"],
    ["Student Wellbeing - Student Survey", "57.6%", "58.6%", "60.6%"],
    ["Staff Wellbeing - Staff Survey", "60.1%", "61.1%", "63.1%"],
  ];

  it("is one table, the text beside the measures its indicators, each block's header a repeated header", () => {
    const tables = tablesOf(rows);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([2, 3]);
    expect(roles(tables[0])).toEqual(["A:indicator", "B:baseline", "C:target", "D:target"]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([4, 5, 6, 10, 11]);
  });

  it("stays no table when the row under the years names no measure under each of them", () => {
    const legend = rows.map((r, i) => (i === 2 ? ["1.A Empathy - Cultural Competence", "Baseline", "on track", "Target"] : r));
    expect(tablesOf(legend.slice(0, 6))).toEqual([]);
  });
});
