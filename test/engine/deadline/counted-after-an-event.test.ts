import { parseDeadline, parsePeriodOption } from "../../../src/engine/deadline";

/** A step due a number of days after an event the plan names but does not date. */
describe("a time counted on from an event the cell names", () => {
  const period = parsePeriodOption("2008/2009")!;

  it.each(["45 days after State Budget Approval", "2 weeks after the meeting", "10 днів після затвердження бюджету", "14 dni po zakończeniu konkursu", "7 дни след заседанието"])(
    "%j is due by the event, whose date is not written",
    (text) => {
      expect(parseDeadline(text, { period })).toMatchObject({ kind: "event", start: null, end: null });
    },
  );

  it("is not an event when a date or a month follows (`10 days after 1 September`, `2 weeks after May`)", () => {
    expect(parseDeadline("10 days after 1 September", { period }).kind).not.toBe("event");
    expect(parseDeadline("2 weeks after May", { period }).kind).not.toBe("event");
  });
});
