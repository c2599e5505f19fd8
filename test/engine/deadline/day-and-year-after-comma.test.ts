import { parseDeadline } from "../../../src/engine/deadline";

describe("a day and month, then the year after a comma", () => {
  it("reads 06.05, 2024 as 6 May 2024, not a span from May 2023 to the end of 2024", () => {
    expect(parseDeadline("06.05, 2024")).toMatchObject({ kind: "date", start: "2024-05-06", end: "2024-05-06" });
    expect(parseDeadline("6.05, 2024 г.")).toMatchObject({ kind: "date", start: "2024-05-06", end: "2024-05-06" });
  });

  it("holds 06.05; 2024 unread as two deadlines, the day of that year among them", () => {
    const d = parseDeadline("06.05; 2024");
    expect(d).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(d.parts?.[0]).toMatchObject({ start: "2024-05-06", end: "2024-05-06" });
  });

  it("gives months each followed by their year that year (Вересень,2025 Жовтень,2025)", () => {
    const d = parseDeadline("Вересень,2025 Жовтень,2025  Грудень,\n2025 Березень,2026");
    expect(d.kind).toBe("unparsed");
    expect(d.parts?.filter((p) => p.kind === "month").map((p) => p.start)).toEqual(["2025-09-01", "2025-10-01", "2025-12-01", "2026-03-01"]);
  });
});
