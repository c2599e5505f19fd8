/**
 * The browser page's `crypto`: the ids a checked copy's record part takes, from the browser's own
 * Web Crypto. Writing files to a folder (`randomBytes` for temporary names) never happens in the page.
 */
export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}

export function randomBytes(size: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(size));
}
