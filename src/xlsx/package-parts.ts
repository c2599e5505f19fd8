import type JSZip from "jszip";
import { decodeEntities } from "./xml-scan";

/**
 * Small pieces every edit of a workbook package needs: a part's text, an attribute of a tag as
 * text, and a relationship id not yet taken.
 */

export async function partXml(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`the workbook has no ${path}`);
  return f.async("string");
}

/** An attribute's value (either quote style), with XML's entities decoded; null when absent. */
export function tagAttribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[1] ?? m[2]) : null;
}

/** The first `rIdN` a relationships part does not use yet. */
export function freeRelId(ids: Iterable<string>): string {
  const taken = new Set(ids);
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}
