import type { UnitVocabulary } from "./types";

/** Polish: `Liczba szkoleń`, `Ilość spotkań`, `Odsetek uczniów`, `1500,50 zł`, `wysoki`. */
export const pl: UnitVocabulary = {
  units: [
    {
      kind: "count",
      forms: ["liczba", "liczby", "ilość", "ilości", "szt", "sztuk", "sztuki", "os", "osób", "osoby", "osoba"],
    },
    { kind: "percent", forms: ["%", "procent", "procenty", "procentów", "proc", "odsetek", "udział"] },
    { kind: "currency", currency: "PLN", forms: ["zł", "złotych", "złote", "złoty", "pln"] },
    { kind: "currency", currency: "EUR", forms: ["euro"] },
    { kind: "hours", forms: ["godz", "godzin", "godzina", "godziny", "h"] },
    { kind: "days", forms: ["dni", "dzień", "dnia"] },
    { kind: "level", forms: ["poziom", "stopień"] },
    { kind: "measure", forms: ["km", "m2", "m²", "ha", "kg", "pkt", "punkt", "punkty", "punktów", "m3", "m³", "kwh", "mwh", "gj", "mg", "wzkm"] },
  ],
  multipliers: [
    { factor: 1e3, forms: ["tys", "tysięcy", "tysiące"] },
    { factor: 1e6, forms: ["mln", "milionów", "miliony"] },
  ],
  leads: [
    { kind: "count", phrases: ["liczb*", "ilość*", "ilości*", "łączna liczb*", "ogólna liczb*"] },
    { kind: "percent", phrases: ["odset*", "procent*", "udział*", "stopień objęcia"] },
    { kind: "currency", phrases: ["kwot*", "budżet", "koszt*"] },
    { kind: "level", phrases: ["poziom*", "stopień", "stopnia"] },
  ],
  anywhere: [
    { kind: "count", phrases: ["liczb*", "ilość", "ilości"] },
    { kind: "percent", phrases: ["odset*", "procent*"] },
  ],
  amounts: ["wysokość", "wartość", "suma", "kwota", "wielkość"],
  money: ["środk*", "wydatk*", "nakład*", "inwestycj*", "finansowan*", "dofinansowan*", "budżet*", "dotacj*"],
  measures: ["wysokość", "wartość", "wielkość", "średni*", "czas trwania", "częstotliwość", "frekwencj*", "odwiedzin*"],
  qualifiers: [
    "co najmniej", "nie mniej niż", "minimum", "min", "ponad", "powyżej", "więcej niż",
    "do", "około", "ok", "nie więcej niż", "maksymalnie", "max",
  ],
};
