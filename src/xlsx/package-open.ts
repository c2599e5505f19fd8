import JSZip from "jszip";
import { freeRelId, tagAttribute } from "./package-parts";
import {
  addOverride,
  addRelationship,
  ensureNamespace,
  flavourOf,
  folderOf,
  freePartName,
  optionalPart,
  PackageLayoutError,
  prefixOf,
  relationships,
  relativeTarget,
  relsPartName,
  requiredPart,
  workbookPartOf,
  type PackageFlavour,
} from "./package-edit";
import { readRecordPart, type StoredRecord } from "./record-part";
import { minimalStyles } from "./report-styles";
import { escapeXml } from "./report-sheet-xml";

const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * A workbook package opened for PlanCheck to add one of its sheets: the parts every sheet writer
 * edits (the workbook, its relationships, the content types), how the package is laid out, and
 * PlanCheck's record. One place, so the report sheet and the timeline sheet read a package alike.
 */
export interface OpenedPackage {
  zip: JSZip;
  workbookPart: string;
  workbookRelsPart: string;
  /** Folder of the workbook part, against which its relationships' targets resolve. */
  base: string;
  workbookXml: string;
  relsXml: string;
  types: string;
  flavour: PackageFlavour;
  /**
   * The workbook part at `xl/workbook.xml` in the transitional flavour: only such a package carries
   * PlanCheck's record (the add-in reads it there).
   */
  standardLayout: boolean;
  stored: StoredRecord;
  /** Prefix of SpreadsheetML's main namespace in the workbook part (`x:` in the OpenXML SDK's files). */
  main: string;
}

/** One `<sheet>` element of the workbook part. */
export interface WorkbookSheet {
  /** The element as written. */
  xml: string;
  name: string;
  sheetId: number;
  rid: string;
}

export async function openWorkbookPackage(workbookBytes: Buffer): Promise<OpenedPackage> {
  const zip = await JSZip.loadAsync(workbookBytes);
  const workbookPart = await workbookPartOf(zip);
  const workbookXml = await requiredPart(zip, workbookPart);
  const flavour = flavourOf(workbookXml);
  const standardLayout = workbookPart === "xl/workbook.xml" && !flavour.strict;
  return {
    zip,
    workbookPart,
    workbookRelsPart: relsPartName(workbookPart),
    base: folderOf(workbookPart),
    workbookXml,
    relsXml: await requiredPart(zip, relsPartName(workbookPart)),
    types: await requiredPart(zip, "[Content_Types].xml"),
    flavour,
    standardLayout,
    stored: standardLayout ? await readRecordPart(zip) : { metadata: null, json: null, parts: [] },
    main: prefixOf(workbookXml, "workbook") ?? "",
  };
}

/** The `<sheet>` elements of the workbook part, in order, whatever their prefix. */
export function workbookSheets(workbookXml: string, main: string): WorkbookSheet[] {
  const re = new RegExp(`<${main}sheet\\s[^>]*?(?:/>|>\\s*</${main}sheet>)`, "g");
  return [...workbookXml.matchAll(re)].map((m) => ({
    xml: m[0],
    name: tagAttribute(m[0], "name") ?? "",
    sheetId: Number(tagAttribute(m[0], "sheetId") ?? 0),
    rid: /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[0])?.slice(1).find((v) => v !== undefined) ?? "",
  }));
}

/** The workbook's parts a sheet writer edits as text until it writes them back. */
export interface WorkbookEdits {
  workbookXml: string;
  relsXml: string;
  types: string;
}

/**
 * Where PlanCheck's sheet goes: the part of its earlier sheet, rewritten in place, or a new sheet
 * under a free name (a user's sheet of the same name is never touched), named in the workbook, its
 * relationships and the content types.
 */
export function placeSheet(pkg: OpenedPackage, edits: WorkbookEdits, previous: WorkbookSheet | undefined, wanted: string): { path: string; name: string } {
  const { zip, base, flavour, main } = pkg;
  const rels = relationships(edits.relsXml, base);
  // The relationship-id prefix bound in the workbook part, declared once if it is not yet.
  const ns = ensureNamespace(edits.workbookXml, flavour.rel, "r");
  edits.workbookXml = ns.xml;
  if (previous) {
    const rel = rels.find((r) => r.id === previous.rid);
    if (!rel) throw new PackageLayoutError(`the workbook names sheet '${previous.name}' without a relationship`);
    return { path: rel.part, name: previous.name };
  }
  const sheets = workbookSheets(edits.workbookXml, main);
  const name = uniqueName(wanted, new Set(sheets.map((s) => s.name.toLowerCase())));
  const path = freePartName(zip, `${base}worksheets/sheet`, ".xml");
  const rid = freeRelId(rels.map((r) => r.id));
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  edits.relsXml = addRelationship(edits.relsXml, { id: rid, type: `${flavour.relType}/worksheet`, target: relativeTarget(base, path) });
  edits.workbookXml = insertInto(edits.workbookXml, main, "sheets", `<${main}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${ns.prefix}:id="${rid}"/>`);
  edits.types = addOverride(edits.types, path, CT_SHEET);
  return { path, name };
}

/** The workbook's own styles part, or a new minimal one when the package has none. */
export async function stylesPart(pkg: OpenedPackage, edits: WorkbookEdits): Promise<{ path: string; xml: string }> {
  const { zip, base, flavour } = pkg;
  const stylesRel = relationships(edits.relsXml, base).find((r) => /\/styles$/.test(r.type) && !r.external);
  const path = stylesRel?.part ?? freePartName(zip, `${base}styles`, ".xml");
  const xml = stylesRel ? await optionalPart(zip, path) : null;
  if (xml !== null) return { path, xml };
  if (!stylesRel) edits.relsXml = addRelationship(edits.relsXml, { id: freeRelId(relationships(edits.relsXml, base).map((r) => r.id)), type: `${flavour.relType}/styles`, target: relativeTarget(base, path) });
  edits.types = addOverride(edits.types, path, CT_STYLES);
  return { path, xml: minimalStyles(flavour.main) };
}

/** Appends `content` at the end of an element of the workbook part (`sheets`, `definedNames`). */
export function insertInto(xml: string, p: string, name: string, content: string): string {
  const close = new RegExp(`</${p}${name}\\s*>`).exec(xml);
  if (close) return xml.slice(0, close.index) + content + xml.slice(close.index);
  const empty = new RegExp(`<${p}${name}(\\s[^>]*)?/>`).exec(xml);
  if (!empty) throw new PackageLayoutError(`the workbook has no <${name}>`);
  return xml.slice(0, empty.index) + `<${p}${name}${empty[1] ?? ""}>${content}</${p}${name}>` + xml.slice(empty.index + empty[0].length);
}

/** A sheet name Excel accepts (no `\\ / ? * [ ] :`, at most 31 characters) that no sheet has yet, in any case. */
export function uniqueName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const candidate = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
