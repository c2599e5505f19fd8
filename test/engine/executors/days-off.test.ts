import { isDayOff } from "../../../src/engine/executors/days-off";

describe("a row that is a school break or a day off", () => {
  it.each([
    ["Zimowa przerwa świąteczna"],
    ["Ferie zimowe"],
    ["Wiosenna przerwa świąteczna"],
    ["Dzień wolny od zajęć dydaktyczno-wychowawczych"],
    ["Осенние каникулы"],
    ["Зимові канікули"],
    ["Коледна ваканция"],
    ["Half term"],
    ["Christmas holidays"],
  ])("`%s` is a break nobody answers for", (text) => {
    expect(isDayOff(text)).toBe(true);
  });

  it.each([
    ["Organizacja ferii zimowych"],
    ["Подготовка к зимним каникулам"],
    ["Заходи на зимові канікули"],
    ["Breakfast"],
    ["Holiday club for pupils in the library"],
    ["Zimowa"],
    ["Wszystkich Świętych"],
    [""],
  ])("`%s` is work, or says nothing of a break", (text) => {
    expect(isDayOff(text)).toBe(false);
  });
});
