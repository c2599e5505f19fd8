import { Catalog, Lang, makeTranslator, mergeCatalogs, Translator } from "./catalog";
import { ALL_CATALOGS } from "./messages";

export * from "./catalog";

/**
 * Every domain's messages in one catalog: for checks over every message and for the file readers
 * the command line and the page's worker share. A bundle's own words come from its host's module
 * in hosts/ (the pane's, the command line's, the file worker's), so no host loads what it never
 * shows; the add-in's bundles never import this module.
 */
export const CATALOG: Catalog = mergeCatalogs(...ALL_CATALOGS);

export function translator(lang: Lang): Translator {
  return makeTranslator(CATALOG, lang);
}
