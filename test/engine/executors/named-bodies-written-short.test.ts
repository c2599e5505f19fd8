import { commonRegistry, resolveBodies } from "../../../src/engine/executors";

/** A cultural calendar's organisers: a body's kind written short, then its own name in quotes. */
const known = (text: string) => resolveBodies(commonRegistry(), text).map((b) => [b.text, b.known]);

describe("a body of a known kind given its own name", () => {
  it.each([
    // The name's quotes both written as closing marks, the first against the name it opens.
    "НЧ”Христо Ботев-1902”",
    "НЧ”Звездица - 2003”",
    "НЧ \"Култура - 2002\"",
    "ГБ \"Пеньо Пенев\"",
    "ЦН при храм „Св. Димитър”",
    "Ръководство на ОДК",
  ])("%j is known", (text) => {
    expect(known(text)).toEqual([[text, true]]);
  });

  it("still leaves a name of no known kind unknown, quotes written either way", () => {
    expect(known("ДКЦ”Здраве”")).toEqual([["ДКЦ”Здраве”", false]]);
    expect(known("ДКЦ „Здраве“")).toEqual([["ДКЦ „Здраве“", false]]);
  });
});
