import { tablesOf } from "./read-tables";

describe("a term planner by weeks", () => {
  it("is found with no deadline PlanCheck can read: one row a week, the week named in the first column, its work beside", () => {
    const tables = tablesOf([
      ["Term 2 Work Plan 2025"],
      [],
      ["Week", "Activity"],
      ["Week 1 5th May", "· Staff briefing – all staff\n· Timetables issued to classes"],
      ["Week 2 12th May", "· Class observations by heads of department\n· Parents' meeting for new learners"],
      ["Week 3 19th May", "· Mid-term tests in all classes\n· Sports day preparations"],
      ["Week 4 26th May", "· Marking and feedback on mid-term tests\n· Inter-house sports day"],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([3]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
    expect(tables[0].columns.find((c) => c.column === "B")?.role).toBe("activity");
  });

  it("is no table when the first column does not name a week on most rows", () => {
    const tables = tablesOf([
      ["Notes", "Activity"],
      ["Week 1 5th May", "· Staff briefing – all staff\n· Timetables issued to classes"],
      ["Mr Otieno", "· Class observations by heads of department\n· Parents' meeting for new learners"],
      ["Library", "· Mid-term tests in all classes\n· Sports day preparations"],
      ["Hall", "· Marking and feedback on mid-term tests\n· Inter-house sports day"],
    ]);
    expect(tables).toEqual([]);
  });
});
