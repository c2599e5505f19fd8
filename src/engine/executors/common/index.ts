import type { BodyWords, CountryBodies, RegistryEntry } from "../types";
import { bg } from "./bg";
import { en } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { uk } from "./uk";

export type Country = "bg" | "pl" | "ru" | "uk" | "en";

const COUNTRIES: Record<Country, CountryBodies> = { bg, pl, ru, uk, en };

/** Common bodies of one country, or of all of them (in the order bg, pl, ru, uk, en). */
export function commonBodies(country?: Country): RegistryEntry[] {
  const list = country ? [COUNTRIES[country]] : Object.values(COUNTRIES);
  return list.flatMap((c) =>
    c.bodies.map((b) => ({ key: b.key, full: b.full, aliases: [...(b.aliases ?? [])], source: "common" as const })),
  );
}

const WORD_KINDS: (keyof BodyWords)[] = [
  "qualifiers", "heads", "headLinks", "connectives", "conjunctions", "placeMarkers", "territories", "prepositions", "etcetera",
];

/** The words of every language together: a plan's bodies may be written in any of them. */
export const BODY_WORDS = Object.fromEntries(
  WORD_KINDS.map((k) => [k, Object.values(COUNTRIES).flatMap((c) => c.words[k])]),
) as unknown as BodyWords;
