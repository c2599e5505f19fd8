import { translator, type Lang, type Params } from "../i18n/hosts/pane";

/**
 * A refusal or failure of the Excel adapter that a person can read: a catalog key of
 * src/i18n/messages/excel.ts with its parameters (sheet, range, cells), for the task pane to show
 * in the user's language.
 */
export class ExcelAdapterError extends Error {
  override name = "ExcelAdapterError";
  readonly key: string;
  readonly params: Params;
  /** Office.js error code behind it, when Excel refused something. */
  readonly excelCode: string | null;

  constructor(key: string, params: Params = {}, excelCode: string | null = null) {
    super(translator("en").t(key, params));
    this.key = key;
    this.params = params;
    this.excelCode = excelCode;
  }

  /** The message in another language. */
  text(lang: Lang): string {
    return translator(lang).t(this.key, this.params);
  }
}

/** The `code` of an Office.js error (OfficeExtension.Error), or null. */
export function officeCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** The trace messages Office.js attached to a failed sync: markers queued before the failure. */
export function traceMessages(err: unknown): string[] {
  const traces = (err as { traceMessages?: unknown } | null)?.traceMessages;
  return Array.isArray(traces) ? traces.filter((t): t is string => typeof t === "string") : [];
}

/** An Office.js failure as a message a person can act on (the adapter's own errors pass through). */
export function asAdapterError(err: unknown): ExcelAdapterError {
  if (err instanceof ExcelAdapterError) return err;
  const code = officeCode(err) ?? "GeneralException";
  const message = err instanceof Error ? err.message : String(err);
  return new ExcelAdapterError("excel.error.excel", { code, message }, code);
}

/** One named part of a write batch; its name is a `excel.step.<key>` message. */
export interface WriteStep {
  key: string;
  queue(): void;
}

/**
 * Queues the steps in order with a trace marker after each, then syncs once, with calculation
 * suspended. When Excel stops
 * part-way, the markers that ran say exactly which steps were written: the error names them
 * (with `before`, steps written by earlier syncs of the same operation) and the steps after them,
 * in the user's language. A failure before anything was written says so.
 */
export async function syncSteps(context: Excel.RequestContext, steps: WriteStep[], lang: Lang, before: string[] = []): Promise<string[]> {
  // Nothing needs formulas recalculated while PlanCheck writes (Application reference page).
  context.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) {
    step.queue();
    context.trace(step.key);
  }
  try {
    await context.sync();
    return [...before, ...steps.map((s) => s.key)];
  } catch (err) {
    const ran = new Set(traceMessages(err));
    const t = translator(lang);
    const names = (keys: string[]) => [...new Set(keys)].map((k) => t.t(`excel.step.${k}`)).join(", ");
    const written = [...before, ...steps.filter((s) => ran.has(s.key)).map((s) => s.key)];
    const pending = steps.filter((s) => !ran.has(s.key)).map((s) => s.key);
    const code = officeCode(err) ?? "GeneralException";
    if (written.length === 0) {
      throw new ExcelAdapterError("excel.error.not-written", { code, message: err instanceof Error ? err.message : String(err) }, code);
    }
    throw new ExcelAdapterError("excel.error.partly-written", { code, done: names(written), pending: names(pending) || "—" }, code);
  }
}
