import type { CountryBodies } from "../types";

/** Bodies named in Ukrainian community and district education plans. */
export const uk: CountryBodies = {
  bodies: [
    { key: "відділ освіти", full: null, aliases: ["управління освіти", "департамент освіти", "управління освіти і науки", "департамент освіти і науки"] },
    // `МОН` alone is known already (the Bulgarian ministry has the same abbreviation).
    { key: "МОН України", full: "Міністерство освіти і науки України", aliases: ["Міністерство освіти і науки"] },
    { key: "заклади освіти", full: null, aliases: ["заклад освіти"] },
    { key: "ЗЗСО", full: "заклади загальної середньої освіти" },
    { key: "ЗДО", full: "заклади дошкільної освіти" },
    { key: "ЦПРПП", full: "Центр професійного розвитку педагогічних працівників" },
    { key: "ІРЦ", full: "інклюзивно-ресурсний центр" },
    { key: "служба у справах дітей", full: null, aliases: ["ССД"] },
    { key: "ювенальна поліція", full: null },
    { key: "ДСЯО", full: "Державна служба якості освіти" },
    { key: "територіальна громада", full: null, aliases: ["громада"] },
  ],
  words: {
    qualifiers: ["всі", "усі", "комунальні"],
    heads: ["директор*", "керівник*", "начальник*", "завідувач*", "голова"],
    headLinks: [],
    connectives: ["спільно з", "у співпраці з", "в співпраці з", "у взаємодії з", "за участю"],
    conjunctions: ["і", "й", "та"],
    placeMarkers: ["м", "місто", "с", "село", "смт"],
    territories: ["області", "обл", "району", "округу", "міста", "громади"],
    prepositions: ["з", "із", "зі", "по", "для", "при", "в", "у", "на", "за"],
    etcetera: ["тощо", "та ін", "та інші"],
  },
};
