import type { RegistryEntry } from "./types";

/**
 * Abbreviations a workbook defines for itself, in lines above its table:
 * `РУО – Регионално управление на образованието`, `РЦПППО - Регионален център ...`,
 * `ОУ – основно училище`. The separator is `-`, `–`, `—` or `--` (a hyphen only with spaces
 * around it, so hyphenated words stay whole). An abbreviation may itself hold a dash
 * (`ЦПЛР – ОДК – Център за подкрепа за личностно развитие – Обединен детски комплекс`): the
 * leading parts written in capitals are the abbreviation, the rest is the full name.
 * Lines that are not `ABBREVIATION – full name` (titles, sentences, signatures) are ignored.
 */
export function registryFromGlossary(lines: string[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const line of lines.flatMap((l) => l.split(/\r?\n/))) {
    const entry = glossaryLine(line);
    if (entry) out.push(entry);
  }
  return out;
}

const SEPARATOR = /\s*(?:--|[–—])\s*|\s+-\s+/;

function glossaryLine(line: string): RegistryEntry | null {
  const text = line.replace(/^[\s•▪·*-]*(?=\S)/, "").trim();
  const parts = text.split(SEPARATOR).map((p) => p.trim());
  let n = 0;
  while (n < parts.length - 1 && isAbbreviation(parts[n])) n++;
  if (n === 0) return null;
  const full = parts.slice(n).join(" – ").replace(/[.;,]+$/, "").trim();
  if (!/\p{Ll}/u.test(full)) return null;
  return { key: parts.slice(0, n).join(" – "), full, aliases: [], source: "workbook-glossary" };
}

/** `РУО`, `ЦПЛР`, `ОбУ`, `ГБОУ ДПО НИРО`: up to three words, each mostly capitals. */
function isAbbreviation(part: string): boolean {
  const words = part.split(/\s+/);
  if (part === "" || words.length > 3) return false;
  return words.every((w) => {
    const upper = (w.match(/\p{Lu}/gu) ?? []).length;
    const lower = (w.match(/\p{Ll}/gu) ?? []).length;
    return w.length <= 12 && upper >= 2 && upper > lower && /^[\p{L}\d.&]+$/u.test(w);
  });
}

/**
 * Entries from a registry sheet, one body a row: key, full name, then aliases.
 * Rows with an empty first cell are skipped; a header row is the caller's to leave out.
 */
export function registryFromRows(rows: string[][]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const row of rows) {
    const [key, full, ...aliases] = row.map((c) => (c ?? "").trim());
    if (!key) continue;
    out.push({ key, full: full || null, aliases: aliases.filter((a) => a !== ""), source: "registry-sheet" });
  }
  return out;
}
