/**
 * `JSON.stringify(value, null, 2)` written out in pieces instead of built whole. The JSON of a
 * 100,000-row plan is close to 200 MB, and as one string (two bytes a letter for Cyrillic text)
 * it costs more memory than checking the plan; written as it is produced, it costs a chunk.
 *
 * The bytes are exactly those of `JSON.stringify(value, null, 2) + "\n"`: small parts (a row, a
 * finding) are stringified whole and indented to their place, large ones are walked a member at
 * a time. Every chunk handed to `write` ends with a line break, so a writer that adds a missing
 * line break (the command line's `io.out`) adds nothing.
 */

/** Receives the output in order; each chunk is whole lines ending in "\n". */
export type ChunkWriter = (chunk: string) => void;

const GAP = "  ";
/** Characters gathered before they are handed on: large enough that writes are few. */
const CHUNK_CHARS = 1 << 16;
/** A container holding at most this many values (at any depth) is stringified whole. */
const SMALL_NODES = 256;

/** Writes `value` as `JSON.stringify(value, null, 2)` followed by a line break. */
export function writeJson(value: unknown, write: ChunkWriter): void {
  const out = new ChunkedOutput(write);
  const text = member(prepared(value, ""), out, "");
  // A top-level undefined or function stringifies to nothing; JSON.stringify returns undefined.
  if (text !== null) out.text(text);
  out.newline();
  out.end();
}

/** The whole output as one string; for comparison with JSON.stringify in tests. */
export function jsonText(value: unknown): string {
  let s = "";
  writeJson(value, (chunk) => (s += chunk));
  return s;
}

class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: ChunkWriter) {}

  text(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }

  /** A line ends here: the only place a chunk may be handed on. */
  newline(): void {
    this.parts.push("\n");
    this.size += 1;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  end(): void {
    if (this.size > 0) this.flush();
  }

  private flush(): void {
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.write(chunk);
  }
}

/**
 * Writes one member's value (already through its toJSON) at `indent`, or returns its text when it
 * is small enough to be written by the caller; null when JSON leaves it out (undefined, a
 * function, a symbol). Returns "" after writing a large value itself.
 */
function member(value: unknown, out: ChunkedOutput, indent: string): string | null {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    return text === undefined ? null : text;
  }
  if (!isPlainContainer(value) || isSmall(value)) return indented(JSON.stringify(value, null, 2), indent);
  if (Array.isArray(value)) writeArray(value, out, indent);
  else writeObject(value as Record<string, unknown>, out, indent);
  return "";
}

/** What JSON.stringify serialises in place of a value: the result of its toJSON, if it has one. */
function prepared(value: unknown, key: string): unknown {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  return value;
}

/** Arrays and plain objects are walked; anything else (boxed primitives, odd classes) goes to JSON.stringify. */
function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function writeArray(values: unknown[], out: ChunkedOutput, indent: string): void {
  if (values.length === 0) {
    out.text("[]");
    return;
  }
  const inner = indent + GAP;
  out.text("[");
  for (let i = 0, n = values.length; i < n; i++) {
    if (i > 0) out.text(",");
    out.newline();
    out.text(inner);
    const text = member(prepared(values[i], String(i)), out, inner);
    // In an array, what JSON leaves out of an object is written as null.
    if (text === null) out.text("null");
    else if (text !== "") out.text(text);
  }
  out.newline();
  out.text(`${indent}]`);
}

function writeObject(value: Record<string, unknown>, out: ChunkedOutput, indent: string): void {
  const inner = indent + GAP;
  let first = true;
  for (const key of Object.keys(value)) {
    // Stringified before anything is written, so a member JSON leaves out leaves no trace.
    const p = prepared(value[key], key);
    if (p === undefined || typeof p === "function" || typeof p === "symbol") continue;
    out.text(first ? "{" : ",");
    first = false;
    out.newline();
    out.text(`${inner}${JSON.stringify(key)}: `);
    const text = member(p, out, inner);
    if (text !== null && text !== "") out.text(text);
  }
  if (first) out.text("{}");
  else {
    out.newline();
    out.text(`${indent}}`);
  }
}

/** JSON.stringify's own line breaks are the only raw ones (a string's are escaped), so indenting is a replace. */
function indented(text: string, indent: string): string {
  return indent === "" || text.indexOf("\n") < 0 ? text : text.replace(/\n/g, `\n${indent}`);
}

/** True when the value holds at most SMALL_NODES values, counted until the budget runs out. */
function isSmall(value: object): boolean {
  let budget = SMALL_NODES;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (--budget < 0) return false;
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      if (v.length > budget) return false;
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else {
      for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return true;
}
