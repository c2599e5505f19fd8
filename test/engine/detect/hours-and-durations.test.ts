import { type CellValue } from "../../../src/engine/grid";
import { roles, tablesOf } from "./read-tables";

/** Columns headed as a time that hold the hour of the day or how long something lasts: not deadlines. */

describe("a column of hours under a heading of time", () => {
  it("is no deadline though some hours are written 14.35", () => {
    const rows: CellValue[][] = [
      ["Предмет", "Дата", "Стая", "Час", "Комисия по оценяване"],
      ["Математика", "1.04.22", "110", "9.00", "Б. Станев, С. Симеонов"],
      ["История и цивилизации", "4.04.22", "110", "9.00", "М. Недялкова, Г. Иванова"],
      ["Английски език", "5.04.22", "110", "14.35", "М. Русева, Т. Мустакова"],
      ["Физика и астрономия", "6.04.22", "110", "14.35", "Н. Полименова, И. Маринов"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:activity", "B:deadline", "C:unknown", "D:unknown", "E:responsible"]);
    expect(table.columns[3].source).toBe("content");
  });

  it("beside the dates' own column gives the hour, though it says `by arrangement` on some rows", () => {
    const rows: CellValue[][] = [
      ["№", "Дата проведения", "Время проведения", "Наименование", "Место проведения"],
      ["1", "11 апреля", "12.00", "Творческая мастерская «Пасхальный сувенир»", "Дискозал"],
      ["2", "12 апреля", "По договоренности", "Квест-игра «Большое космическое путешествие»", "Дискозал"],
      ["3", "21 апреля", "14.30", "Показ художественного фильма", "Большой зал"],
      ["4", "21 апреля", "16.00", "«Селфи-пати» интерактивная программа для старшеклассников", "Дискозал"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:deadline", "C:unknown", "D:activity", "E:unknown"]);
  });

  it("stays the deadline when it holds dates, whatever its neighbour holds", () => {
    const rows: CellValue[][] = [
      ["№", "Дата проведения", "Время проведения", "Наименование"],
      ["1", "11 апреля", "апрель", "Творческая мастерская «Пасхальный сувенир»"],
      ["2", "12 апреля", "апрель", "Квест-игра «Большое космическое путешествие»"],
      ["3", "21 апреля", "май", "Показ художественного фильма"],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:number", "B:deadline", "C:deadline", "D:activity"]);
  });
});

describe("a column of lengths of time under a heading of time", () => {
  it.each<[string, string, string[]]>([
    ["ru", "Время выполнения работы", ["45 минут", "45 минут", "60 минут", "90 минут"]],
    ["uk", "Час виконання роботи", ["45 хв", "45 хв", "60 хв", "90 хвилин"]],
    ["pl", "Czas trwania", ["45 min", "60 min", "2 godz.", "90 minut"]],
    ["en", "Time", ["45 minutes", "1 hour", "2 hours", "90 mins"]],
  ])("%s: %j over lengths of time is no deadline", (_lang, heading, lengths) => {
    const rows: CellValue[][] = [
      ["Subject", "Date", heading],
      ["Mathematics", "12.10.2022", lengths[0]],
      ["Reading", "13.10.2022", lengths[1]],
      ["Science", "14.10.2022", lengths[2]],
      ["History", "17.10.2022", lengths[3]],
    ];
    const [table] = tablesOf(rows);
    expect(roles(table)).toEqual(["A:activity", "B:deadline", "C:unknown"]);
  });
});
