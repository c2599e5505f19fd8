import { parseDeadline } from "../../../src/engine/deadline";

/** A slash between two days offers one or the other; it is a span only where nothing lies between. */
describe("two days joined by a slash", () => {
  it("leaves days a week apart unread as several dates, never the week between (`10.06.2026 r. / 16.06.2026 r.`)", () => {
    expect(parseDeadline("10.06.2026 r. / 16.06.2026 r.")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
    expect(parseDeadline("10.06/16.06.2026")).toMatchObject({ kind: "unparsed", reason: "several-dates" });
  });

  it("still reads days next to each other as the two days (`December 12th / 13th 2023`, `12.12.2023/13.12.2023`)", () => {
    expect(parseDeadline("December 12th / 13th 2023")).toMatchObject({ kind: "range", start: "2023-12-12", end: "2023-12-13" });
    expect(parseDeadline("12.12.2023/13.12.2023")).toMatchObject({ kind: "range", start: "2023-12-12", end: "2023-12-13" });
  });

  it("still reads months a slash joins as the months (`Maj/czerwiec 2024`)", () => {
    expect(parseDeadline("Maj/czerwiec 2024")).toMatchObject({ kind: "range", start: "2024-05-01", end: "2024-06-30" });
  });

  it("keeps reading a dash between the same days as a span (`10.06.2026 - 16.06.2026`)", () => {
    expect(parseDeadline("10.06.2026 - 16.06.2026")).toMatchObject({ kind: "range", start: "2026-06-10", end: "2026-06-16" });
  });
});
