import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";
import { isClosingSentence, isPageMark, isPageNumber } from "../../../src/engine/normalize/table-end";
import { accountForCells } from "../../../src/engine/normalize/conservation";

const HEADER = ["Nr zadania", "Zadanie", "Terminy realizacji", "Jednostka odpowiedzialna"];
const TASKS: CellValue[][] = [
  ["17.", "Wdrożenie przez szkoły planów wspomagania", "do czerwca 2020", "Zespół zadaniowy"],
  ["18.", "Spotkanie podsumowujące – przedstawienie wniosków i rekomendacji", "Wrzesień 2020", "Zespoły zadaniowe, dyrektorzy szkół."],
];

function lastRow(after: CellValue[][]): number {
  const [t] = detectPlanTables(gridFromRows("S", [HEADER, ...TASKS, ...after]));
  return t.rows[t.rows.length - 1].sourceRows.slice(-1)[0];
}

describe("where a table ends", () => {
  it.each<[string, CellValue[][]]>([
    ["a page number after a blank row", [[], [1]]],
    ["a page number in words", [[], ["Strona 2 z 5"]]],
    [
      "a closing sentence after a blank row",
      [[], ["Настоящият Годишен план на дейностите за подкрепа за личностното развитие на децата е приет с Решение №1030."]],
    ],
    ["signatures after a blank row", [[], ["Sporządził:", null, "Jan Kowalski"], ["Zatwierdził:", null, "Starosta Bocheński"]]],
    ["a lone line after a long gap of blank rows", [[], [], [], [null, "dopisano po zatwierdzeniu planu"]]],
  ])("stops before %s", (_name, after) => {
    expect(lastRow(after)).toBe(3);
  });

  it("goes on past a blank row when a task follows", () => {
    expect(lastRow([[], ["19.", "Sprawozdanie z realizacji", "grudzień 2020", "Wydział OPS"]])).toBe(5);
  });

  it("takes a lone line after a single blank row as the last task's continuation", () => {
    const [t] = detectPlanTables(gridFromRows("S", [HEADER, ...TASKS, [], [null, "dopisano po zatwierdzeniu planu"]]));
    expect(t.rows[1].sourceRows).toEqual([3, 5]);
  });

  it("keeps a continuation after a blank row when a task follows it", () => {
    const [t] = detectPlanTables(
      gridFromRows("S", [HEADER, ...TASKS, [], [null, null, null, "Wydział OPS"], ["19.", "Sprawozdanie z realizacji", "grudzień 2020", "Wydział OPS"]]),
    );
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3, 5], [6]]);
  });

  it("keeps a section title with tasks under it after a blank row", () => {
    const [t] = detectPlanTables(
      gridFromRows("S", [HEADER, ...TASKS, [], ["Cel szczegółowy 2"], ["1.", "Utworzenie sieci tematycznej", "Rok szkolny 2018/2019", "Dyrektor PPP"]]),
    );
    expect(t.sections).toEqual([{ row: 5, title: "Cel szczegółowy 2" }]);
    expect(t.rows).toHaveLength(3);
  });

  it("leaves out a title with no task under it", () => {
    const [t] = detectPlanTables(gridFromRows("S", [HEADER, ...TASKS, [], ["Uwagi końcowe"]]));
    expect(t.sections).toEqual([]);
    expect(t.range).toBe("A1:D3");
  });
});

describe("closing rows", () => {
  it.each(["1", "12", "- 2 -", "стр. 3", "Strona 2 z 5", "Page 4 of 9"])("%j is a page number", (text) => {
    expect(isPageNumber(text)).toBe(true);
  });

  it.each(["1.", "5.1.", "2019 година", "Nie dotyczy"])("%j is not a page number", (text) => {
    expect(isPageNumber(text)).toBe(false);
  });

  it("tells a closing sentence from a title", () => {
    expect(
      isClosingSentence(
        "Настоящият Годишен план на дейностите за подкрепа за личностното развитие на децата и учениците от община Кюстендил е приет с Решение №1030",
      ),
    ).toBe(true);
    expect(isClosingSentence("Стратегическа цел №3: Създаване на подкрепяща среда")).toBe(false);
  });
});

