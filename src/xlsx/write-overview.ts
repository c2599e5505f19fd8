import type { Translator } from "../i18n/catalog";
import type { Overview, OverviewFinding } from "../workbook/overview-model";
import { LANGS, mergeCatalogs } from "../i18n/catalog";
import { FINDING_MESSAGES } from "../i18n/messages/findings";
import { OVERVIEW_MESSAGES } from "../i18n/messages/overview";
import { ROLE_MESSAGES } from "../i18n/messages/roles";
import { isRole, ROLES } from "../engine/roles";
import type { Severity } from "../engine/finding";
import { checkOutputTarget, writeOutputFile, type OutputOptions } from "./safe-output";
import { overviewBytes } from "./overview-bytes";
import { readWorkbook } from "./read-workbook";
import type { CellValue } from "../engine/grid";
import type { OverviewContext } from "./overview-sheets";

/** The words an earlier overview may be written in: its own, the roles' and the severities'. */
const WORDS = mergeCatalogs(OVERVIEW_MESSAGES, ROLE_MESSAGES, FINDING_MESSAGES);

/**
 * The receiving office's overview as a file (`plancheck check FOLDER --report overview.xlsx`), and
 * an earlier one read back for --since. What the overview says is overview-sheets'; how its
 * package is written, table-workbook's.
 */

/** English sheet names of overviews written before the names were translated: --since still reads them. */
const LEGACY_FINDINGS_SHEET = "Findings";

/**
 * Writes the overview: never over a file the run reads, over another existing file only with
 * `--force`, and whole or not at all (src/xlsx/safe-output.ts). A refusal is an OutputRefusal.
 */
export async function writeOverview(overview: Overview, t: Translator, outPath: string, context: OverviewContext, output: OutputOptions): Promise<void> {
  await checkOutputTarget(outPath, output);
  await writeOutputFile(outPath, await overviewBytes(overview, t, context), output);
}

/**
 * Findings of a previous overview, for --since: the Findings sheet found by its name in any of
 * PlanCheck's languages, its columns by their headings in any language, so an overview written in
 * Bulgarian compares with a check run in Polish. Codes are read, never the words. Null when the
 * workbook has no such sheet: it is not an overview.
 */
export async function readOverviewFindings(path: string): Promise<OverviewFinding[] | null> {
  // PlanCheck's own guarded reader: a link's text is its cached value, rich text its joined runs.
  const wb = await readWorkbook(path);
  const names = new Set([LEGACY_FINDINGS_SHEET, ...LANGS.map((l) => WORDS[l]["overview.sheet.findings"])]);
  const ws = wb.sheets.find((w) => names.has(w.sheet));
  if (!ws) return null;
  const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));
  // Headings in every language, and the key each stands for.
  const keys = ["file", "sheet", "cell", "code", "severity", "role", "value", "message", "fix", "change"] as const;
  const heading = new Map<string, (typeof keys)[number]>();
  for (const l of LANGS) for (const k of keys) heading.set(WORDS[l][`overview.col.${k}`], k);
  // The header is among the first five rows (row 2 as PlanCheck writes it).
  let headerRow = -1;
  const at: Partial<Record<(typeof keys)[number], number>> = {};
  for (let n = 0; n < Math.min(5, ws.values.length) && headerRow < 0; n++) {
    const found: typeof at = {};
    ws.values[n].forEach((cell, c) => {
      const k = heading.get(text(cell).replace(/ \(\d+\)$/, ""));
      if (k && found[k] === undefined) found[k] = c;
    });
    if (found.code !== undefined && found.file !== undefined) {
      headerRow = n;
      Object.assign(at, found);
    }
  }
  if (headerRow < 0) return null;
  const fixedWords = new Set(LANGS.map((l) => WORDS[l]["overview.change.fixed"]));
  const severityWords = wordsToKeys(["error", "warning", "info"], (k) => `severity.${k}`);
  const roleWords = wordsToKeys([...ROLES], (k) => `role.${k}`);
  const out: OverviewFinding[] = [];
  for (const row of ws.values.slice(headerRow + 1)) {
    const v = (k: (typeof keys)[number]) => (at[k] === undefined ? "" : text(row[at[k]!]));
    if (!v("file") || !v("code") || fixedWords.has(v("change"))) continue;
    const address = v("cell");
    const bang = address.lastIndexOf("!");
    const severity = severityWords.get(v("severity")) ?? v("severity");
    const role = roleWords.get(v("role")) ?? v("role");
    out.push({
      file: v("file"),
      sheet: v("sheet"),
      cell: bang >= 0 ? address.slice(bang + 1) : address,
      code: v("code"),
      severity: (["error", "warning", "info"].includes(severity) ? severity : "info") as Severity,
      role: isRole(role) ? role : null,
      value: v("value"),
      message: v("message"),
      fix: v("fix") || null,
    });
  }
  return out;
}

/** Words of every language back to the keys they translate (and each key to itself). */
function wordsToKeys(keys: string[], catalogKey: (k: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const k of keys) {
    map.set(k, k);
    for (const l of LANGS) {
      const word = WORDS[l][catalogKey(k)];
      if (word) map.set(word, k);
    }
  }
  return map;
}
