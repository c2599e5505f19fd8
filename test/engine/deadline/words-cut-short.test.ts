import { parseDeadline } from "../../../src/engine/deadline";

/** Officials cut long words to fit a narrow column, closing each with a stop. */
describe("a term's words cut short", () => {
  it.each([
    ["в установл. порядке", "event"],
    ["по отд. плану", "event"],
    ["в установленном порядке", "event"],
    ["у встановленому порядку", "event"],
    ["по необх.", "event"],
  ])("reads %j as a term set outside the plan", (text, kind) => {
    expect(parseDeadline(text).kind).toBe(kind);
  });

  it("reads continuous work cut short (`в теч. года`) as the plan's period", () => {
    const year = { period: { start: "2025-09-01", end: "2026-08-31", label: "2025/2026" } };
    expect(parseDeadline("в теч. года", year)).toMatchObject({ kind: "continuous", start: "2025-09-01", end: "2026-08-31" });
  });

  it("takes no word cut short without its stop, nor a stub of two letters (`по от плану`, `по о. плану`)", () => {
    expect(parseDeadline("по от плану").kind).not.toBe("event");
    expect(parseDeadline("по о. плану").kind).not.toBe("event");
  });
});
