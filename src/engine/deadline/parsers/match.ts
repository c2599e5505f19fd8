import type { Token } from "../text";

/**
 * The shape every small parser shares: it reads tokens from position i and says what it found and
 * where reading goes on, or null. Parsers never throw and never look past the token list.
 */

export interface Match<T> {
  value: T;
  next: number;
}

export type Parser<T> = (tokens: readonly Token[], i: number) => Match<T> | null;

export function isSym(tokens: readonly Token[], i: number, ...symbols: string[]): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === "sym" && symbols.includes(t.text);
}

/** A number token of at most `maxDigits` digits, or undefined. */
export function smallNumber(tokens: readonly Token[], i: number, maxDigits = 2): number | undefined {
  const t = tokens[i];
  return t !== undefined && t.type === "num" && t.text.length <= maxDigits ? t.value : undefined;
}
