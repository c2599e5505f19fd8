import { parseDeadline } from "../../../src/engine/deadline";

const period = { start: "2024-10-21", end: "2024-10-25", label: "21.10–25.10.2024" };
const underDay = { section: "І ДЕНЬ 21.10.2024.", period };

describe("a time of day with a label, under a day's heading", () => {
  it("is on the heading's day whether or not the cell says Срок: or Термін: first", () => {
    for (const t of ["10.00", "Срок: 10.00", "Термін: 9.15", "Термін: 10:00"]) {
      expect(parseDeadline(t, underDay)).toMatchObject({ kind: "date", start: "2024-10-21", end: "2024-10-21" });
    }
  });

  it("stays unread where no heading names the day", () => {
    expect(parseDeadline("Срок: 10.00", { period }).kind).toBe("unparsed");
  });
});
