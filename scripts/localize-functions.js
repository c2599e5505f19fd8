/**
 * Webpack plugin that finishes the custom functions metadata after CustomFunctionsMetadataPlugin
 * has generated functions.json from the JSDoc of src/functions/functions.ts:
 * - the English descriptions are replaced by the catalog's (src/i18n/messages/functions.json),
 *   so Excel shows the same words as the rest of PlanCheck;
 * - functions-bg.json, functions-pl.json, functions-ru.json and functions-uk.json are emitted with
 *   the same ids and parameters and translated descriptions, for the manifest's locale overrides;
 * - errors in input cells reach the functions (`allowErrorForDataTypeAny`), which the generator
 *   cannot declare: =PLAN.ROLLUP must see #N/A in a range to skip it.
 *
 * Function names stay PLAN.SCORE, PLAN.ROLLUP, ... in every language: a formula written in a
 * Bulgarian Excel keeps working when the workbook is opened in a Polish one, and the names are
 * stable codes like the statuses `green`, `amber`, `red`, `grey`. Descriptions, which people read
 * while typing the formula, are translated, and so are the parameter names Excel shows in the
 * signature tip (`fn.<ID>.param.<name>.name`) and the tooltips of fixed choices (`fn.enum.<enum>.<value>`);
 * the choices themselves (`higher`, `mean`) stay, as codes.
 *
 * The plugin also keeps the catalog small where the functions bundle imports it: there only the
 * messages beside #VALUE! and #N/A are needed (./function-error-messages-loader.js).
 */
"use strict";

const path = require("path");

const PLUGIN = "LocalizeFunctionsPlugin";
const DEFAULT_LANGUAGES = ["bg", "pl", "ru", "uk"];
const DEFAULT_MESSAGES = path.join(__dirname, "..", "src", "i18n", "messages", "functions.json");
const FUNCTIONS_SOURCE = path.join(__dirname, "..", "src", "functions");
const ERROR_MESSAGES_LOADER = path.join(__dirname, "function-error-messages-loader.js");

const descriptionKey = (id) => `fn.${id}.description`;
const parameterKey = (id, name) => `fn.${id}.param.${name}`;
const parameterNameKey = (id, name) => `fn.${id}.param.${name}.name`;
const enumKey = (id, value) => `fn.enum.${id}.${value}`;

/**
 * The metadata with descriptions in one language (English where a translation is missing).
 * Ids, names, types and flags are left as they are. Pure: the input is not changed.
 * @param {{ functions: Array<{ id: string, description?: string, parameters: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, Record<string, string>>} messages catalog by language (`en`, `bg`, ...)
 * @param {string} lang
 */
function localizeMetadata(metadata, messages, lang) {
  const own = messages[lang] || {};
  const en = messages.en || {};
  const text = (key, fallback) => own[key] ?? en[key] ?? fallback;
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: text(descriptionKey(fn.id), fn.description),
      parameters: fn.parameters.map((p) => ({
        ...p,
        // A parameter's shown name in this language; English keeps the signature's.
        name: own[parameterNameKey(fn.id, p.name)] ?? p.name,
        description: text(parameterKey(fn.id, p.name), p.description),
      })),
    })),
    ...(metadata.enums
      ? {
          enums: metadata.enums.map((e) => ({
            ...e,
            values: e.values.map((v) => ({ ...v, tooltip: text(enumKey(e.id, v.stringValue ?? String(v.numberValue)), v.tooltip) })),
          })),
        }
      : {}),
  };
}

/** Catalog keys the metadata needs that English lacks: a new function or parameter without words. */
function missingMessages(metadata, messages) {
  const en = messages.en || {};
  const keys = metadata.functions.flatMap((fn) => [descriptionKey(fn.id), ...fn.parameters.map((p) => parameterKey(fn.id, p.name))]);
  return keys.filter((k) => en[k] === undefined);
}

/** The metadata with error values accepted as inputs of `any` parameters. */
function acceptErrorInputs(metadata) {
  return { ...metadata, allowErrorForDataTypeAny: true };
}

const localizedFile = (file, lang) => file.replace(/\.json$/u, `-${lang}.json`);

class LocalizeFunctionsPlugin {
  /**
   * @param {{ file?: string, languages?: string[], messages?: Record<string, Record<string, string>> }} [options]
   *   file: the metadata asset to localize (default `functions.json`); messages default to the catalog file;
   *   functionsDir: the folder whose imports of the catalog keep only `fn.error.*` (default src/functions).
   */
  constructor(options = {}) {
    this.file = options.file || "functions.json";
    this.functionsDir = options.functionsDir || FUNCTIONS_SOURCE;
    this.languages = options.languages || DEFAULT_LANGUAGES;
    this.messages = options.messages || null;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    onlyErrorMessagesInFunctions(compiler, this.functionsDir);
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.file);
        if (!asset) return; // the metadata plugin already reported why it produced nothing
        const messages = this.messages || readMessages(compilation);
        const metadata = acceptErrorInputs(JSON.parse(asset.source.source().toString()));
        const missing = missingMessages(metadata, messages);
        if (missing.length > 0) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: no English text in the functions catalog for ${missing.join(", ")}`));
          return;
        }
        const json = (lang) => new sources.RawSource(JSON.stringify(localizeMetadata(metadata, messages, lang), null, 4));
        compilation.updateAsset(this.file, json("en"));
        for (const lang of this.languages) compilation.emitAsset(localizedFile(this.file, lang), json(lang));
      });
    });
  }
}

/**
 * The catalog imported from src/functions/ goes through the loader that keeps only `fn.error.*`;
 * the task pane's import of the same file stays whole (a rule on the importer, so webpack keeps
 * the two apart as different modules).
 */
function onlyErrorMessagesInFunctions(compiler, functionsDir) {
  const rules = compiler.options && compiler.options.module && compiler.options.module.rules;
  if (!Array.isArray(rules)) return;
  rules.push({
    test: (resource) => path.resolve(resource) === DEFAULT_MESSAGES,
    issuer: (issuer) => Boolean(issuer) && path.resolve(issuer).startsWith(path.resolve(functionsDir) + path.sep),
    loader: ERROR_MESSAGES_LOADER,
  });
}

/** Reads the catalog fresh on every build, so editing a translation shows up in watch mode. */
function readMessages(compilation) {
  compilation.fileDependencies.add(DEFAULT_MESSAGES);
  const fs = require("fs");
  return JSON.parse(fs.readFileSync(DEFAULT_MESSAGES, "utf8"));
}

module.exports = LocalizeFunctionsPlugin;
module.exports.LocalizeFunctionsPlugin = LocalizeFunctionsPlugin;
module.exports.localizeMetadata = localizeMetadata;
module.exports.missingMessages = missingMessages;
module.exports.acceptErrorInputs = acceptErrorInputs;
