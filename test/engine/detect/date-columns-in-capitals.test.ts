import { roles, tablesOf } from "./read-tables";

const HEADER = ["№", "Наименование мероприятий", "Дата проведения (день недели)", "Время проведения", "Ответственный"];

function sheet(days: string[]) {
  return [
    ["План работы Центра досуга на сентябрь 2018 года"],
    [],
    HEADER,
    ...days.map((day, i) => [String(i + 1), `Мероприятие ${i + 1} (вход свободный)`, day, "16.00 -17.30", "Хлямова А.С."]),
  ];
}

describe("a date column written in capitals is still the date column", () => {
  it("days with their weekdays in capitals stay under the date heading, as in lower case", () => {
    const lower = tablesOf(sheet(["1 (суббота)", "1 (суббота)", "3 (понедельник)", "5 (среда)", "6 (четверг)", "8 (суббота)"]));
    const upper = tablesOf(sheet(["1 (СУББОТА)", "1 (СУББОТА)", "3 (ПОНЕДЕЛЬНИК)", "5 (СРЕДА)", "6 (ЧЕТВЕРГ)", "8 (СУББОТА)"]));
    expect(roles(lower[0])).toContain("C:deadline");
    expect(roles(upper[0])).toEqual(roles(lower[0]));
  });

  it("posts in capitals under a date heading are still read as the responsible column", () => {
    const tables = tablesOf([
      ["План работы на сентябрь 2018 года"],
      [],
      ["№", "Мероприятие", "Срок"],
      ["1", "Педагогический совет", "ДИРЕКТОР"],
      ["2", "Родительское собрание", "ЗАМЕСТИТЕЛЬ ДИРЕКТОРА"],
      ["3", "Совещание при директоре", "ДИРЕКТОР"],
      ["4", "Методический совет", "ЗАМЕСТИТЕЛЬ ДИРЕКТОРА"],
    ]);
    expect(roles(tables[0])).toContain("C:responsible");
  });
});
