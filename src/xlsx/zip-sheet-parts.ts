/**
 * Which part of an .xlsx package holds which sheet, read from the package's small XML parts
 * (`_rels/.rels`, `xl/workbook.xml` and its relationships) with plain text matching: enough to
 * name a sheet in a message before the workbook itself is parsed.
 */

export interface SheetPart {
  /** Part name without a leading slash: `xl/worksheets/sheet1.xml`. */
  part: string;
  sheet: string;
}

interface Relationship {
  id: string;
  type: string;
  /** Resolved part name. */
  target: string;
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";

/** The workbook part named by the package's root relationships, or the usual `xl/workbook.xml`. */
export function workbookPartName(rootRels: string | null): string {
  if (rootRels === null) return DEFAULT_WORKBOOK;
  const doc = relationships(rootRels, "").find((r) => r.type.endsWith("/officeDocument"));
  return doc ? doc.target : DEFAULT_WORKBOOK;
}

/** `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPartName(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Worksheet parts with their sheet names, in the workbook's sheet order. */
export function sheetParts(workbookPart: string, workbookXml: string, workbookRels: string): SheetPart[] {
  const base = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const byId = new Map(relationships(workbookRels, base).map((r) => [r.id, r]));
  const out: SheetPart[] = [];
  for (const tag of workbookXml.match(/<(?:[\w.-]+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    // The relationship id is the one attribute named `id` with a namespace prefix (`r:id`).
    const id = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    const rel = id ? byId.get(decodeXml(id[1] ?? id[2])) : undefined;
    if (name !== null && rel) out.push({ part: rel.target, sheet: name });
  }
  return out;
}

function relationships(xml: string, base: string): Relationship[] {
  const out: Relationship[] = [];
  for (const tag of xml.match(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const type = attribute(tag, "Type");
    const target = attribute(tag, "Target");
    if (id === null || target === null || attribute(tag, "TargetMode") === "External") continue;
    out.push({ id, type: type ?? "", target: resolvePart(base, target) });
  }
  return out;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : null;
}

/** A relationship target relative to its source part's folder, or absolute from the package root. */
export function resolvePart(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? whole;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
