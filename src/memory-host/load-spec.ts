/**
 * What a `load()` call asks for, as the "Using the application-specific API model" page describes
 * it: property names separated by commas, navigation paths with `/` (`format/fill/color`),
 * `items/…` on collections, the `{ select, expand }` form, or an object of flags
 * (`{ values: true, format: { fill: { color: true } } }`). A call with nothing loads every scalar
 * property of the object.
 */

export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadSpec>;
}

export function emptySpec(): LoadSpec {
  return { all: false, scalars: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string[]): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    spec.scalars.add(head);
    return;
  }
  let child = spec.nav.get(head);
  if (!child) spec.nav.set(head, (child = emptySpec()));
  addPath(child, rest);
}

function addNames(spec: LoadSpec, text: string): void {
  for (const part of text.split(",")) {
    const path = part.trim();
    if (path !== "") addPath(spec, path.split("/").map((p) => p.trim()));
  }
}

function addFlags(spec: LoadSpec, flags: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(flags)) {
    if (value === true) spec.scalars.add(name);
    else if (value && typeof value === "object") {
      let child = spec.nav.get(name);
      if (!child) spec.nav.set(name, (child = emptySpec()));
      addFlags(child, value as Record<string, unknown>);
    }
  }
}

export function parseLoadOption(option: unknown): LoadSpec {
  const spec = emptySpec();
  if (option === undefined || option === null) {
    spec.all = true;
  } else if (typeof option === "string") {
    addNames(spec, option);
  } else if (Array.isArray(option)) {
    for (const o of option) if (typeof o === "string") addNames(spec, o);
  } else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      if (typeof o.select === "string") addNames(spec, o.select);
      if (typeof o.expand === "string") for (const name of o.expand.split(",")) addPath(spec, [name.trim(), "*"]);
    } else {
      addFlags(spec, o);
    }
  }
  if (spec.scalars.size === 0 && spec.nav.size === 0) spec.all = true;
  return spec;
}

/** Loading `*` (from an `expand`) means every scalar property, as an empty load does. */
export function normalize(spec: LoadSpec): LoadSpec {
  if (spec.scalars.delete("*")) spec.all = true;
  return spec;
}
