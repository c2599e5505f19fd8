import type { CellValue } from "../engine/grid";

/**
 * How Excel stores a value written through `Range.values`. Per the Excel.Range reference page
 * (`values`): a string starting with "=", "+" or "-" is interpreted as a formula; strings are
 * otherwise read as if typed, so "12" becomes a number and "TRUE" a boolean. A leading apostrophe
 * keeps the rest as text, as it does when typed.
 */
export type StoredInput = { value: CellValue; formula?: string };

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function storedInput(input: unknown): StoredInput {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : null };
  if (typeof input === "boolean") return { value: input };
  if (input instanceof Date) return { value: input.toISOString() };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) === "" ? null : text.slice(1) };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed) && trimmed.includes(",") === false) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text };
  // Typed "+x" or "-x" that is not a number becomes a formula "=+x" / "=-x"; "@x" likewise.
  if (/^[+\-@]/.test(text) && text.length > 1) return { value: null, formula: `=${text}` };
  return { value: text };
}
