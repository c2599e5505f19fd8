import { randomUUID } from "crypto";
import type JSZip from "jszip";
import { METADATA_NAMESPACE, type WorkbookMetadata } from "../workbook/record";
import { customXmlItemNumber, metadataFromXml, partText, recordJsonText } from "./workbook-record";
import { resolvePart } from "./zip-sheet-parts";
import { freeRelId, partXml } from "./package-parts";

/**
 * PlanCheck's record as a custom XML part of an .xlsx package opened for writing, laid out the
 * way Excel saves a part added through Workbook.customXmlParts: `customXml/itemN.xml` with the
 * XML, `customXml/itemPropsN.xml` with the data store item's id, `customXml/_rels/itemN.xml.rels`
 * joining the two, a `customXml` relationship from the workbook part, and a content type for the
 * properties part (ISO/IEC 29500-1 §15.2.5 "Custom XML Data Storage Part" and §15.2.6 "Custom XML
 * Data Storage Properties Part"). Every other part is left as it is.
 */

export interface StoredRecord {
  /** The record: the first of PlanCheck's parts that reads, or null. */
  metadata: WorkbookMetadata | null;
  /**
   * That same record as its JSON holds it, with anything this version of PlanCheck does not know
   * (a kind of sheet, a field added later): a rewrite changes what it means to and keeps the rest.
   */
  json: Record<string, unknown> | null;
  /** PlanCheck's parts (root element in its namespace, read or not), in the order of their number. */
  parts: string[];
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const CT_XML = "application/xml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n';

export async function readRecordPart(zip: JSZip): Promise<StoredRecord> {
  const items = Object.keys(zip.files)
    .map((part) => ({ part, n: customXmlItemNumber(part) }))
    .filter((p): p is { part: string; n: number } => p.n !== null && !zip.files[p.part].dir)
    .sort((a, b) => a.n - b.n);
  const stored: StoredRecord = { metadata: null, json: null, parts: [] };
  for (const { part } of items) {
    const xml = partText(await zip.file(part)!.async("uint8array"));
    const text = recordJsonText(xml);
    if (text === null) continue;
    stored.parts.push(part);
    if (stored.metadata) continue;
    stored.metadata = metadataFromXml(xml);
    // The reader accepted it, so it is a JSON object.
    if (stored.metadata) stored.json = JSON.parse(text) as Record<string, unknown>;
  }
  return stored;
}

/**
 * Stores `xml` as the record: in PlanCheck's first part when there is one (the others are
 * removed: the next write replaces them all, docs/workbook-metadata.md), else in a new part.
 */
export async function writeRecordPart(zip: JSZip, xml: string, stored: StoredRecord): Promise<void> {
  const body = DECLARATION + xml;
  const [first, ...extra] = stored.parts;
  let rels = await partXml(zip, WORKBOOK_RELS);
  let types = await partXml(zip, CONTENT_TYPES);
  for (const part of extra) ({ rels, types } = await removePart(zip, part, rels, types));
  if (first !== undefined) {
    zip.file(first, body);
  } else {
    const n = freeItemNumber(zip);
    zip.file(`customXml/item${n}.xml`, body);
    zip.file(
      `customXml/itemProps${n}.xml`,
      DECLARATION +
        `<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="${NS_DATASTORE}">` +
        `<ds:schemaRefs><ds:schemaRef ds:uri="${METADATA_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${NS_PACKAGE_RELS}">` +
        `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels = rels.replace("</Relationships>", `<Relationship Id="${freeRelId([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]))}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_CUSTOM_XML_PROPS}"/></Types>`);
    // Excel's packages give every .xml part application/xml by default; a package without that default names the part.
    if (!/<Default\b[^>]*\sExtension="xml"/i.test(types)) {
      types = types.replace("</Types>", `<Override PartName="/customXml/item${n}.xml" ContentType="${CT_XML}"/></Types>`);
    }
  }
  zip.file(WORKBOOK_RELS, rels);
  zip.file(CONTENT_TYPES, types);
}

/** Removes one custom XML part with its properties, its relationships and its content types. */
async function removePart(zip: JSZip, part: string, rels: string, types: string): Promise<{ rels: string; types: string }> {
  const slash = part.lastIndexOf("/");
  const itemRels = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const gone = [part];
  const own = zip.file(itemRels);
  if (own) {
    for (const tag of (await own.async("string")).match(/<Relationship\b[^>]*>/g) ?? []) {
      const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
      if (target && !/\sTargetMode="External"/.test(tag)) gone.push(resolvePart(part.slice(0, slash + 1), target));
    }
    gone.push(itemRels);
  }
  for (const p of gone) zip.remove(p);
  const removed = new Set(gone.map((p) => p.toLowerCase()));
  const base = WORKBOOK.slice(0, WORKBOOK.lastIndexOf("/") + 1);
  rels = rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => {
    const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
    return target && removed.has(resolvePart(base, target).toLowerCase()) ? "" : tag;
  });
  types = types.replace(/<Override\b[^>]*\/>/g, (tag) => {
    const name = /\sPartName="\/?([^"]*)"/.exec(tag)?.[1];
    return name && removed.has(name.toLowerCase()) ? "" : tag;
  });
  return { rels, types };
}

/** The lowest N with neither `customXml/itemN.xml` nor `customXml/itemPropsN.xml` taken. */
function freeItemNumber(zip: JSZip): number {
  const taken = new Set(Object.keys(zip.files).map((p) => p.toLowerCase()));
  let n = 1;
  while (taken.has(`customxml/item${n}.xml`) || taken.has(`customxml/itemprops${n}.xml`)) n++;
  return n;
}

