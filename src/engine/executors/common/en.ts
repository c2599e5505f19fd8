import type { CountryBodies } from "../types";

/** English words for writing bodies; plans in English name their bodies in their own glossary. */
export const en: CountryBodies = {
  bodies: [
    { key: "schools", full: null, aliases: ["school"] },
    { key: "kindergartens", full: null, aliases: ["kindergarten"] },
    { key: "municipality", full: null },
    { key: "Ministry of Education", full: null },
    { key: "DfE", full: "Department for Education" },
    { key: "SLT", full: "senior leadership team", aliases: ["leadership team"] },
    { key: "PTA", full: "Parent Teacher Association", aliases: ["parent council"] },
    { key: "governing body", full: null, aliases: ["governors", "board of governors", "board of trustees", "trustees", "trust board"] },
    { key: "local authority", full: null, aliases: ["LA", "local education authority", "LEA"] },
    // A US school district's own board, offices and officers (`Board of Education`, `Business Office`, `CFO`).
    { key: "board of education", full: null, aliases: ["BOE", "school board", "school committee"] },
    { key: "business office", full: null, aliases: ["business services"] },
    { key: "CFO", full: "Chief Financial Officer" },
    { key: "educational services", full: null, aliases: ["Ed Services", "education services", "instructional services"] },
  ],
  words: {
    qualifiers: ["all", "municipal", "local", "relevant"],
    heads: ["head", "director*", "principal*", "chair*"],
    headLinks: ["of"],
    connectives: ["in cooperation with", "in agreement with", "in partnership with", "together with"],
    conjunctions: ["and", "&"],
    placeMarkers: ["city"],
    territories: ["county", "borough", "district"],
    prepositions: ["of", "for", "at", "in", "on", "with"],
    etcetera: ["etc"],
  },
};
