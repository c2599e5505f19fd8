import { roles, tablesOf } from "./read-tables";

const _ = null;

describe("a Word table pasted with an empty spacer column", () => {
  it("still has its header read one column left of its body, the spacer passed over", () => {
    const tables = tablesOf([
      ["План мероприятий летнего лагеря"],
      ["Дата", _, "Мероприятие", "Ответственные", ""],
      ["1", _, "3 июля", "День знакомства. Игры на знакомство, выбор актива отряда, инструктаж по технике безопасности.", "Воспитатели, вожатая"],
      ["2", _, "4 июля", "День спорта. Весёлые старты и эстафеты на школьном стадионе, награждение команд.", "Физрук, воспитатели"],
      ["3", _, "5 июля", "День книги. Экскурсия в сельскую библиотеку, громкие чтения любимых сказок.", "Библиотекарь"],
      ["4", _, "6 июля", "День природы. Экологический десант на пришкольном участке, конкурс рисунков.", "Воспитатели"],
    ]);
    expect(tables).toHaveLength(1);
    const typed = roles(tables[0]).filter((r) => !r.startsWith("B:"));
    expect(typed).toEqual(["A:number", "C:deadline", "D:activity", "E:responsible"]);
  });

  it("keeps a header that stands over its columns where it is, the spacer between them", () => {
    const tables = tablesOf([
      ["Termin", _, "Zadanie", "Odpowiedzialny", ""],
      ["wrzesień", _, "Zebranie z rodzicami uczniów wszystkich klas i wybór trójek klasowych", "Dyrektor", "x"],
      ["październik", _, "Ślubowanie uczniów klas pierwszych i uroczysty apel w sali gimnastycznej", "Wychowawcy", "x"],
      ["listopad", _, "Obchody Święta Niepodległości z udziałem rodziców i przedstawicieli gminy", "Nauczyciele historii", "x"],
    ]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0]).filter((r) => ["A", "C", "D"].includes(r.split(":")[0]))).toEqual(["A:deadline", "C:activity", "D:responsible"]);
  });
});
