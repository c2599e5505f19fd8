import type { Catalog } from "../catalog";
import FUNCTION_TEXTS from "./functions.json";

/**
 * What Excel shows for the =PLAN.* functions (`fn.<ID>.description`, `fn.<ID>.param.<name>`).
 * Kept as JSON so the build script that localizes functions.json reads the same words as the UI.
 */
export const FUNCTION_MESSAGES: Catalog = FUNCTION_TEXTS;
