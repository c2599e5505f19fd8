import { METADATA_NAMESPACE, parseMetadataXml, type WorkbookMetadata } from "../workbook/record";
import { decodeEntities } from "./xml-scan";
import { sheetOfReference } from "../workbook/sheet-ref";

/**
 * PlanCheck's marks in an .xlsx package, read as text: the record the add-in keeps in a custom
 * XML part (docs/workbook-metadata.md) and the hidden defined name the command line's report
 * sheet carries. Pure: parts come in as bytes or text, whoever unpacked them.
 */

/** Hidden defined name on the command line's report sheet (its A1), kept beside the record for older copies. */
export const REPORT_MARKER = "_PlanCheck_Report";

/** A package part and its unpacked bytes. */
export interface PackagePart {
  /** Part name without a leading slash: `customXml/item1.xml`. */
  part: string;
  bytes: Uint8Array;
}

/** Where a package keeps custom XML parts: `customXml/item1.xml`; the number is the writer's choice. */
const CUSTOM_XML_ITEM = /^customXml\/item(\d+)\.xml$/i;

/** The number of a custom XML item part, or null when the part is not one. */
export function customXmlItemNumber(part: string): number | null {
  const m = CUSTOM_XML_ITEM.exec(part.replace(/^\//, ""));
  return m ? Number(m[1]) : null;
}

export function isCustomXmlItem(part: string): boolean {
  return customXmlItemNumber(part) !== null;
}

/**
 * A custom XML part's text. Parts come in UTF-8, or in UTF-16 with a byte order mark (Office
 * writes some of its own parts that way); the mark is dropped.
 */
export function partText(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString("utf16le");
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString("utf16le");
  return b.toString("utf8").replace(/^\uFEFF/, "");
}

/** The root element's start tag, its name's prefix, and where its content begins. */
const ROOT = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*)*<(?:([\w.-]+):)?plancheck\b([^>]*)>/;

/** True when the part's root element is PlanCheck's, whether or not its content still reads. */
export function isPlanCheckPart(xml: string): boolean {
  const m = ROOT.exec(xml.replace(/^\uFEFF/, ""));
  if (!m) return false;
  const declares = new RegExp(`\\sxmlns${m[1] ? `:${m[1]}` : ""}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(m[2]);
  return !!declares && (declares[1] ?? declares[2]) === METADATA_NAMESPACE;
}

/**
 * The record's JSON text in a part, or null when the part is not PlanCheck's. The add-in writes
 * no `&` of its own into the text (docs/workbook-metadata.md), so any entity there came from a
 * writer that serialised the part again (`&quot;`, `&apos;`) and decoding it restores the JSON
 * exactly; a prefix on the root or single-quoted attributes read the same way.
 */
export function recordJsonText(xml: string): string | null {
  const text = xml.replace(/^\uFEFF/, "");
  if (!isPlanCheckPart(text)) return null;
  const root = ROOT.exec(text)!;
  if (root[2].trimEnd().endsWith("/")) return null;
  const end = new RegExp(`</${root[1] ? `${root[1]}:` : ""}plancheck\\s*>\\s*$`).exec(text);
  return end ? decodeEntities(text.slice(root[0].length, end.index)) : null;
}

/** The record in one part, read by the add-in's own reader; null when it is not PlanCheck's or does not read. */
export function metadataFromXml(xml: string): WorkbookMetadata | null {
  const json = recordJsonText(xml);
  return json === null ? null : parseMetadataXml(`<plancheck xmlns="${METADATA_NAMESPACE}">${json}</plancheck>`);
}

/**
 * PlanCheck's record among a package's parts: the first custom XML item, in the order of its
 * number, that reads as the record (docs/workbook-metadata.md: two parts after two writers at
 * once, the first that parses wins). Null when there is none.
 */
export function metadataFromParts(parts: PackagePart[]): WorkbookMetadata | null {
  const items = parts
    .map((p) => ({ ...p, n: customXmlItemNumber(p.part) }))
    .filter((p): p is PackagePart & { n: number } => p.n !== null)
    .sort((a, b) => a.n - b.n);
  for (const item of items) {
    const metadata = metadataFromXml(partText(item.bytes));
    if (metadata) return metadata;
  }
  return null;
}

/** The report marker's definition in workbook.xml: the whole element and its reference text. */
export function reportMarkerElement(workbookXml: string): { xml: string; reference: string } | null {
  const m = new RegExp(`<definedName\\b[^>]*\\sname\\s*=\\s*["']${REPORT_MARKER}["'][^>]*>([^<]*)</definedName>`).exec(workbookXml);
  return m ? { xml: m[0], reference: decodeEntities(m[1]) } : null;
}

/** The sheet the report marker points at; null without a marker or when its sheet is gone (`#REF!`). */
export function reportMarkerSheet(workbookXml: string | null): string | null {
  const marker = workbookXml === null ? null : reportMarkerElement(workbookXml);
  return marker ? sheetOfReference(marker.reference) : null;
}

export { sheetOfReference } from "../workbook/sheet-ref";

/**
 * Names of the sheets PlanCheck made: every sheet the record lists, whatever its kind, and the
 * sheet the report marker points at. A file has no Excel worksheet ids, so the name decides, and
 * only for sheets named here (docs/workbook-metadata.md).
 */
export function ownedSheetNames(metadata: WorkbookMetadata | null, reportSheet: string | null): Set<string> {
  const names = new Set((metadata?.sheets ?? []).map((s) => s.name));
  if (reportSheet !== null) names.add(reportSheet);
  return names;
}
