import JSZip from "jszip";
import { tagAttribute } from "./package-parts";
import { flavourOf, folderOf, prefixOf, relsPartName, requiredPart, workbookPartOf, type PackageFlavour } from "./package-edit";
import { readRecordPart, type StoredRecord } from "./record-part";

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
