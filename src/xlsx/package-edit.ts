import type JSZip from "jszip";
import { tagAttribute } from "./package-parts";
import { relsPartName, resolvePart } from "./zip-sheet-parts";

/**
 * Edits of a workbook package that respect how its writer laid it out: the workbook part found
 * through the package's root relationships (not assumed at `xl/workbook.xml`), elements added with
 * the prefix the part already uses for its namespace (`x:sheet` in a workbook the OpenXML SDK
 * wrote), and namespaces and relationship types of the package's own flavour (Strict OOXML uses
 * other URIs for the same things). Nothing is declared twice.
 */

export interface PackageFlavour {
  strict: boolean;
  /** SpreadsheetML main namespace. */
  main: string;
  /** Namespace of relationship-id attributes (`r:id`). */
  rel: string;
  /** Prefix of relationship types: `.../relationships/worksheet` is `${relType}/worksheet`. */
  relType: string;
}

const TRANSITIONAL: PackageFlavour = {
  strict: false,
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const STRICT: PackageFlavour = {
  strict: true,
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  relType: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

export interface Relationship {
  id: string;
  type: string;
  /** As written in the part. */
  target: string;
  /** Resolved part name, without a leading slash. */
  part: string;
  external: boolean;
}

/** Why a package cannot take a report sheet; the message names what is missing. */
export class PackageLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageLayoutError";
  }
}

/** A part's text, or null when the package has no such part (names compared without case, as OPC does). */
export async function optionalPart(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name) ?? zip.file(new RegExp(`^/?${escapeRegExp(name)}$`, "i"))[0];
  return file ? (await file.async("string")).replace(/^\uFEFF/, "") : null;
}

export async function requiredPart(zip: JSZip, name: string): Promise<string> {
  const text = await optionalPart(zip, name);
  if (text === null) throw new PackageLayoutError(`the workbook has no ${name}`);
  return text;
}

/** The workbook part, from the package's root relationships (`officeDocument`). */
export async function workbookPartOf(zip: JSZip): Promise<string> {
  const root = await optionalPart(zip, "_rels/.rels");
  const doc = root === null ? undefined : relationships(root, "").find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  return doc?.part ?? "xl/workbook.xml";
}

/** Strict or transitional, from the workbook part's root element namespace. */
export function flavourOf(workbookXml: string): PackageFlavour {
  const root = rootTag(workbookXml);
  return root !== null && root.includes(STRICT.main) ? STRICT : TRANSITIONAL;
}

/** The relationships of a part, targets resolved against the folder of the part they belong to. */
export function relationships(relsXml: string, base: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g)) {
    const tag = m[0];
    const id = tagAttribute(tag, "Id");
    const target = tagAttribute(tag, "Target");
    if (id === null || target === null) continue;
    const external = tagAttribute(tag, "TargetMode") === "External";
    out.push({ id, type: tagAttribute(tag, "Type") ?? "", target, part: external ? target : resolvePart(base, target), external });
  }
  return out;
}

/**
 * The relative target a relationship of a part in `fromFolder` gives for `part`: `worksheets/sheet2.xml`
 * from `xl/`, `../tables/table1.xml` from `xl/worksheets/`. Relative, as Excel writes them, because
 * some readers do not resolve absolute ones.
 */
export function relativeTarget(fromFolder: string, part: string): string {
  const from = fromFolder.split("/").filter(Boolean);
  const to = part.split("/").filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

/** `xl/workbook.xml` -> `xl/`. */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

export { relsPartName };

/** The root element's start tag. */
export function rootTag(xml: string): string | null {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  return /<[\w.:-]+[\s\S]*?>/.exec(body)?.[0] ?? null;
}

/** The prefix (with its colon, or "") an element of the given local name carries in the part: `x:` for `<x:sheets>`. */
export function prefixOf(xml: string, localName: string): string | null {
  const m = new RegExp(`<([\\w.-]+:)?${localName}[\\s/>]`).exec(xml);
  return m ? (m[1] ?? "") : null;
}

/** The prefix the root element binds to a namespace (`r` for xmlns:r="..."), or null. */
export function namespacePrefix(xml: string, namespace: string): string | null {
  const root = rootTag(xml) ?? "";
  for (const m of root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) if ((m[2] ?? m[3]) === namespace) return m[1];
  return null;
}

/**
 * The prefix bound to `namespace` on the root element; when there is none, a new declaration is
 * added there with `wanted` (or, when the part already uses `wanted` for another namespace, a
 * prefix nobody uses).
 */
export function ensureNamespace(xml: string, namespace: string, wanted: string): { xml: string; prefix: string } {
  const existing = namespacePrefix(xml, namespace);
  if (existing !== null) return { xml, prefix: existing };
  const root = rootTag(xml);
  if (root === null) throw new PackageLayoutError("a part without a root element");
  let prefix = wanted;
  for (let i = 2; new RegExp(`\\sxmlns:${prefix}\\s*=`).test(root); i++) prefix = `${wanted}${i}`;
  const end = root.endsWith("/>") ? root.length - 2 : root.length - 1;
  const at = xml.indexOf(root);
  return { xml: xml.slice(0, at) + root.slice(0, end) + ` xmlns:${prefix}="${namespace}"` + root.slice(end) + xml.slice(at + root.length), prefix };
}

/** Inserts `content` just before the closing tag of the root element, whatever its prefix. */
export function beforeRootEnd(xml: string, rootLocalName: string, content: string): string {
  const m = new RegExp(`</([\\w.-]+:)?${rootLocalName}\\s*>(?![\\s\\S]*</([\\w.-]+:)?${rootLocalName}\\s*>)`).exec(xml);
  if (!m) throw new PackageLayoutError(`a part whose <${rootLocalName}> never closes`);
  return xml.slice(0, m.index) + content + xml.slice(m.index);
}

/** A relationship added to a relationships part, with the prefix the part uses. */
export function addRelationship(relsXml: string, rel: { id: string; type: string; target: string }): string {
  const p = prefixOf(relsXml, "Relationships") ?? "";
  return beforeRootEnd(relsXml, "Relationships", `<${p}Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeAttr(rel.target)}"/>`);
}

/** A content type override for a part added to [Content_Types].xml (replacing one for the same part). */
export function addOverride(typesXml: string, part: string, contentType: string): string {
  const p = prefixOf(typesXml, "Types") ?? "";
  const without = typesXml.replace(/<(?:[\w.-]+:)?Override\s[^>]*>/g, (tag) => ((tagAttribute(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase() ? "" : tag));
  return beforeRootEnd(without, "Types", `<${p}Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`);
}

/** The lowest N for which `${prefix}N${suffix}` is no part of the package (compared without case). */
export function freePartName(zip: JSZip, prefix: string, suffix: string): string {
  const taken = new Set(Object.keys(zip.files).map((p) => p.replace(/^\//, "").toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}${suffix}`.toLowerCase())) return `${prefix}${n}${suffix}`;
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
