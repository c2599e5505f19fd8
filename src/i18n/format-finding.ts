import type { Finding } from "../engine/finding";
import type { Params, Translator } from "./catalog";

/** A finding in words: its short title, the message and the suggested fix (null when none is known). */
export interface FindingWords {
  title: string;
  message: string;
  fix: string | null;
}

/**
 * Words for a finding in the translator's language. A finding's own parameters fill the
 * templates, plus three made here: `subject` (how the row is named: `Task 5.1`, `Row 12`),
 * `roleName` (the column role in words) and `value` (the cell text on one line, shortened).
 * A code with variants (`target.invalid` and its `params.variant`) uses the variant's message
 * when the catalog has one.
 */
export function formatFinding(f: Finding, t: Translator): FindingWords {
  const params = wordsFor(f, t);
  const variant = typeof f.params.variant === "string" ? `finding.${f.code}.${f.params.variant}` : null;
  const key = variant && t.has(variant) ? variant : `finding.${f.code}`;
  return {
    title: t.has(`code.${f.code}`) ? t.t(`code.${f.code}`) : f.code,
    message: t.has(key) ? t.t(key, params) : f.code,
    fix: fixWords(f, params, t),
  };
}

function fixWords(f: Finding, params: Params, t: Translator): string | null {
  if (!f.fix) return null;
  if (t.has(f.fix.key)) return t.t(f.fix.key, { ...params, ...f.fix.params });
  return f.fix.value ?? null;
}

function wordsFor(f: Finding, t: Translator): Params {
  const params: Params = { value: oneLine(f.value), ...f.params };
  if (f.params.row !== undefined) {
    params.subject =
      f.params.number !== undefined && f.params.number !== ""
        ? t.t("finding.subject.numbered", { number: f.params.number })
        : t.t("finding.subject.row", { row: f.params.row });
  }
  const role = typeof f.params.role === "string" ? f.params.role : f.role;
  if (role) params.roleName = t.t(`role.${role}`);
  return params;
}

/** A cell's text on one line, cut to a length a message can quote. */
function oneLine(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
