import { makeTranslator, mergeCatalogs, type Catalog, type Lang, type Translator } from "../catalog";
import { CHART_MESSAGES } from "../messages/charts";
import { CLI_MESSAGES } from "../messages/cli";
import { CLI_HELP_MESSAGES } from "../messages/cli-help";
import { FINDING_MESSAGES } from "../messages/findings";
import { OVERVIEW_MESSAGES } from "../messages/overview";
import { PANE_MESSAGES } from "../messages/pane";
import { REPORT_MESSAGES } from "../messages/report";
import { ROLE_MESSAGES } from "../messages/roles";
import { WORKBOOK_FILE_MESSAGES } from "../messages/workbook-files";

export * from "../catalog";

/**
 * What the command line says: its own messages and help, findings, the report copy, the overview,
 * and the Scorecard sheet it writes (whose words it shares with the add-in's pane and chart).
 */
export const DOMAINS: readonly Catalog[] = [
  CLI_MESSAGES,
  CLI_HELP_MESSAGES,
  ROLE_MESSAGES,
  FINDING_MESSAGES,
  REPORT_MESSAGES,
  OVERVIEW_MESSAGES,
  WORKBOOK_FILE_MESSAGES,
  PANE_MESSAGES,
  CHART_MESSAGES,
];

export const CATALOG: Catalog = mergeCatalogs(...DOMAINS);

export function translator(lang: Lang): Translator {
  return makeTranslator(CATALOG, lang);
}
