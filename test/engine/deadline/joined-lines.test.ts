import { parseDeadline } from "../../../src/engine/deadline";

/**
 * A cell whose lines each give a period that overlaps the one before is the terms of sub-items
 * joined under one task (uk-exam-centres-action-plan-2022-2024 B2 with B3 under it), not one period.
 */
describe("periods on lines of their own", () => {
  it("reads overlapping periods one under another as separate terms, each read", () => {
    const d = parseDeadline("2022 рік\n2022-2023 роки");
    expect(d).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(d.parts?.map((p) => [p.kind, p.start, p.end])).toEqual([
      ["year", "2022-01-01", "2022-12-31"],
      ["range", "2022-01-01", "2023-12-31"],
    ]);
  });

  it("still joins lines that follow one another, and reads one span of years as written", () => {
    expect(parseDeadline("30.11.2007\n01.12.2007")).toMatchObject({ kind: "range", start: "2007-11-30", end: "2007-12-01" });
    expect(parseDeadline("2022-2023 роки")).toMatchObject({ kind: "range", start: "2022-01-01", end: "2023-12-31" });
    expect(parseDeadline("2022 рік, 2022-2023 роки")).toMatchObject({ kind: "range", start: "2022-01-01", end: "2023-12-31" });
  });
});
