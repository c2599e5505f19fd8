/**
 * Formula injection: text copied from a plan into the report must never run as a formula.
 * A cell text that begins with = + - @, a tab or a carriage return is what Excel (and any
 * spreadsheet opening an export) may evaluate.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * Text to hand to a host that reads strings as typed input: formula-like text gets Excel's
 * text marker, a leading apostrophe (stored as the cell's quote prefix, not as a character).
 */
export function asTypedText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
