import type { UnitVocabulary } from "./types";

/** English: `Number of trained teachers`, `Share of ...`, `% of ...`, `EUR 1,500`, `high`. */
export const en: UnitVocabulary = {
  units: [
    { kind: "count", forms: ["number", "count", "no", "pcs", "pieces", "persons", "people"] },
    { kind: "percent", forms: ["%", "percent", "per cent", "percentage", "pct", "share"] },
    { kind: "currency", currency: "EUR", forms: ["eur", "€", "euro", "euros"] },
    { kind: "currency", currency: "USD", forms: ["usd", "$", "dollar", "dollars"] },
    { kind: "hours", forms: ["hours", "hour", "hrs", "h"] },
    { kind: "days", forms: ["days", "day"] },
    { kind: "level", forms: ["level", "degree"] },
    { kind: "measure", forms: ["km", "miles", "sq m", "m2", "m²", "ha", "hectares", "kg", "tonnes", "points", "pts", "m3", "m³", "kwh", "mwh", "gj"] },
    { kind: "currency", currency: "GBP", forms: ["£", "gbp", "pounds"] },
  ],
  multipliers: [
    { factor: 1e3, forms: ["thousand"] },
    { factor: 1e6, forms: ["million", "mln"] },
  ],
  leads: [
    { kind: "count", phrases: ["number", "count", "total number", "no of"] },
    { kind: "percent", phrases: ["%", "share", "percentage", "percent", "proportion", "coverage"] },
    { kind: "currency", phrases: ["cost*", "budget"] },
    { kind: "level", phrases: ["level", "degree", "extent"] },
  ],
  anywhere: [
    { kind: "count", phrases: ["number of"] },
    { kind: "percent", phrases: ["percentage", "percent", "per cent"] },
  ],
  amounts: ["amount", "total", "value", "volume"],
  money: ["funding", "funds", "investment*", "spending", "expenditure*", "budget*", "money"],
  // What is counted, at the opening: `Visits to the Mobile library`, `Attendance at events`.
  measures: [
    "amount", "size", "value", "volume", "average", "mean", "duration", "rate", "ratio", "frequency",
    "visits", "visitors", "attendance*", "loans", "enrolment*", "enrollment*", "admissions",
  ],
  qualifiers: [
    "at least", "no less than", "minimum", "min", "over", "more than", "above",
    "up to", "about", "approximately", "approx", "around", "at most", "no more than", "maximum", "max",
  ],
};
