/**
 * Webpack loader for the functions catalog (src/i18n/messages/functions.json) as the custom
 * functions bundle imports it: only the messages Excel shows beside a #VALUE! or #N/A
 * (`fn.error.*`) are kept, in every language. Descriptions and parameter help reach Excel through
 * the metadata files instead, so the bundle that loads with Excel need not carry them.
 */
"use strict";

const ERROR_PREFIX = "fn.error.";

/** The catalog with only the `fn.error.*` messages of each language. Pure. */
function errorMessagesOnly(catalog) {
  return Object.fromEntries(
    Object.entries(catalog).map(([lang, texts]) => [lang, Object.fromEntries(Object.entries(texts).filter(([key]) => key.startsWith(ERROR_PREFIX)))]),
  );
}

module.exports = function functionErrorMessagesLoader(source) {
  return JSON.stringify(errorMessagesOnly(JSON.parse(String(source))));
};
module.exports.errorMessagesOnly = errorMessagesOnly;
module.exports.ERROR_PREFIX = ERROR_PREFIX;
