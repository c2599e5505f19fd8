import { Catalog, Lang, makeTranslator, mergeCatalogs, Translator } from "./catalog";
import { ALL_CATALOGS } from "./messages";

export * from "./catalog";

/**
 * Every domain's messages in one catalog, for checks over every message and for tests. A bundle's
 * own words come from its host's module in hosts/ (the pane's, the command line's, the file
 * worker's), and the shared file readers' from their own domain, so no bundle imports this module.
 */
export const CATALOG: Catalog = mergeCatalogs(...ALL_CATALOGS);

export function translator(lang: Lang): Translator {
  return makeTranslator(CATALOG, lang);
}
