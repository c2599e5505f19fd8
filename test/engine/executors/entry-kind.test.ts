import { entryKind } from "../../../src/engine/executors";

describe("what a name in a responsible cell is", () => {
  it.each([
    ["заступники директора з НВР", "position"],
    ["Управление культуры", "body"],
    ["Central Office", "body"],
    ["Миргородський МБК", "body"],
  ])("%j is a %s", (text, kind) => {
    expect(entryKind(text)).toBe(kind);
  });

  it("does not take a place written before the bodies for a body because its adjective comes from `centre`", () => {
    // Myrhorod community, Children's Day events: the place, then who holds the event.
    expect(entryKind("Центральна площа міста")).not.toBe("body");
    expect(entryKind("Centralny plac miasta")).not.toBe("body");
  });
});
