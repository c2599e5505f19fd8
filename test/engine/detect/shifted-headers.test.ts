import { roles, tablesOf } from "./read-tables";

describe("a header pasted one column left of its body", () => {
  it("names the columns on its right: the date over the dates, the event over the longest text, the responsible over the people", () => {
    const tables = tablesOf([
      ["План мероприятий летнего лагеря"],
      ["Дата", "Мероприятие", "Ответственные", ""],
      ["1", "3 июля", "День знакомства. Игры на знакомство, выбор актива отряда, инструктаж по технике безопасности.", "Воспитатели, вожатая"],
      ["2", "4 июля", "День спорта. Весёлые старты и эстафеты на школьном стадионе, награждение команд.", "Физрук, воспитатели"],
      ["3", "5 июля", "День книги. Экскурсия в сельскую библиотеку, громкие чтения любимых сказок.", "Библиотекарь"],
      ["4", "6 июля", "День природы. Экологический десант на пришкольном участке, конкурс рисунков.", "Воспитатели"],
    ]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0])).toEqual(["A:number", "B:deadline", "C:activity", "D:responsible"]);
    expect(tables[0].columns.map((c) => c.header)).toEqual(["", "Дата", "Мероприятие", "Ответственные"]);
  });

  it("stays where it is when its headings already stand over what they name, the last one left empty", () => {
    const tables = tablesOf([
      ["Termin", "Zadanie", "Odpowiedzialny", ""],
      ["wrzesień", "Zebranie z rodzicami uczniów wszystkich klas i wybór trójek klasowych", "Dyrektor", "x"],
      ["październik", "Ślubowanie uczniów klas pierwszych i uroczysty apel w sali gimnastycznej", "Wychowawcy", "x"],
      ["listopad", "Obchody Święta Niepodległości z udziałem rodziców i przedstawicieli gminy", "Nauczyciele historii", "x"],
    ]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0]).slice(0, 3)).toEqual(["A:deadline", "B:activity", "C:responsible"]);
  });
});
