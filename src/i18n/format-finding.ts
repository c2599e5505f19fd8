import type { Finding } from "../engine/finding";
import { memoize } from "../engine/memo";
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
  const words = wordsOf(t);
  const params = wordsFor(f, t, words);
  const key = words.key(typeof f.params.variant === "string" ? `${f.code} ${f.params.variant}` : f.code);
  return {
    title: words.title(f.code),
    message: key !== null ? t.t(key, params) : f.code,
    fix: fixWords(f, params, t),
  };
}

/**
 * What a translator says the same way for every finding of a code or a role, worked out once per
 * code, variant and role: a large plan's report puts tens of thousands of findings of a dozen
 * codes into words.
 */
interface CodeWords {
  title: (code: string) => string;
  /** The catalog key of a code's message (by `code` or `code variant`), or null when it has none. */
  key: (id: string) => string | null;
  role: (role: string) => string;
}

const WORDS = new WeakMap<Translator, CodeWords>();

function wordsOf(t: Translator): CodeWords {
  let words = WORDS.get(t);
  if (!words) {
    words = {
      title: memoize((code) => (t.has(`code.${code}`) ? t.t(`code.${code}`) : code)),
      key: memoize((id) => {
        const space = id.indexOf(" ");
        const code = space < 0 ? id : id.slice(0, space);
        const own = space < 0 ? null : `finding.${code}.${id.slice(space + 1)}`;
        const chosen = own && t.has(own) ? own : `finding.${code}`;
        return t.has(chosen) ? chosen : null;
      }),
      role: memoize((role) => t.t(`role.${role}`)),
    };
    WORDS.set(t, words);
  }
  return words;
}

function fixWords(f: Finding, params: Params, t: Translator): string | null {
  if (!f.fix) return null;
  if (t.has(f.fix.key)) return t.t(f.fix.key, { ...params, ...f.fix.params });
  return f.fix.value ?? null;
}

function wordsFor(f: Finding, t: Translator, words: CodeWords): Params {
  const params: Params = { value: oneLine(f.value), ...f.params };
  if (f.params.row !== undefined) {
    params.subject =
      f.params.number !== undefined && f.params.number !== ""
        ? t.t("finding.subject.numbered", { number: f.params.number })
        : t.t("finding.subject.row", { row: f.params.row });
  }
  const role = typeof f.params.role === "string" ? f.params.role : f.role;
  if (role) params.roleName = words.role(role);
  return params;
}

/** A cell's text on one line, cut to a length a message can quote. */
function oneLine(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
