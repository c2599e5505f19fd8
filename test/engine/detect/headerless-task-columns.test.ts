import { roles, tablesOf } from "./read-tables";

describe("a plan table pasted with no header: which column holds the tasks", () => {
  it("takes the first column of text after the date for the task, not the longer place beside it", () => {
    const [t] = tablesOf([
      ["СПОРТЕН КАЛЕНДАР"],
      [],
      ["07.10.- 15.10.2021 г.", "Футбол", "V - Х клас", "Спортна площадка", "Учители по ФВС"],
      ["07.10.- 15.10.2021 г.", "Народна топка", "ІІ - ІV клас", "Спортна площадка", "Класни ръководители"],
      ["21.10.- 29.10.2021 г.", "Баскетбол", "VІІ - Х клас", "Спортна площадка", "Учители по ФВС"],
      ["04.11.- 12.11.2021 г.", "Щафетни игри", "І - ІV клас", "Физкултурен салон", "Класни ръководители"],
      ["19.05.2022 г.", "Спортен празник", "І - Х клас", "Спортна площадка и стадион", "Класни ръководители"],
    ]);
    expect(roles(t)).toContain("B:activity");
    expect(roles(t)).not.toContain("D:activity");
    expect(t.columns.find((c) => c.column === "B")?.source).toBe("content");
  });

  it("takes the event over the longer description of how it is held", () => {
    const [t] = tablesOf([
      ["Kalendarz imprez i uroczystości"],
      [],
      ["1.", "Uroczyste rozpoczęcie roku szkolnego", "Spotkanie, rozmowy z rodzicami", "01.09.2025"],
      ["2.", "Dzień Przedszkolaka", "Inscenizacje, zabawy integracyjne w grupach", "Wrzesień 2025"],
      ["3.", "Dzień Anioła Stróża", "Prezentacja, zabawy, piosenki", "Październik 2025"],
      ["4.", "Dzień Pluszowego Misia", "Zabawy tematyczne", "Listopad 2025"],
      ["5.", "Bal Karnawałowy", "Zabawy, konkursy, tańce w grupach", "Luty 2026"],
    ]);
    expect(roles(t)).toEqual(expect.arrayContaining(["A:number", "B:activity", "D:deadline"]));
    expect(roles(t)).not.toContain("C:activity");
  });

  it("leaves a first column of short kinds to the lists of tasks far longer beside it", () => {
    const [t] = tablesOf([
      ["ГРАФІК"],
      ["Свята", "«Моя Україна» (до Дня знань та з нагоди початку навчального року), Осіння казка, Розвага «Зустрічайте Миколая!»", "Вересень, 2025 Грудень, 2025"],
      ["Розваги", "День захисника України. Фізкультурна розвага «В здоровому тілі, здоровий дух», Розвага «Весела масляна»", "Жовтень, 2025 Лютий, 2026"],
      ["Безпека", "«Неслухняне зайченя» (протипожежна безпека), «Небезпечні речі», «Друзі наші молодші»", "Листопад, 2025 Травень, 2026"],
      ["Музичні розваги", "Розвага «Осінній ярмарок», Концерт «Весняні мелодії»", "Жовтень, 2025 Березень, 2026"],
    ]);
    expect(roles(t)).toContain("B:activity");
    expect(roles(t)).not.toContain("A:activity");
  });

  it("finds no table in three rows whose first is a header of numbered labels it does not know", () => {
    const tables = tablesOf([
      ["2.Objective: Encourage more walking to school"],
      ["3.SMART target", "4.Measures and Completion Date", "5.Tasks/Actions", "6.Responsibility (Specific Role)", "8.Timescales"],
      ["Increase the percentage of pupils walking from 50% to 70%", "Participate in Walk to School week", "Contact the Road Safety Team", "School Travel Plan coordinator", "Sept 2005"],
      [null, null, "Find a coordinator", "Headteacher", "Oct 2005"],
    ]);
    expect(tables).toEqual([]);
  });
});
