import CATALOG from "../i18n/messages/functions.json";
import type { Failure } from "./coerce";

/**
 * The words Excel shows beside a #VALUE! or #N/A of a PLAN function: which argument is wrong and
 * why, in Excel's display language. Only the functions catalog comes into the functions bundle.
 */

type Lang = keyof typeof CATALOG;
type Params = Record<string, string>;

/** Excel's display language (`bg-BG` -> `bg`), English when it is none of PlanCheck's. */
function displayLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const tag = (office?.context?.displayLanguage ?? "en").slice(0, 2).toLowerCase();
  return tag in CATALOG ? (tag as Lang) : "en";
}

function text(key: string, params: Params, lang: Lang = displayLang()): string {
  const own = CATALOG[lang] as Record<string, string>;
  const en = CATALOG.en as Record<string, string>;
  const template = own[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/gu, (m, name: string) => params[name] ?? m);
}

/**
 * A failure with the message about argument `argument` of function `fn` (`PLAN.SCORE`): an error
 * the argument held is named as passed on; an own #VALUE! or #N/A says what the argument should
 * be (`detail`: a catalog key for that argument, such as `fn.error.choice`). Failures that already
 * say something, and other errors, are left as they are.
 */
export function aboutArgument(failure: Failure, fn: string, argument: string, detail?: { key: string; params?: Params }, lang?: Lang): Failure {
  if (failure.message !== undefined) return failure;
  const params = { function: fn, argument, code: failure.fail, ...(detail?.params ?? {}) };
  if (failure.passed) return { ...failure, message: text("fn.error.passed", params, lang) };
  if (failure.fail === "#VALUE!") return { ...failure, message: text(detail?.key ?? "fn.error.value", params, lang) };
  if (failure.fail === "#N/A") return { ...failure, message: text("fn.error.blank", params, lang) };
  return failure;
}

/** A failure of the function as a whole (`fn.error.size`, `fn.error.div0`), with its message. */
export function aboutFunction(failure: Failure, fn: string, key: string, params: Params = {}, lang?: Lang): Failure {
  if (failure.message !== undefined || failure.passed) return failure;
  return { ...failure, message: text(key, { function: fn, ...params }, lang) };
}
