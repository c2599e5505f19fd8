import { bg } from "./bg";
import { en } from "./en";
import type { LocaleVocabulary } from "./locale";
import { pl } from "./pl";
import { ru } from "./ru";
import { uk } from "./uk";

/**
 * Every language the parser reads. A cell's language is not known in advance (plans mix them), so
 * the vocabularies are read together; they do not clash because the alphabets and words differ.
 */
export const LOCALES: readonly LocaleVocabulary[] = [bg, pl, ru, uk, en];

export type { Frequency, LocaleVocabulary, Narrowing } from "./locale";