describe("lines that are no part of the table", () => {
  const ADMISSION = ["Вид дейност", "Срок"];
  const STEP = (text: string, date: string): CellValue[] => [text, date];

  it("leaves out the document's marking pasted between two rows at a page break, and reads on past it", () => {
    const grid = gridFromRows("График", [
      ADMISSION,
      STEP("Подаване на документи за участие в приема", "05 – 07 юли 2022 г."),
      STEP("Обявяване на списъците с приетите ученици на първи етап", "до 12 юли 2022 г."),
      ["Ниво на конфиденциалност 0 [TLP-WHITE]"],
      STEP("Записване на приетите ученици на първи етап", "13 – 15 юли 2022 г."),
    ]);
    const [t] = detectPlanTables(grid);
    expect(t.rows.map((r) => r.sourceRows)).toEqual([[2], [3], [5]]);
    expect(t.pageMarkRows).toEqual([4]);
    expect(accountForCells(grid, t)).toEqual([]);
  });

  it.each(["Ниво на конфиденциалност 0 [TLP-WHITE]", "TLP:CLEAR", "Для служебного пользования", "- 3 -", "Strona 2 z 5"])("%j is a page mark", (text) => {
    expect(isPageMark(text)).toBe(true);
  });

  it.each(["3", "5.", "Classification of school buildings", "Конфиденциальность персональных данных учащихся"])("%j is no page mark", (text) => {
    expect(isPageMark(text)).toBe(false);
  });

  it("ends the table at dashed notes under its last row", () => {
    const [t] = detectPlanTables(
      gridFromRows("Appeals", [
        ["Process", "Secondary schools", "Primary schools"],
        ["Deadline for the receipt of appeals", "Monday 31 March 2025", "Friday 16 May 2025"],
        ["On time appeals will be heard by", "Friday 21 June 2024", "Tuesday 16 July 2024"],
        ["- Appeals in respect of late applications will generally be heard within 30 school days of the appeal being received."],
        ["- Appeals received by the Clerk will be acknowledged in writing within 5 working days."],
      ]),
    );
    expect(t.rows).toHaveLength(2);
    expect(t.range).toBe("A1:C3");
  });

  it.each(["* Terminy mogą ulec zmianie.", "Примечание: сроки уточняются", "Uwaga: harmonogram może ulec zmianie"])("ends the table at a note %j under its last task", (note) => {
    expect(lastRow([[note]])).toBe(3);
  });

  it("keeps a short dashed item under the last task as part of it", () => {
    const [t] = detectPlanTables(gridFromRows("S", [HEADER, ...TASKS, [null, "- spotkanie z dyrektorami"]]));
    expect(t.rows[1].sourceRows).toEqual([3, 4]);
  });

  it("keeps a note followed by more tasks inside the table", () => {
    const [t] = detectPlanTables(gridFromRows("S", [HEADER, ...TASKS, [null, "* dotyczy szkół podstawowych"], ["19.", "Sprawozdanie z realizacji", "grudzień 2020", "Wydział OPS"]]));
    expect(t.rows).toHaveLength(3);
  });

  it("ends the table at a caption over lines alone after a blank row: a list of its own", () => {
    const [t] = detectPlanTables(
      gridFromRows("Terminy", [
        ["Lp.", "Wydarzenie", "Termin"],
        ["1.", "Rozpoczęcie roku szkolnego", "4 września 2023 r."],
        ["2.", "Zimowa przerwa świąteczna", "23-31 grudnia 2023 r."],
        [],
        ["Terminy zebrań z rodzicami:"],
        ["07.09.2023 r. – spotkanie informacyjne (czwartek)"],
        ["26.09.2023 r.- zebranie Dyrektora z przedstawicielami Rady Rodziców"],
        ["24.10.2023 r.- wywiadówka"],
        ["05.12. 2023 r.- konsultacje indywidualne"],
        ["09.04.2024 r. - wywiadówka"],
        ["14.05.2024 r. – konsultacje indywidualne"],
      ]),
    );
    expect(t.range).toBe("A1:C3");
    expect(t.sections).toEqual([]);
  });
});

describe("a signature under a table with the document's next part below it", () => {
  const plan = (signature: string): CellValue[][] => [
    ["№", "Етапи роботи", "Термін", "Відповідальні"],
    ["1.", "Уточнити списки педагогічних працівників", "до 20.09.2018", "Заступник директора"],
    ["2.", "Затвердити склад атестаційної комісії", "до 20.09.2018", "Директор"],
    ["3.", "Відвідування уроків, позакласних заходів", "жовтень – березень", "Атестаційна комісія"],
    [],
    [signature],
    [],
    ["ГРАФІК проведення атестації педагогічних працівників"],
    ["№ з/п", "Прізвище, ім’я, по батькові", "Дата засідання"],
    ["1.", "Климчук Петро Павлович", "26.03.2019"],
    ["2.", "Прадош Анна Яківна", "26.03.2019"],
  ];

  it.each([["Директор ________ О.П. Іваненко"], ["Директор училища            І.В. Стрижеус"], ["____________ Олександр ПРУТ"]])(
    "ends the table at %s, with no section of it read",
    (signature) => {
      const grid = gridFromRows("S", plan(signature));
      const tables = detectPlanTables(grid);
      for (const t of tables) expect(accountForCells(grid, t)).toEqual([]);
      expect(tables[0].rows).toHaveLength(3);
      expect(tables[0].sections).toEqual([]);
      expect(tables[0].rows.every((r) => r.section === null)).toBe(true);
    },
  );

  it("keeps a task naming its responsible with initials after a blank row in the table", () => {
    const [t] = detectPlanTables(gridFromRows("S", [...plan("x").slice(0, 4), [], ["Проведення наради з питань атестації О.П. Іваненко"], ["4.", "Оформлення документів", "квітень", "Секретар"]]));
    expect(t.rows).toHaveLength(4);
  });
});
