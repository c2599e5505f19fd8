import { promises as fs } from "fs";
import * as path from "path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

/**
 * Validates one part of an .xlsx package against the published ECMA-376 schemas kept in
 * `schemas/ooxml/` (SpreadsheetML transitional, Part 4; package relationships and content types,
 * Part 2), with a real XML Schema validator (libxml2's xmllint, compiled to WebAssembly).
 *
 *   const result = await validatePart(xml, "worksheet");
 *   expect(result.errors).toEqual([]);
 *
 * Before validating, the part is read the way ECMA-376 Part 3 (Markup Compatibility) tells a
 * consumer to: elements and attributes of namespaces the part declares ignorable
 * (`mc:Ignorable`) are dropped, and `mc:AlternateContent` is replaced by its `mc:Fallback`. Excel
 * writes `xml:space="preserve"` on text elements although the schemas do not declare it; it is
 * dropped too. Nothing else is forgiven.
 */

/** The root element each kind of part must have, and the schema that declares it. */
const KINDS = {
  workbook: { root: "workbook", schema: "sml" },
  worksheet: { root: "worksheet", schema: "sml" },
  styles: { root: "styleSheet", schema: "sml" },
  sharedStrings: { root: "sst", schema: "sml" },
  table: { root: "table", schema: "sml" },
  comments: { root: "comments", schema: "sml" },
  relationships: { root: "Relationships", schema: "opc-relationships" },
  contentTypes: { root: "Types", schema: "opc-contentTypes" },
} as const;

export type PartKind = keyof typeof KINDS;

export interface PartValidation {
  valid: boolean;
  /** The validator's messages, one a line (`file.xml:1: element c: ... attribute 'quotePrefix' is not allowed.`). */
  errors: string[];
}

const SCHEMA_DIR = path.join(__dirname, "..", "..", "schemas", "ooxml");
const SML_FILES = [
  "sml.xsd",
  "dml-spreadsheetDrawing.xsd",
  "dml-main.xsd",
  "dml-diagram.xsd",
  "dml-chart.xsd",
  "dml-chartDrawing.xsd",
  "dml-picture.xsd",
  "dml-lockedCanvas.xsd",
  "shared-relationshipReference.xsd",
  "shared-commonSimpleTypes.xsd",
];

let loaded: Promise<{ sml: XMLFileInfo[]; rels: XMLFileInfo; types: XMLFileInfo }> | null = null;

function schemas(): Promise<{ sml: XMLFileInfo[]; rels: XMLFileInfo; types: XMLFileInfo }> {
  loaded ??= (async () => {
    const read = async (dir: string, fileName: string): Promise<XMLFileInfo> => ({ fileName, contents: await fs.readFile(path.join(SCHEMA_DIR, dir, fileName), "utf8") });
    return {
      sml: await Promise.all(SML_FILES.map((f) => read("transitional", f))),
      rels: await read("opc", "opc-relationships.xsd"),
      types: await read("opc", "opc-contentTypes.xsd"),
    };
  })();
  return loaded;
}

function rootName(xml: string): string | null {
  return /<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""))?.[1] ?? null;
}

/** Validates `xml` as a part of the given kind; the root element must be that kind's. */
export async function validatePart(xml: string, kind: PartKind): Promise<PartValidation> {
  const { root, schema } = KINDS[kind];
  const prepared = compatibilityView(xml.replace(/^\uFEFF/, ""));
  const actualRoot = /<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(prepared.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""));
  if (!actualRoot || actualRoot[1] !== root) return { valid: false, errors: [`the part's root element is <${actualRoot?.[1] ?? "?"}>, not <${root}>`] };
  const s = await schemas();
  const [main, ...preload] = schema === "sml" ? s.sml : schema === "opc-relationships" ? [s.rels] : [s.types];
  const result = await validateXML({ xml: [{ fileName: `${kind}.xml`, contents: prepared }], schema: [main], preload });
  const errors = result.errors.map((e) => e.rawMessage.trim()).filter((m) => m.length > 0);
  return { valid: result.valid, errors: result.valid ? [] : errors };
}

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The part as a consumer of Markup Compatibility sees it: ignorable namespaces' elements and
 * attributes removed, `mc:AlternateContent` replaced by its fallback, `mc:Ignorable` and
 * `xml:space` removed. Works on the text: parts are machine-written, with no DTD.
 */
