import type { Registry, RegistryEntry } from "./types";
import { bodyKey } from "./normalize";
import { commonBodies } from "./common";

/**
 * A registry from several sources in priority order (the workbook's glossary, a registry
 * sheet, then common bodies). Entries with the same normalised key are one body: the first
 * keeps its key and full name, aliases are pooled. Keys and full names are indexed before
 * aliases, so an alias never hides another body's own name.
 */
export function buildRegistry(...sources: RegistryEntry[][]): Registry {
  const entries: RegistryEntry[] = [];
  const byKey = new Map<string, RegistryEntry>();
  for (const source of sources) {
    for (const e of source) {
      const k = bodyKey(e.key);
      if (k === "") continue;
      const same = byKey.get(k);
      if (!same) {
        const copy: RegistryEntry = { key: e.key, full: e.full, aliases: [...e.aliases], source: e.source };
        byKey.set(k, copy);
        entries.push(copy);
        continue;
      }
      if (same.full === null && e.full !== null) same.full = e.full;
      for (const a of e.aliases) if (!same.aliases.some((b) => bodyKey(b) === bodyKey(a))) same.aliases.push(a);
    }
  }

  const index = new Map<string, RegistryEntry>();
  const names: Registry["names"] = [];
  const order = new Map(entries.map((e, i) => [e, i]));
  const add = (text: string | null, entry: RegistryEntry) => {
    if (text === null) return;
    const name = bodyKey(text);
    if (name === "" || index.has(name)) return;
    index.set(name, entry);
    names.push({ name, entry, order: order.get(entry)! });
  };
  for (const e of entries) add(e.key, e);
  for (const e of entries) add(e.full, e);
  for (const e of entries) for (const a of e.aliases) add(a, e);
  return { entries, index, names };
}

let common: Registry | null = null;

/** The registry of common bodies of every country, built once. */
export function commonRegistry(): Registry {
  common ??= buildRegistry(commonBodies());
  return common;
}
