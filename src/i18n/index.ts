import { Catalog, Lang, makeTranslator, mergeCatalogs, Translator } from "./catalog";
import { ALL_CATALOGS } from "./messages";

export * from "./catalog";

/** Every domain's messages in one catalog. */
export const CATALOG: Catalog = mergeCatalogs(...ALL_CATALOGS);

export function translator(lang: Lang): Translator {
  return makeTranslator(CATALOG, lang);
}
