import { roles, tablesOf } from "./read-tables";

describe("a list of dates with no header and a column of notes on its left", () => {
  const rows = [
    [null, "Term Dates"],
    [null, "Autumn Term 2024"],
    [null, "Mon 2nd September", "INSET day"],
    [null, "Tue 3rd September", "Term Starts"],
    ["moved", "Fri 25th October", "INSET Day"],
    [null, "Mon 28th October - Fri 1st November", "Half Term"],
    [null, "Fri 20th December", "Term Ends"],
    [null, "Spring Term 2025"],
    [null, "Mon 6th January", "INSET Day"],
    [null, "Tue 7th January", "Term Starts"],
    [null, "Mon 17th February - Fri 21st February", "Half Term"],
    [null, "Fri 4th April", "Term Ends"],
  ];

  it("keeps the terms as its sections, the notes outside the table", () => {
    const [t] = tablesOf(rows);
    expect(t.columns.find((c) => c.column === "A")?.role ?? "unknown").toBe("unknown");
    expect(t.sections.map((s) => s.title)).toEqual(["Autumn Term 2024", "Spring Term 2025"]);
    expect(t.rows).toHaveLength(9);
    expect(roles(t)).toEqual(expect.arrayContaining(["B:deadline", "C:activity"]));
  });
});
