/**
 * Which part of an .xlsx package holds which sheet, read from the package's small XML parts
 * (`_rels/.rels`, `xl/workbook.xml` and its relationships) with plain text matching: enough to
 * name a sheet in a message before the workbook itself is parsed.
 */

import { decodeEntities } from "./xml-scan";
import { tagAttribute } from "./package-parts";

export interface SheetPart {
  /** Part name without a leading slash: `xl/worksheets/sheet1.xml`. */
  part: string;
  sheet: string;
}

/** A sheet of the workbook as its `<sheet>` element and relationship describe it. */
export interface WorkbookSheet extends SheetPart {
  /** `state` of the workbook's `<sheet>`: hidden, very hidden, or visible when absent. */
  state: "visible" | "hidden" | "veryHidden";
  /** True for a worksheet; false for a chart sheet or dialog sheet, which hold no cells to check. */
  worksheet: boolean;
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
  return workbookSheets(workbookPart, workbookXml, workbookRels).map(({ part, sheet }) => ({ part, sheet }));
}

/** The workbook's sheets in its order: part, name, visibility, and whether it is a worksheet. */
export function workbookSheets(workbookPart: string, workbookXml: string, workbookRels: string): WorkbookSheet[] {
  const base = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const byId = new Map(relationships(workbookRels, base).map((r) => [r.id, r]));
  const out: WorkbookSheet[] = [];
  for (const tag of workbookXml.match(/<(?:[\w.-]+:)?sheet\s[^>]*>/g) ?? []) {
    const name = tagAttribute(tag, "name");
    // The relationship id is the one attribute named `id` with a namespace prefix (`r:id`).
    const id = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    const rel = id ? byId.get(decodeEntities(id[1] ?? id[2])) : undefined;
    const state = tagAttribute(tag, "state");
    if (name !== null && rel) {
      out.push({
        part: rel.target,
        sheet: name,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        worksheet: rel.type.endsWith("/worksheet"),
      });
    }
  }
  return out;
}

/** The part a workbook relationship of the given type (`sharedStrings`, `styles`) points at, or null. */
export function relatedPart(workbookPart: string, workbookRels: string | null, type: string): string | null {
  if (workbookRels === null) return null;
  const base = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  return relationships(workbookRels, base).find((r) => r.type.endsWith(`/${type}`))?.target ?? null;
}

/** `<workbookPr date1904="1">`: the workbook counts dates from 1904 (ECMA-376 Part 1 §18.2.28). */
export function usesDate1904(workbookXml: string): boolean {
  const pr = /<(?:[\w.-]+:)?workbookPr\s[^>]*>/.exec(workbookXml);
  const value = pr ? tagAttribute(pr[0], "date1904") : null;
  return value === "1" || value === "true";
}

function relationships(xml: string, base: string): Relationship[] {
  const out: Relationship[] = [];
  for (const tag of xml.match(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g) ?? []) {
    const id = tagAttribute(tag, "Id");
    const type = tagAttribute(tag, "Type");
    const target = tagAttribute(tag, "Target");
    if (id === null || target === null || tagAttribute(tag, "TargetMode") === "External") continue;
    out.push({ id, type: type ?? "", target: resolvePart(base, target) });
  }
  return out;
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

