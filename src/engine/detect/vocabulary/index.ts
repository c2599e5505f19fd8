import { bg } from "./bg";
import { en } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { uk } from "./uk";
import type { Vocabulary } from "./types";

export type { KnownRole, Vocabulary } from "./types";

/** Every header vocabulary PlanCheck reads, by language code. */
export const VOCABULARIES: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", Vocabulary>> = { bg, pl, ru, uk, en };
