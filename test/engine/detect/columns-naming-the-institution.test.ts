import { roleOfHeader } from "../../../src/engine/plan-tables";
import { roles, tablesOf } from "./read-tables";

/** A column naming the institution that holds each duty or event is the plan's responsible column. */
describe("a duty roster whose first column names the institution on duty", () => {
  it("types `Nazwa placówki` as the responsible column, not the activity", () => {
    expect(roleOfHeader("Nazwa placówki")).toBe("responsible");
    const tables = tablesOf([
      ["Nazwa placówki", "Data rozpoczęcia dyżuru wakacyjnego", "Data zakończenia dyżuru wakacyjnego"],
      ["Przedszkole Samorządowe w Jastkowie", "01.07.2021 r.", "31.07.2021 r."],
      ["Oddział przedszkolny w Szkole Podstawowej w Ożarowie", "19.08.2021 r.", "31.08.2021 r."],
      ["Oddział przedszkolny w Szkole Podstawowej w Snopkowie", "14.08.2021 r.", "31.08.2021 r."],
    ]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0])[0]).toBe("A:responsible");
  });

  it("still types a plain `Nazwa` as the activity", () => {
    expect(roleOfHeader("Nazwa")).toBe("activity");
  });
});
