import { isMeetingWord } from "../../../src/engine/detect/header-text";
import { roles, tablesOf } from "./read-tables";

/** A commission's schedule numbers its meetings in a first column headed only by the word for meeting. */
describe("a first column headed `засідання` over the meetings' numbers", () => {
  const schedule = (heading: string, numbers: (string | null)[]) =>
    tablesOf([
      [heading, "Основні питання", "Дата проведення", "Відповідальні", "Примітка"],
      [numbers[0], "Ознайомлення з Положенням про атестацію педагогічних працівників", "09.10.2023", "голова атестаційної комісії", null],
      [null, "Затвердження списків педагогічних працівників, які атестуються", null, "голова атестаційної комісії", null],
      [numbers[1], "Вивчення системи роботи педагогічних працівників, які атестуються", "14.12.2023", "секретар атестаційної комісії", null],
      [numbers[2], "Затвердження результатів атестації педагогічних працівників", "01.04.2024", "голова атестаційної комісії", null],
    ]);

  it("is the number column", () => {
    const tables = schedule("засідання", ["1", "2", "3"]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0])[0]).toBe("A:number");
  });

  it("is not, where the column holds more than numbers", () => {
    expect(roles(schedule("засідання", ["Перше", "Друге", "Третє"])[0])[0]).not.toBe("A:number");
  });
});

describe("a heading that only names a meeting", () => {
  it("is read so however it is written", () => {
    for (const text of ["засідання", "Засідання*", "засідання¹", "засі-\nдання", "засід.", "2. засідання", "Posiedzenie", "Meeting"]) {
      expect([text, isMeetingWord(text)]).toEqual([text, true]);
    }
  });

  it("is not a heading saying more than the meeting", () => {
    for (const text of ["Тема засідання", "Дата засідання", "за", "Meetings and events"]) expect([text, isMeetingWord(text)]).toEqual([text, false]);
  });
});
