import { entryKind, namesABody } from "../../../src/engine/executors";
import { isListOfInitialledNames, isPersonAmongPeople } from "../../../src/engine/executors/entry-kind";

describe("what a name in a responsible cell is", () => {
  it.each([
    ["Зав ДНЗ", "position"],
    ["Зав. ДНЗ", "position"],
    ["Завгосп", "position"],
    ["Завод", "other"],
    ["заступники директора з НВР", "position"],
    ["Управление культуры", "body"],
    ["Central Office", "body"],
    ["Миргородський МБК", "body"],
    // A surname with its initials run together, no stops (Urumkay school: the deputy named in full the row above).
    ["Колесников АВ", "person"],
    ["Шевченко ОП", "person"],
    ["Иванова НС", "person"],
    // A noun before a short form is no surname: still a body's name or an abbreviation.
    ["Кафедра ФК", "body"],
    ["Отдел ОО", "body"],
    // A village's branch library (Murom district): an adjective, not a surname.
    ["Панфиловский СФ", "body"],
    // A college group's curators, in capitals or not.
    ["КУРАТОРЫ", "position"],
    ["куратори", "position"],
    ["ГОЛОВИ МЕТ.", "position"],
    // The work of a curator is a task, not who does it (Irbit school's calendar).
    ["Кураторство учебных проектов", "other"],
  ])("%j is a %s", (text, kind) => {
    expect(entryKind(text)).toBe(kind);
  });

  it.each([["ЦВЕТАНОВ"], ["ПЕЕВ"], ["ШЕВЧЕНКО"]])("does not take a surname alone in capitals (%j) for a body's abbreviation", (name) => {
    expect(namesABody(name)).toBe(false);
  });

  it.each([["ПУМОНСО"], ["РУО"], ["МКБППМН"], ["ЦДОВ"]])("still takes %j for an abbreviation", (name) => {
    expect(namesABody(name)).toBe(true);
  });

  it("does not take a post cut short and written in capitals (КЛ. РУК.) for an unknown body", () => {
    expect(namesABody("КЛ. РУК.")).toBe(false);
    expect(namesABody("КЛ. РУК")).toBe(false);
    expect(entryKind("ЗАМ. ДИР.")).toBe("position");
    // An abbreviation with no full stop after it is still one.
    expect(namesABody("ЦПЛР")).toBe(true);
    expect(namesABody("КЛ РУК")).toBe(true);
  });

  it("does not take a heading in capitals repeated inside the table for an abbreviation", () => {
    expect(entryKind("OSOBY ODPOWIEDZIALNE")).not.toBe("body");
    expect(entryKind("ПУМОНСО")).toBe("body");
    expect(entryKind("МКБППМН")).toBe("body");
  });

  it("does not take a place written before the bodies for a body because its adjective comes from `centre`", () => {
    // Myrhorod community, Children's Day events: the place, then who holds the event.
    expect(entryKind("Центральна площа міста")).not.toBe("body");
    expect(entryKind("Centralny plac miasta")).not.toBe("body");
  });
});

describe("a cell of people's names with initials and nothing else", () => {
  it.each(["Лапшакова Н.Д. Глазунова Н.С.", "Меркурьева Л.С. Ануфриева Е.Д. Шарыпова О.В.", "K. Nowak, A. Kowalska", "Іваненко О.П."])(
    "%j names people",
    (text) => {
      expect(isListOfInitialledNames(text)).toBe(true);
    },
  );

  it.each(["ДК, фойе", "Территория Оёкского МО", "Зрительный зал", "По назначению", "Директор Іваненко О.П."])("%j does not", (text) => {
    expect(isListOfInitialledNames(text)).toBe(false);
  });
});

describe("a kind of bodies written in common words is no unknown body", () => {
  it.each([
    "Галузеві департаменти",
    "Структурні підрозділи",
    "Муниципальные учреждения",
    "Органи місцевого самоврядування",
    "Jednostki organizacyjne gminy",
    "Партньорски организации",
    "Local authorities",
    // Two kinds joined by a conjunction: Rozhniativ district culture plan.
    "Клубні та бібліотечні заклади району",
  ])("%j names a kind of bodies, not one body to look up", (text) => {
    expect(namesABody(text)).toBe(false);
  });

  it.each([
    "Управление культуры",
    "City Council",
    "Читалищни настоятелства в Община Самуил",
    "Департаменты ДОиН",
    "МБУ «Центр содействия»",
  ])("%j still names a body that may be unknown", (text) => {
    expect(namesABody(text)).toBe(true);
  });
});

describe("a person's name in capitals among others", () => {
  it("reads a name with a short word as a person when the cell lists people the same way", () => {
    expect(isPersonAmongPeople("MAJ EDYTA", ["MAJ EDYTA", "MATYSEK DOROTA"])).toBe(true);
    expect(isPersonAmongPeople("RYŚ MARTA", ["ŚMIGIELSKA EDYTA", "RYŚ MARTA"])).toBe(true);
  });

  it("does not read it so alone, nor an abbreviation without a vowel", () => {
    expect(isPersonAmongPeople("MAJ EDYTA", ["MAJ EDYTA"])).toBe(false);
    expect(isPersonAmongPeople("PPP KRAKÓW", ["PPP KRAKÓW", "MATYSEK DOROTA"])).toBe(false);
    expect(isPersonAmongPeople("Maj Edyta", ["Maj Edyta", "MATYSEK DOROTA"])).toBe(false);
  });
});

describe("the school's staff who keep its building", () => {
  it.each(["СТОРОЖІ", "сторожі", "Сторож", "двірник", "Дворник", "Член", "ЧЛЕН", "woźne", "Пазач", "Caretaker"])("takes %s for people, not for an unknown body", (name) => {
    expect(namesABody(name)).toBe(false);
  });
});

describe("what a list of bodies says the bodies do is no body of its own", () => {
  it.each(["ОСУЩЕСТВЛЯЮЩИЕ УПРАВЛЕНИЕ В СФЕРЕ ОБРАЗОВАНИЯ", "Осуществляющие управление в сфере образования", "Реализующие программы дополнительного образования"])("%j names no body", (text) => {
    expect(namesABody(text)).toBe(false);
  });

  it.each(["Управление образования", "Отдел культуры", "Центр детского творчества"])("%j still names a body", (text) => {
    expect(namesABody(text)).toBe(true);
  });
});

describe("a venue written where the responsible body stands names no body", () => {
  it.each([["ІІ поверх"], ["Территория Оёкского МО"], ["Актова зала"], ["Sala gimnastyczna"], ["School hall"]])("%j", (name) => {
    expect(namesABody(name)).toBe(false);
  });

  it.each([["Управление образования"], ["Wydział Edukacji"], ["Сельский дом культуры"]])("%j is still a body", (name) => {
    expect(namesABody(name)).toBe(true);
  });
});

describe("a cell pointing to the row above names no body", () => {
  it.each([["As above"], ["AS ABOVE"], ["jw."], ["ТО ЖЕ"], ["Те саме"], ["Същите"]])("%j", (text) => {
    expect(namesABody(text)).toBe(false);
  });
});
