import { headerRoleMissing } from "../../../src/engine/rules/header-role-missing";
import { context } from "./helpers";
import { makeTable } from "./make-table";

/** A school calendar pasted without its header row: date, event, who takes part, then who runs it. */
function calendar(columns: Parameters<typeof makeTable>[0]["columns"], rows: (string | null)[][]) {
  return { ...makeTable({ columns, rows }), headerRows: [] };
}

describe("header.role-missing on a table pasted without its header", () => {
  const rows = [
    ["13-04-2024", "Speech competition", "House-wise", "Literary Club"],
    ["24-04-2024", "Earth Day exhibition with greenery", "Class-wise N.C - X", "Eco Club"],
    ["18-05-2024", "Nurses Day Celebration", "Assembly VI-X", "Health and Wellness Club"],
    ["24-06-2024", "P.T - I", null, null],
    ["05-09-2024", "Teacher's Day Celebration", null, "School Cabinet Member"],
  ];

  it("does not call the responsible column missing where a column after the tasks names who runs each", () => {
    const found = headerRoleMissing.run(calendar(["deadline", "activity", "unknown", "unknown"], rows), context()).map((f) => f.role);
    expect(found).not.toContain("responsible");
  });

  it("still calls it missing where nothing after the tasks names anyone", () => {
    const bare = rows.map((r) => [r[0], r[1], r[2]]);
    const found = headerRoleMissing.run(calendar(["deadline", "activity", "unknown"], bare), context()).map((f) => f.role);
    expect(found).toContain("responsible");
  });

  it("still calls it missing where the short names stand left of the tasks, as kinds of events do", () => {
    const kinds = [["Свята", "Осіння казка", "Жовтень, 2025"], ["Розваги", "Весела масляна", "Лютий, 2026"], ["Свята", "Випускний бал", "Травень, 2026"]];
    const found = headerRoleMissing.run(calendar(["unknown", "activity", "deadline"], kinds), context()).map((f) => f.role);
    expect(found).toContain("responsible");
  });

  it("still calls it missing under a header that names no responsible column", () => {
    const headed = makeTable({ columns: ["deadline", "activity", "unknown", "unknown"], rows });
    expect(headerRoleMissing.run(headed, context()).map((f) => f.role)).toContain("responsible");
  });
});

describe("header.role-missing on a table of term dates", () => {
  const terms = [
    ["Autumn", "Mon 3rd Sept 2018", "Mon 29th Oct 2018", "Fri 2nd Nov 2018", "Fri 21st Dec 2018"],
    ["Spring", "Mon 7th Jan 2019", "Mon 25th Feb 2019", "Fri 1st Mar 2019", "Fri 12th Apr 2019"],
    ["Summer", "Mon 29th Apr 2019", "Mon 27th May 2019", "Fri 31st May 2019", "Mon 22nd July 2019"],
  ];

  const headed = (first: string) => [{ role: "unknown" as const, header: first }, "deadline" as const, "deadline" as const, "deadline" as const, "deadline" as const];

  it("asks for no task column where a column headed `Term` names each row's term", () => {
    const table = makeTable({ columns: headed("Term"), rows: terms });
    expect(headerRoleMissing.run(table, context())).toEqual([]);
  });

  it("still asks for it where the terms stand under an empty corner, the headings naming the meetings", () => {
    const table = makeTable({ columns: headed(""), rows: terms });
    expect(headerRoleMissing.run(table, context()).map((f) => f.role)).toEqual(["activity"]);
  });

  it("still asks for it where the column beside the dates names no terms", () => {
    const rows = terms.map((r, i) => [["Room 4", "Hall", "Gym"][i], ...r.slice(1)]);
    const table = makeTable({ columns: ["unknown", "deadline", "deadline", "deadline", "deadline"], rows });
    expect(headerRoleMissing.run(table, context()).map((f) => f.role)).toEqual(["activity"]);
  });
});
