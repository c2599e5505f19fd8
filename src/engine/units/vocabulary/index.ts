import { bg } from "./bg";
import { en } from "./en";
import { pl } from "./pl";
import { ru } from "./ru";
import { uk } from "./uk";
import type { UnitVocabulary } from "./types";

/** Every language's unit vocabulary. A plan may mix languages (`EUR` in a Bulgarian plan), so all apply. */
export const UNIT_VOCABULARIES: Record<"bg" | "pl" | "ru" | "uk" | "en", UnitVocabulary> = { bg, pl, ru, uk, en };

export type { UnitVocabulary, UnitWords, Cue } from "./types";
