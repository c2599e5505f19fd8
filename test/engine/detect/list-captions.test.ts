import { merged, tablesOf } from "./read-tables";

/** A page of explanations with the timetable under its caption, pasted from a council's web page. */
function timetable(caption: string) {
  return tablesOf(
    [
      ["Terminarz rekrutacji do przedszkoli na rok szkolny 2026/2027"],
      ["Rodzice składają wnioski w przedszkolu pierwszego wyboru. Poniżej podajemy najważniejsze terminy postępowania rekrutacyjnego, a szczegóły w zarządzeniu."],
      [caption],
      ["Składanie deklaracji o kontynuowaniu wychowania przedszkolnego", "od 16 do 20 lutego 2026"],
      ["Składanie wniosków o przyjęcie wraz z dokumentami", "od 2 do 13 marca 2026"],
      ["Podanie do publicznej wiadomości listy kandydatów zakwalifikowanych", "27 marca 2026"],
      ["Potwierdzenie woli przyjęcia w postaci pisemnego oświadczenia", "do 3 kwietnia 2026"],
    ],
    merged("A1:B1", "A2:B2", "A3:B3"),
  );
}

describe("a caption right over a list without a header", () => {
  it("is the list's caption, not its first section, when it is the only heading of the list", () => {
    const [t] = timetable("Postępowanie rekrutacyjne – przedszkola i oddziały przedszkolne w szkołach podstawowych");
    expect(t.sections).toEqual([]);
    expect(t.rows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
    expect(t.rows.every((r) => r.section === null)).toBe(true);
    expect(t.preamble.map((p) => p.row)).toEqual([1, 2, 3]);
  });

  it("stays the first section when it is numbered as parts of a plan are", () => {
    const [t] = timetable("I. Postępowanie rekrutacyjne");
    expect(t.sections.map((s) => s.row)).toEqual([3]);
  });

  it("stays the first section when it is written in capitals, as section headings are", () => {
    const [t] = timetable("POSTĘPOWANIE REKRUTACYJNE");
    expect(t.sections.map((s) => s.row)).toEqual([3]);
  });
});
