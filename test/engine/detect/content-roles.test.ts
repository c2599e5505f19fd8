import { detectPlanTables } from "../../../src/engine/plan-tables";
import { gridFromRows, type CellValue } from "../../../src/engine/grid";

const _ = null;

function roles(rows: CellValue[][]): string[] {
  const tables = detectPlanTables(gridFromRows("S", rows));
  expect(tables).toHaveLength(1);
  return tables[0].columns.map((c) => `${c.column}:${c.role}`);
}

describe("a label column beside the dates is not the deadline", () => {
  it("reads the camp day's number under `Дата` as the number and the dates beside it as the deadline", () => {
    expect(
      roles([
        ["Дата", "День недели", "Мероприятия", "Ответственные"],
        ["1", "26 июня", "День знакомства. Знакомство детей с законами лагеря.", "Воспитатели, старшая вожатая"],
        ["2", "27 июня", "День смеха. Игровая программа «Рассмешилки».", "Воспитатели, старшая вожатая"],
        ["3", "29 июня", "День открытия лагерной смены. Концерт.", "Воспитатели, старшая вожатая"],
        ["4", "30 июня", "День туриста. Спортивные соревнования.", "Воспитатели, старшая вожатая"],
      ]),
    ).toEqual(["A:number", "B:deadline", "C:activity", "D:responsible"]);
  });

  it("reads a `Quarter 1` / `Summer` label over a group of dated rows as no deadline", () => {
    expect(
      roles([
        ["Month", "Date", "Assessments"],
        ["Summer", "July 1 - June 30", "Initial English Language Proficiency Assessments"],
        ["Quarter 1", "Aug 17 - Aug 31", "Final Program Placement and Exit Criteria"],
        [_, "Aug 17 - Sept 30", "Local Reclassification Criteria"],
        [_, "Aug 23 - Sept 10", "Math Benchmark Assessments"],
        [_, "Oct. 14", "Quarter one ends"],
        ["Quarter 2", "Oct. 12", "PSAT/NMSQT School Day Administration"],
        [_, "Nov 1 - Nov 30", "Interim Comprehensive Assessments in Literacy"],
        [_, "Nov 1 - Feb 15", "Alternate ELPAC Testing Window"],
        [_, "Dec. 23", "Quarter two ends"],
      ]),
    ).toEqual(["A:unknown", "B:deadline", "C:activity"]);
  });

  it("keeps a month named over its rows' dates as a deadline column", () => {
    expect(
      roles([
        ["Miesiąc", "Termin realizacji", "Nazwa", "Odpowiedzialny"],
        ["Wrzesień", "1.09.2025", "Rozpoczęcie roku szkolnego", "Wychowawcy klas III"],
        [_, "8 – 12.09.2025", "Tydzień samorządności i praw ucznia", "Opiekunowie Samorządu Uczniowskiego"],
        [_, "15 – 19.09.2025", "Tydzień z Eurobasketem 2025", "P. Czaja"],
        [_, "29.09.2025", "Dni Regionalne - Dzień Beboka", "P. Czarniecka"],
        ["Październik", "2.10.2025", "Międzynarodowy Dzień Bez Przemocy", "P. Dyrda"],
        [_, "13 – 17.10.2025", "Tydzień Zdrowia Psychicznego", "P. Iwańska"],
        [_, "15.10.2025", "Światowy Dzień Mycia Rąk", "Wychowawcy"],
      ]),
    ).toEqual(["A:deadline", "B:deadline", "C:activity", "D:responsible"]);
  });
});
