import { makeTranslator, mergeCatalogs, type Catalog, type Lang, type Translator } from "../catalog";
import { CHART_MESSAGES } from "../messages/charts";
import { EXCEL_MESSAGES } from "../messages/excel";
import { FINDING_MESSAGES } from "../messages/findings";
import { PANE_MESSAGES } from "../messages/pane";
import { REPORT_MESSAGES } from "../messages/report";
import { ROLE_MESSAGES } from "../messages/roles";
import { UI_MESSAGES } from "../messages/ui";

export * from "../catalog";

/**
 * What the add-in shows: the task pane (also on the browser page), its charts, and the sheets the
 * Excel adapter writes (report, registry, Scorecard). Only these domains load with the pane, so
 * the command line's words never weigh on its first load.
 */
export const DOMAINS: readonly Catalog[] = [UI_MESSAGES, PANE_MESSAGES, ROLE_MESSAGES, FINDING_MESSAGES, REPORT_MESSAGES, EXCEL_MESSAGES, CHART_MESSAGES];

export const CATALOG: Catalog = mergeCatalogs(...DOMAINS);

export function translator(lang: Lang): Translator {
  return makeTranslator(CATALOG, lang);
}