export function compatibilityView(xml: string): string {
  const prefixes = new Map<string, string>(); // prefix -> namespace
  for (const m of xml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)) prefixes.set(m[1], m[2]);
  const mc = [...prefixes].find(([, ns]) => ns === MC)?.[0];
  const ignorable = new Set<string>();
  const ign = /\s[\w.-]+:Ignorable\s*=\s*"([^"]*)"/.exec(xml);
  if (mc && ign) for (const p of ign[1].split(/\s+/).filter(Boolean)) ignorable.add(p);
  let out = xml;
  if (mc) {
    // Fallback content replaces the whole AlternateContent; without one, it goes.
    const alt = new RegExp(`<${mc}:AlternateContent\\b[\\s\\S]*?</${mc}:AlternateContent>`, "g");
    out = out.replace(alt, (block) => {
      const fb = new RegExp(`<${mc}:Fallback\\b[^>]*>([\\s\\S]*?)</${mc}:Fallback>`).exec(block);
      return fb ? fb[1] : "";
    });
  }
  for (const p of ignorable) {
    // Elements of the ignorable namespace, self-closing or with content (not nested in themselves in practice).
    out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*?/>`, "g"), "");
    let before: string;
    do {
      before = out;
      out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>(?:(?!<${p}:\\1\\b)[\\s\\S])*?</${p}:\\1>`, "g"), "");
    } while (out !== before);
    out = out.replace(new RegExp(`\\s${p}:[\\w.-]+\\s*=\\s*"[^"]*"`, "g"), "");
    out = out.replace(new RegExp(`\\sxmlns:${p}\\s*=\\s*"[^"]*"`, "g"), "");
  }
  if (mc) out = out.replace(new RegExp(`\\s${mc}:Ignorable\\s*=\\s*"[^"]*"`, "g"), "");
  return out.replace(/\sxml:space\s*=\s*"[^"]*"/g, "");
}

/** Every part of a package that has a kind the schemas cover, by part name, with its kind. */
export function partKind(name: string, contentType: string | null): PartKind | null {
  if (name.endsWith(".rels")) return "relationships";
  if (name === "[Content_Types].xml") return "contentTypes";
  const byType: Record<string, PartKind> = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "workbook",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "workbook",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": "worksheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": "styles",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": "sharedStrings",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": "table",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": "comments",
  };
  return contentType !== null ? (byType[contentType] ?? null) : null;
}

/**
 * Validates parts of an .xlsx package: the named ones (`["xl/workbook.xml", ...]`), or every part
 * whose kind the schemas cover. Returns the errors by part name; an empty object when all are valid.
 */
export async function validatePackage(bytes: Buffer, only?: string[]): Promise<Record<string, string[]>> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(bytes);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const overrides = new Map<string, string>();
  for (const m of types.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) {
    const name = /PartName\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const type = /ContentType\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    if (name && type) overrides.set(name.replace(/^\//, ""), type);
  }
  const failures: Record<string, string[]> = {};
  // One validator run per schema, all its parts at once: loading the schemas is most of the cost.
  const groups = new Map<string, { name: string; xml: string }[]>();
  for (const name of only ?? Object.keys(zip.files)) {
    const file = zip.file(name);
    if (!file) {
      failures[name] = ["the package has no such part"];
      continue;
    }
    const kind = partKind(name, overrides.get(name) ?? null);
    if (kind === null) {
      if (only) failures[name] = ["no schema covers this part"];
      continue;
    }
    const xml = compatibilityView((await file.async("string")).replace(/^\uFEFF/, ""));
    const actual = rootName(xml);
    if (actual !== KINDS[kind].root) {
      failures[name] = [`the part's root element is <${actual ?? "?"}>, not <${KINDS[kind].root}>`];
      continue;
    }
    const schema = KINDS[kind].schema;
    groups.set(schema, [...(groups.get(schema) ?? []), { name, xml }]);
  }
  const s = await schemas();
  for (const [schema, items] of groups) {
    const [main, ...preload] = schema === "sml" ? s.sml : schema === "opc-relationships" ? [s.rels] : [s.types];
    const files = items.map((item, i) => ({ fileName: `part${i}.xml`, contents: item.xml }));
    const result = await validateXML({ xml: files, schema: [main], preload });
    for (const e of result.errors) {
      const i = files.findIndex((f) => f.fileName === e.loc?.fileName);
      const name = i >= 0 ? items[i].name : "?";
      (failures[name] ??= []).push(e.rawMessage.trim());
    }
  }
  return failures;
}
