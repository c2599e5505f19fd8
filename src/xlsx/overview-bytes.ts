import type { Translator } from "../i18n/catalog";
import type { Overview } from "../workbook/overview-model";
import { overviewSheets, type OverviewContext } from "./overview-sheets";
import { tableWorkbookBytes } from "./table-workbook";

/**
 * The receiving office's overview workbook as bytes: the command line writes them to a file, the
 * browser page's file worker hands them to the user as a download. Every sheet prints with its
 * name on the left of the footer and the page number on the right, in the user's language.
 */
export function overviewBytes(overview: Overview, t: Translator, context: OverviewContext): Promise<Uint8Array> {
  return tableWorkbookBytes({
    sheets: overviewSheets(overview, t, context),
    footer: `&L&A&R${t.t("overview.page", { page: "&P", pages: "&N" })}`,
  });
}
