import type { TableCheck } from "../engine/check";
import { timelineData, timelineTasks } from "../engine/report/timeline";
import { timelineSheet } from "../engine/report/timeline-sheet";
import { LOCALE_TAG, type Translator } from "../i18n/catalog";
import type { TimelineSheetModel } from "./timeline-copy";

/**
 * The Timeline sheet of a checked workbook for the report copy, in the user's language: the plan
 * sheet of the first table, drawn from that sheet's tables exactly as the add-in draws it. Null when
 * no task of it has a deadline that can be placed in time: a sheet of nothing but a legend says
 * nothing the report does not.
 */
export function timelineSheetModel(checks: readonly TableCheck[], t: Translator, today: string): TimelineSheetModel | null {
  const plan = checks[0]?.table.sheet;
  if (plan === undefined) return null;
  const own = checks.filter((c) => c.table.sheet === plan);
  const timeline = timelineData({ period: own[0].period, today, tasks: timelineTasks(own) }, "status");
  if (timeline.placed.length === 0) return null;
  return { name: t.t("timeline.sheet-name"), plan, layout: timelineSheet(timeline, t, { plan, locale: LOCALE_TAG[t.lang] }) };
}
