import { commonRegistry, entryKind, namesABody, resolveBodies } from "../../../src/engine/executors";
import { withoutGroupMarks } from "../../../src/engine/executors/group-mark";
import { namesABody as bodyName } from "../../../src/engine/executors/entry-kind";

describe("a person with the group or class they answer for is a person, not an unknown body", () => {
  it.each([
    ["p. Anna Nowak gr. III", "person"],
    ["I. Linkiewicz gr. III", "person"],
    ["J. Wysok gr. IV grupy III", "person"],
    ["Anna Kowalska kl. IIIa", "person"],
    ["K. Nowak klasa 5b", "person"],
    ["Іваненко О.П. 5-А клас", "person"],
    ["Петрова Н.С. 10-Б", "person"],
    ["Иванова И.И. 3 б класс", "person"],
    ["Георгиева Д. – VII клас", "person"],
    ["Ms J. Smith Year 5", "person"],
    ["wychowawczyni grupy IV", "position"],
    ["класний керівник 5-А", "position"],
    ["класный руководитель 7 В класса", "position"],
    ["учител 3 б клас", "position"],
    ["Year 6 teacher", "position"],
  ])("%j is a %s", (text, kind) => {
    expect(entryKind(text)).toBe(kind);
    expect(namesABody(text)).toBe(false);
  });

  it.each([["gr. III"], ["grupy III"], ["3 б клас"], ["5-А"], ["група II"], ["4-5 классы"], ["Year 11"]])(
    "%j alone names the children of a group or class",
    (text) => {
      expect(entryKind(text)).toBe("position");
    },
  );

  it("does not report the groups of a list cut at its commas as unknown bodies", () => {
    const cell = "I. Linkiewicz\ngr. III, IV, V";
    expect(resolveBodies(commonRegistry(), cell).filter((b) => !b.known && bodyName(b.text))).toEqual([]);
    expect(entryKind("IV")).not.toBe("body");
  });

  it("keeps the initial of a name that is also a Roman numeral", () => {
    expect(withoutGroupMarks("I. Linkiewicz gr. III")).toEqual({ rest: "I. Linkiewicz", marked: true });
    expect(withoutGroupMarks("V. Nowak")).toEqual({ rest: "V. Nowak", marked: false });
  });
});

describe("what a group or class mark is not", () => {
  it.each(["РУО", "II ОУ", "Управление образования", "Wydział Edukacji", "Urząd Gminy", "Kuratorium Oświaty", "Central Office"])(
    "%j still names a body",
    (text) => {
      expect(entryKind(text)).toBe("body");
    },
  );

  it.each(["24 V", "3 X", "od 16 X do 3 XI"])("%j is a day and a Roman month, no class", (text) => {
    expect(withoutGroupMarks(text).marked).toBe(false);
  });

  it("does not read the conjunction `i` after a group word as a group", () => {
    expect(withoutGroupMarks("grupy i nauczyciele").marked).toBe(false);
  });
});
