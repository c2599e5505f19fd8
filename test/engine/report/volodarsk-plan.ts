import { checkSheet } from "../../../src/engine/check";
import { gridFromRows } from "../../../src/engine/grid";
import { timelineTasks, type TimelineSource } from "../../../src/engine/report/timeline";

/** The Volodarsk district's plan for 2020: months, a range, continuous work, an event, a date outside the year, an unreadable term. */
export const VOLODARSK_PLAN: string[][] = [
  ["План работы отдела образования на 2020 год"],
  [],
  ["№", "Мероприятие", "Сроки", "Ответственные"],
  ["1", "Совещание руководителей", "Сентябрь 2020", "Отдел образования"],
  ["2", "Мониторинг питания", "Сентябрь-декабрь 2020", "ИДК"],
  ["3", "Консультации для родителей", "постоянно", "ППМС-центр"],
  ["4", "Проверка по жалобе", "при подаден сигнал", "Отдел образования"],
  ["5", "Отчёт о работе", "не позднее 1 марта 2020", "Отдел образования"],
  ["6", "Летняя кампания", "июль 2019", "Отдел образования"],
  ["7", "Семинар", "когда-нибудь", "ИДК"],
];

/** What the timeline is drawn from: the plan checked as PlanCheck checks it, seen on `today`. */
export function timelineSource(today: string, rows: string[][] = VOLODARSK_PLAN): TimelineSource {
  const checks = checkSheet(gridFromRows("План", rows));
  return { period: checks[0].period, today, tasks: timelineTasks(checks) };
}
