import { isAudienceText } from "../../../src/engine/detect/vocabulary/audience";
import { roles, tablesOf } from "./read-tables";

/** How a school calendar says who takes part (class by class, house by house, in the assembly) is no body answering for it. */
describe("a column saying how classes or houses take part", () => {
  it("reads `Class-wise I-X`, `House-wise`, `Inter-house` and `Assembly VI-X` as who takes part", () => {
    for (const text of ["House-wise", "Class-wise I-X", "Class-wise I-V & VI-X", "Class-wise N.C - X", "Assembly VI-X", "Inter-house"]) {
      expect([text, isAudienceText(text)]).toEqual([text, true]);
    }
  });

  it("still reads a club or a teacher as no audience", () => {
    for (const text of ["Literary Club", "Class Teacher", "Assembly Hall booking"]) expect([text, isAudienceText(text)]).toEqual([text, false]);
  });

  it("is not taken for the responsible column in a calendar pasted without its header", () => {
    const tables = tablesOf([
      ["Academic Calendar"],
      ["April - 2024"],
      ["13-04-2024", "Speech competition, Topic- Features of Indian Constitution", "House-wise", "Literary Club"],
      ["20-04-2024", "Notice Board Decoration Competition", "Class-wise I-X", "Class Teacher"],
      ["24-04-2024", "Earth Day exhibition with greenery", "Class-wise N.C - X", "Eco Club"],
      ["27-04-2024", "Computer Literacy Test", "Class-wise I-V & VI-X", "Socio Commerce"],
      ["30-04-2024", "Spell Bee Verb Competition", "Class-wise I-V & VI-X", "Literary Club"],
      ["May - 2024"],
      ["04-05-2024", "Spell Bee States and Capital Cities of India", "Class-wise V-X", "Socio Commerce"],
      ["18-05-2024", "Nurses Day Celebration", "Assembly VI-X", "Health and Wellness Club"],
    ]);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0])).not.toContain("C:responsible");
  });
});
