/**
 * `JSON.stringify(value, null, 2)` written out in pieces instead of built whole. The JSON of a
 * 100,000-row plan is close to 200 MB, and as one string (two bytes a letter for Cyrillic text)
 * it costs more memory than checking the plan; written as it is produced, it costs a block.
 *
 * The bytes are exactly those of `JSON.stringify(value, null, 2) + "\n"`: small parts (a row, a
 * finding) are stringified natively, a run of them at once, already indented to their place;
 * large ones are walked a member at a time. Every chunk handed to a text writer ends with a line
 * break, so a writer that adds a missing line break (the command line's `io.out`) adds nothing.
 */

import { OutBlocks, type BlockTarget } from "./out-blocks";

/** Receives the output in order; each chunk is whole lines ending in "\n". */
export type ChunkWriter = (chunk: string) => void;

const GAP = "  ";
/** A container holding at most this many values (at any depth) is stringified whole. */
const SMALL_NODES = 256;
/**
 * Small items of an array stringified in one native call, up to this many characters of their
 * strings and names (a few dozen rows of a plan): one call instead of one an item, and no
 * indenting afterwards.
 */
const RUN_WEIGHT = 1 << 14;
const RUN_ITEMS = 256;

/** Writes `value` as `JSON.stringify(value, null, 2)` followed by a line break: as bytes where the target takes them. */
export function writeJson(value: unknown, target: ChunkWriter | BlockTarget): void {
  const out = new ChunkedOutput(target);
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
  private readonly blocks: OutBlocks;

  constructor(target: BlockTarget) {
    this.blocks = new OutBlocks(target);
  }

  text(s: string): void {
    this.blocks.text(s);
  }

  /** A line ends here: the only place a chunk may be handed on. */
  newline(): void {
    this.blocks.text("\n");
    if (this.blocks.full) this.blocks.flush();
  }

  end(): void {
    this.blocks.flush();
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
  const run = new ItemRun(out, inner);
  out.text("[");
  for (let i = 0, n = values.length; i < n; i++) {
    // Read once: the items of a list made on read are made at each read.
    const item = values[i];
    const weight = runWeight(item);
    if (weight >= 0) {
      run.add(i, item, weight);
      continue;
    }
    run.write();
    if (i > 0) out.text(",");
    out.newline();
    out.text(inner);
    const text = member(prepared(item, String(i)), out, inner);
    // In an array, what JSON leaves out of an object is written as null.
    if (text === null) out.text("null");
    else if (text !== "") out.text(text);
  }
  run.write();
  out.newline();
  out.text(`${indent}]`);
}

/**
 * Consecutive small items of one array, written by one `JSON.stringify` of them wrapped in as
 * many arrays as the items lie deep: the native call then indents them to their place, and the
 * wrappers' brackets, the same number of characters before and after, are cut off.
 */
class ItemRun {
  private items: unknown[] = [];
  private weight = 0;
  /** The array index of the run's first item. */
  private first = 0;
  /** Arrays the items are wrapped in, and the characters the wrappers' lines take at either end. */
  private readonly depth: number;
  private readonly cut: number;

  constructor(
    private readonly out: ChunkedOutput,
    inner: string,
  ) {
    this.depth = inner.length / GAP.length - 1;
    // Line k of the brackets (k = 0 … depth) is its indent of 2k, the bracket and a line break.
    this.cut = (this.depth + 1) * (this.depth + 2);
  }

  add(index: number, item: unknown, weight: number): void {
    if (this.items.length === 0) this.first = index;
    this.items.push(item);
    this.weight += weight;
    if (this.weight >= RUN_WEIGHT || this.items.length >= RUN_ITEMS) this.write();
  }

  /** Writes the items gathered; the caller goes on with the next item (after a comma) or the array's end. */
  write(): void {
    if (this.items.length === 0) return;
    let wrapped: unknown = this.items;
    for (let k = 0; k < this.depth; k++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    if (this.first > 0) this.out.text(",");
    this.out.newline();
    this.out.text(text.slice(this.cut, text.length - this.cut));
    this.items = [];
    this.weight = 0;
  }
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
  return weightOf(value) >= 0;
}

/**
 * What an array's item weighs in a run (see ItemRun), or -1 when it is written apart: a large
 * container (walked instead), or a value whose text depends on its index (its own toJSON) or
 * that JSON.stringify treats apart (functions, symbols, big integers).
 */
function runWeight(item: unknown): number {
  if (item === null || item === undefined) return 1;
  switch (typeof item) {
    case "string":
      return item.length + 2;
    case "number":
    case "boolean":
      return 1;
    case "object":
      if (typeof (item as { toJSON?: unknown }).toJSON === "function") return -1;
      return weightOf(item);
    default:
      return -1;
  }
}

/**
 * The characters of the strings and names a value holds, with one for each other value: -1 when
 * it holds more than SMALL_NODES values, counted until the budget runs out.
 */
function weightOf(value: object): number {
  let budget = SMALL_NODES;
  let weight = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (--budget < 0) return -1;
    if (typeof v === "string") {
      weight += v.length + 2;
      continue;
    }
    weight++;
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      if (v.length > budget) return -1;
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else {
      for (const k in v) {
        if (Object.prototype.hasOwnProperty.call(v, k)) {
          weight += k.length;
          stack.push((v as Record<string, unknown>)[k]);
        }
      }
    }
  }
  return weight;
}
