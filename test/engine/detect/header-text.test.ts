import { headerKey, headerWords } from "../../../src/engine/detect/header-text";

describe("header words", () => {
  it.each<[string, string[]]>([
    ["Jednostka odpowiedzialna\ni współpracująca", ["jednostka", "odpowiedzialna", "i", "współpracująca"]],
    ["№ п/п", ["№", "п", "п"]],
    ["Отговор-\nни институции", ["отговорни", "институции"]],
    ["Ответствен- ный исполнитель", ["ответственный", "исполнитель"]],
    ["Сро\u00ADки", ["сроки"]],
    ["Об'єкт", ["обєкт"]],
    ["Cрок", ["срок"]],
    ["Ожидаемый  результат:", ["ожидаемый", "результат"]],
    ["Объём", ["объем"]],
    ["Deadline (срок)", ["deadline", "срок"]],
  ])("%j reads as %j", (text, words) => {
    expect(headerWords(text)).toEqual(words);
  });

  it("keeps Latin words Latin and Cyrillic words Cyrillic", () => {
    expect(headerWords("BALANCED SCORECARD / ПЛАН")).toEqual(["balanced", "scorecard", "план"]);
  });

  it("gives the same key to a header however it is broken over lines", () => {
    expect(headerKey("Наименование\n мероприятия")).toBe(headerKey("Наименование мероприятия"));
    expect(headerKey(" № п/п ")).toBe(headerKey("№ п/п"));
  });
});
