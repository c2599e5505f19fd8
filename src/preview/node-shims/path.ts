/**
 * The browser page's `path`: the readers name a sheet after its file (`plan.csv` -> `plan`) and
 * say where a missing file was; in the page a file is only a name, with no folder around it.
 */

export const sep = "/";
/** Separates folders in a search list; the page has none to search (LibreOffice is never looked for). */
export const delimiter = ":";

export function basename(name: string, ext?: string): string {
  const base = name.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}

export function extname(name: string): string {
  const base = basename(name);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
}

export function dirname(name: string): string {
  const i = name.replace(/[\\/]+$/, "").search(/[\\/][^\\/]*$/);
  return i > 0 ? name.slice(0, i) : ".";
}

export function join(...parts: string[]): string {
  return parts.filter((p) => p !== "").join("/").replace(/\/+/g, "/");
}

export function resolve(...parts: string[]): string {
  return join(...parts);
}

export default { sep, delimiter, basename, extname, dirname, join, resolve };
