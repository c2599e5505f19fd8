import { makeTranslator, mergeCatalogs, type Catalog, type Lang, type Translator } from "../catalog";
import { CLI_MESSAGES } from "../messages/cli";
import { FINDING_MESSAGES } from "../messages/findings";
import { OVERVIEW_MESSAGES } from "../messages/overview";
import { REPORT_MESSAGES } from "../messages/report";
import { ROLE_MESSAGES } from "../messages/roles";
import { WORKBOOK_FILE_MESSAGES } from "../messages/workbook-files";

export * from "../catalog";

/**
 * What the browser page's file worker writes: why a file could not be read (the command line's
 * read errors), findings, the report copy and the overview of several plans.
 */
export const DOMAINS: readonly Catalog[] = [ROLE_MESSAGES, FINDING_MESSAGES, REPORT_MESSAGES, OVERVIEW_MESSAGES, CLI_MESSAGES, WORKBOOK_FILE_MESSAGES];

export const CATALOG: Catalog = mergeCatalogs(...DOMAINS);

export function translator(lang: Lang): Translator {
  return makeTranslator(CATALOG, lang);
}
