import { headerWords } from "../header-text";

/**
 * Headings of columns left blank when a plan is set and filled in when it is carried out or
 * reviewed: a red/amber/green rating, the status, a mark of fulfilment, an evaluation, the points an
 * assessment gives (`Единица измерения, балл`) (`Annual red, amber green rating`, `Отметка о выполнении`, `Realizacja`, `Uwagi o realizacji`, `Evaluation`). Whole words in order; grammatical forms that also
 * open a deadline's heading (`Срок выполнения`, `Termin realizacji`, `Термін виконання`) are left out.
 */
export const FILLED_LATER_HEADINGS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  en: ["rag", "red amber green", "rating", "status", "progress", "progress to date", "completed", "date completed", "evaluation", "actual", "points", "score"],
  bg: ["статус", "отметка за изпълнение", "отчет за изпълнението", "изпълнено", "оценка на изпълнението", "бележка за изпълнение", "точки"],
  pl: ["realizacja", "stopień realizacji", "stan realizacji", "zrealizowano", "status", "uwagi o realizacji", "ocena realizacji", "ewaluacja", "punkty", "liczba punktów"],
  ru: ["выполнение", "отметка о выполнении", "отметка", "статус", "выполнено", "отметка об исполнении", "оценка выполнения", "балл", "баллы", "баллов", "в баллах"],
  uk: ["відмітка про виконання", "відмітка", "стан виконання", "статус", "виконано", "оцінка виконання", "бал", "бали", "балів", "у балах"],
};

const PHRASES: readonly string[][] = Object.values(FILLED_LATER_HEADINGS)
  .flat()
  .map((p) => p.split(" "));

/** True when a column's heading names something filled in only as the plan is carried out or reviewed. */
export function isFilledLaterHeading(header: string): boolean {
  const words = headerWords(header);
  return PHRASES.some((p) => words.some((_, at) => p.every((w, j) => words[at + j] === w)));
}
