import JSZip from "jszip";
import { validateXML } from "xmllint-wasm";
import { readWorkbook, WorkbookReadError } from "../../../src/xlsx/read-workbook";
import { zipPackage } from "../../robustness/xlsx-package";

/**
 * Damaged copies of good workbooks, made the same way on every run (a seeded generator): a
 * character of a sheet or the shared strings changed, removed or doubled, a part cut short, a
 * byte of the archive flipped, a part stored twice. Each is read, and the outcome sorted:
 *
 * - `refused`: a WorkbookReadError, which the user reads as a located message;
 * - `read`: the workbook was read, and every XML part it was read from is well-formed XML (the
 *   damage left a legal file, such as a changed letter inside a text);
 * - `silent`: the workbook was read although an XML part it needs is not well-formed, or a part
 *   is stored twice, so cells may be changed or missing without a word;
 * - `crashed`: any other error, whose raw text would reach the user.
 */

export type MutantOutcome = "refused" | "read" | "silent" | "crashed";

export interface Mutant {
  name: string;
  bytes: Buffer;
  /** Parts whose XML was changed (the ones a good reader must refuse when they are not well-formed). */
  changed: { part: string; xml: string }[];
  /** A package no reader can read one way only (a part stored twice): reading it at all is silent. */
  ambiguous?: boolean;
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKUP = ['<', '>', '"', "'", "=", "/", "&", " ", "x", "_", "0", "\n"];

/** `count` damaged copies of one workbook. */
export async function mutants(name: string, bytes: Buffer, count: number, seed: number): Promise<Mutant[]> {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const contents = new Map<string, Buffer>();
  for (const n of names) contents.set(n, await zip.files[n].async("nodebuffer"));
  const cellParts = names.filter((n) => /worksheets\/[^/]+\.xml$|sharedStrings|strings\.xml$/i.test(n));
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(["flip", "flip", "delete", "double", "truncate", "archive-byte", "duplicate-part"]);
    const label = `${name}#${i} ${kind}`;
    if (kind === "archive-byte") {
      const copy = Buffer.from(bytes);
      const at = Math.floor(next() * copy.length);
      copy[at] = Math.floor(next() * 256);
      out.push({ name: `${label} @${at}`, bytes: copy, changed: [] });
      continue;
    }
    if (kind === "duplicate-part") {
      const part = pick(cellParts);
      const parts = names.map((n) => ({ name: n, content: contents.get(n)! }));
      // The same part a second time, with other cells: which one a reader takes is anyone's guess.
      const other = contents.get(part)!.toString("utf8").replace(/<v>(\d+)<\/v>/, "<v>999</v>");
      parts.push({ name: part, content: Buffer.from(other) });
      out.push({ name: `${label} ${part}`, bytes: zipPackage(parts), changed: [], ambiguous: true });
      continue;
    }
    const part = pick(cellParts);
    const xml = contents.get(part)!.toString("utf8");
    const at = Math.floor(next() * xml.length);
    let changed: string;
    if (kind === "flip") changed = xml.slice(0, at) + pick(MARKUP) + xml.slice(at + 1);
    else if (kind === "delete") changed = xml.slice(0, at) + xml.slice(at + 1);
    else if (kind === "double") changed = xml.slice(0, at) + xml[at] + xml.slice(at);
    else changed = xml.slice(0, at);
    const copy = new JSZip();
    for (const n of names) copy.file(n, n === part ? changed : contents.get(n)!);
    out.push({
      name: `${label} ${part} @${at}`,
      bytes: await copy.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
      changed: [{ part, xml: changed }],
    });
  }
  return out;
}

/** Whether an XML text is well-formed, by libxml2. */
export async function wellFormed(xml: string): Promise<boolean> {
  try {
    const result = await validateXML({ xml: [{ fileName: "part.xml", contents: xml }], normalization: "format" });
    return result.valid && result.errors.length === 0;
  } catch {
    return false;
  }
}

/** How PlanCheck's reader takes one damaged workbook. */
export async function outcome(m: Mutant): Promise<{ outcome: MutantOutcome; detail: string }> {
  try {
    await readWorkbook(m.bytes, "mutant.xlsx");
  } catch (err) {
    if (err instanceof WorkbookReadError) return { outcome: "refused", detail: err.message };
    return { outcome: "crashed", detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
  if (m.ambiguous) return { outcome: "silent", detail: "a part stored twice was read" };
  for (const c of m.changed) if (!(await wellFormed(c.xml))) return { outcome: "silent", detail: `${c.part} is not well-formed XML` };
  return { outcome: "read", detail: "" };
}
