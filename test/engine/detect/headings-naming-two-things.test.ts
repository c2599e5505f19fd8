import { roleOfHeader } from "../../../src/engine/detect";
import type { Role } from "../../../src/engine/roles";

/**
 * A heading naming two things (the indicator and its unit, the task and its responsible body) is the
 * column of the first: the complement after a comma, a bracket, a spaced slash or `and` only adds to it.
 */
describe("a heading naming two things is the column of the first", () => {
  it.each<[string, Role]>([
    ["Наименование показателя, единица измерения", "indicator"],
    ["Найменування показника, одиниця виміру", "indicator"],
    ["Nazwa wskaźnika, jednostka miary", "indicator"],
    ["Wskaźnik (jednostka miary)", "indicator"],
    ["Наименование на индикатора, мерна единица", "indicator"],
    ["Indicator / unit of measure", "indicator"],
    ["Показатель (единица измерения)", "indicator"],
    ["Показник / одиниця виміру", "indicator"],
    ["Целевой показатель, ед. изм.", "indicator"],
  ])("%j is %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  it.each<[string, Role]>([
    // The first part names nothing: the whole heading decides, as before.
    ["Место и дата проведения", "deadline"],
    ["Наименование программы, подпрограммы, основного мероприятия", "activity"],
    // One phrase of the vocabulary spans the conjunction.
    ["Jednostka odpowiedzialna i współpracująca", "responsible"],
    // A slash inside words joins two names of one thing.
    ["Zadnie/działanie", "activity"],
    ["Единица измерения (по ОКЕИ)", "unit"],
  ])("%j stays %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });
});
