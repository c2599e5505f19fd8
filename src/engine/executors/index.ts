/** Responsible and partner bodies: splitting cells, glossaries, the registry, resolving and suggestions. */
export type { Registry, RegistryEntry, ResolvedBody } from "./types";
export { resolveBodies, splitBodies } from "./split";
export { abbreviationsSpelledOut, definitionsIn, definitionsInCells, glossaryFromSheet, registryFromGlossary, registryFromRows } from "./glossary";
export { commonBodies, type Country } from "./common";
export { buildRegistry, commonRegistry } from "./registry";
export { resolveBody } from "./resolve";
export { entryKind, isPersonAmongPeople, isPersonName, isPersonOrPosition, namesABody, namesAVenue, type EntryKind } from "./entry-kind";
