import { roleOfHeader } from "../../../src/engine/detect/role-matcher";

describe("threshold column headings in every language", () => {
  it.each([
    ["Зелено при", "green"],
    ["Зелено", "green"],
    ["Червено под", "red"],
    ["Праг", "red"],
    ["Минимална стойност", "red"],
    ["Green", "green"],
    ["Green threshold", "green"],
    ["Red", "red"],
    ["Threshold", "red"],
    ["Minimum acceptable value", "red"],
    ["Próg zielony", "green"],
    ["Próg", "red"],
    ["Wartość minimalna", "red"],
    ["Зелёная зона", "green"],
    ["Порог", "red"],
    ["Пороговое значение", "red"],
    ["Зелена зона", "green"],
    ["Поріг", "red"],
    ["Мінімальне значення", "red"],
  ])("%s is the %s line", (heading, role) => {
    expect(roleOfHeader(heading, true)).toBe(role);
  });

  it("leaves the headings it knew as they were", () => {
    expect(["Целева стойност", "Постигната стойност", "Базова стойност", "Тежест"].map((h) => roleOfHeader(h, true))).toEqual(["target", "actual", "baseline", "weight"]);
  });
});

describe("a heading that lists the target and the minimum", () => {
  it.each([["Целево/минимално"], ["Target / minimum"], ["Wartość docelowa/minimalna"], ["Целевое/минимальное"], ["Цільове/мінімальне"]])("%s is a threshold column", (heading) => {
    expect(roleOfHeader(heading, true)).toBe("red");
  });
});
