import { planPeriodFromTexts } from "../../src/engine/deadline";
import { commonRegistry } from "../../src/engine/executors";
import type { Finding } from "../../src/engine/finding";
import { ALL_RULES, checkTable, type CheckContext } from "../../src/engine/rules";
import { LANGS, translator } from "../../src/i18n";
import { formatFinding } from "../../src/i18n/format-finding";
import { makeTable } from "../engine/rules/make-table";
import { kyustendil, scorecard } from "../engine/rules/seed-tables";

const ctx: CheckContext = { period: planPeriodFromTexts(["ГОДИШЕН ПЛАН … – 2019 ГОДИНА"]), registry: commonRegistry(), today: null };

/** Findings of every code, made by the rules themselves from seed rows and altered copies of them. */
function everyKindOfFinding(): Finding[] {
  const columns = ["number", "activity", "deadline", "responsible", "financing", "indicator", "unit", "target"] as const;
  const plan = makeTable({
    sheet: "План 2019",
    columns: [...columns],
    rows: [
      ["1.", "Определяне на координатор.", "", "", "", "", "", ""],
      ["2.", "Ранно оценяване на развитието на децата", "при постъпване за първи път на детето в детската градина", "детски градини", "Не се изисква допълнително финансиране", "Брой оценени деца", "", "-3"],
      ["2.", "Оценка на риска от обучителни затруднения", "м. септември 2018 г.", "училища, РЦППО – Кюстендил", "Не се изисква допълнително финансиране", "Повишена информираност на родителите.", "", ""],
      ["4.", "Осигуряване на логопедична подкрепа", "по-късно", "училища", "Бюджет на училището", "Брой логопедични училища", "", ""],
      ["3.", "Обсъждане на конкретни казуси.", "Октябрь 2021 – июль 2020", "училища", "Бюджет на училището", "Процент обхванати ученици", "ученици", "120%"],
      ["5.", "Подобряване на координацията", "постоянен", "училища", "Бюджет на училището", "Брой проведени кампании", "", "10"],
      ["5.1.", "Прилагане на Координационния механизъм", "", "", "Бюджет на училището", "Брой деца", "", "5"],
      ["5.2.", "Прилагане на Координационния механизъм", "", "", "Бюджет на училището", "Брой деца", "", "5"],
      ["6.3. Формиране на база-данни за специалистите", "2019 година", "училища", "Не се изисква допълнително финансиране", "Създадена база данни", "", "", ""],
    ],
  });
  const noDeadlineColumn = makeTable({ columns: ["number", "activity", "responsible", "indicator"], rows: [["1.", "Определяне на координатор.", "училища", "Брой"]] });
  const pastDeadline = makeTable({ columns: ["number", "activity", "deadline", "responsible", "indicator"], rows: [["1.", "Определяне на координатор.", "м. септември 2019 г.", "училища", "Брой"]] });
  // Findings about a whole column: most of its cells unreadable, unknown or outside the period.
  const flooded = makeTable({
    columns: ["number", "activity", "deadline", "responsible", "indicator", "unit"],
    rows: [
      ["1.", "Концерт", "8-00", "ЛСФ", "Брой участници", "ученици"],
      ["2.", "Изложба", "с 10-00", "МСФ", "Брой посетители", "учители"],
      ["3.", "Празник", "17-00", "ПСФ", "Брой гости", "родители"],
    ],
  });
  const lastYear = makeTable({
    columns: ["number", "activity", "deadline", "responsible", "indicator"],
    rows: ["м. септември 2018 г.", "м. октомври 2018 г.", "м. ноември 2018 г."].map((d, i) => [`${i + 1}.`, "Определяне на координатор.", d, "училища", "Брой"]),
  });
  const allPast = makeTable({
    columns: ["number", "activity", "deadline", "responsible", "indicator"],
    rows: ["м. септември 2019 г.", "м. октомври 2019 г.", "м. ноември 2019 г."].map((d, i) => [`${i + 1}.`, "Определяне на координатор.", d, "училища", "Брой"]),
  });
  return [
    ...[plan, noDeadlineColumn, scorecard(), kyustendil(), flooded, lastYear].flatMap((t) => checkTable(t, ctx)),
    ...checkTable(pastDeadline, { ...ctx, today: "2019-10-15" }),
    ...checkTable(allPast, { ...ctx, today: "2019-12-15" }),
  ];
}

const findings = everyKindOfFinding();

describe("formatFinding", () => {
  it("has findings of every code to format", () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(ALL_RULES.flatMap((r) => r.codes)));
  });

  it.each(LANGS)("leaves no placeholder unfilled in %s", (lang) => {
    const t = translator(lang);
    for (const f of findings) {
      const words = formatFinding(f, t);
      expect({ code: f.code, text: `${words.title} ${words.message} ${words.fix ?? ""}` }).toEqual({ code: f.code, text: expect.not.stringMatching(/\{\w+\}/) });
      expect(words.message).not.toBe(f.code);
    }
  });

  it("tells an official about the second `2.` under goal 1 of the Kyustendil plan, in their language", () => {
    const dup = checkTable(kyustendil(), ctx).find((f) => f.code === "numbering.duplicate")!;
    expect(formatFinding(dup, translator("en"))).toEqual({
      title: "Number used twice",
      message: "Number 2 is used twice in this section; it was first used in row 34.",
      fix: "Give it a free number, such as 17, or renumber the items that follow.",
    });
    expect(formatFinding(dup, translator("bg"))).toEqual({
      title: "Повтарящ се номер",
      message: "Номер 2 се среща два пъти в този раздел; за първи път е използван на ред 34.",
      fix: "Дайте свободен номер, например 17, или преномерирайте следващите точки.",
    });
  });

  it("names a numbered row by its number and an unnumbered one by its sheet row", () => {
    const numbered = findings.find((f) => f.code === "gap.no-deadline")!;
    expect(formatFinding(numbered, translator("en")).message).toBe("Task 1: no deadline is given.");
    expect(formatFinding(numbered, translator("bg")).message).toBe("Дейност 1: не е посочен срок за изпълнение.");
    expect(formatFinding(numbered, translator("pl")).message).toBe("Zadanie 1: nie podano terminu realizacji.");
    expect(formatFinding(numbered, translator("ru")).message).toBe("Пункт 1: не указан срок исполнения.");
    expect(formatFinding(numbered, translator("uk")).message).toBe("Пункт 1: не зазначено строку виконання.");
    const [target] = findings.filter((f) => f.code === "target.invalid" && f.sheet === "BSC");
    expect(formatFinding(target, translator("bg")).message).toBe("Ред 5: целевата стойност „Брой % % Висока“ е текст, а мерната единица изисква число.");
  });

  it("names a missing column by its role in the user's language", () => {
    const missing = findings.find((f) => f.code === "header.role-missing")!;
    expect(formatFinding(missing, translator("pl")).message).toBe("Tabela nie ma kolumny „Termin”.");
    expect(formatFinding(missing, translator("ru")).fix).toBe("Добавьте столбец «Срок» или укажите, какой из имеющихся столбцов его содержит.");
  });

  it("uses the variant's message for a target that contradicts its unit", () => {
    const over = findings.find((f) => f.code === "target.invalid" && f.params.variant === "percent-over-100")!;
    expect(formatFinding(over, translator("ru")).message).toBe("Пункт 3: целевое значение «120%» — процент больше 100.");
    expect(formatFinding(over, translator("en")).title).toBe("Invalid target");
  });

  it("quotes the parent's value in a sub-task's inherited deadline", () => {
    const inherited = findings.find((f) => f.code === "deadline.missing")!;
    expect(formatFinding(inherited, translator("uk"))).toMatchObject({
      message: "Пункт 5.1: власного строку не зазначено; діє строк пункту 5 («постоянен»).",
      fix: "Зазначте строк і в цьому рядку: постоянен.",
    });
  });

  it("puts a long cell on one shortened line when quoting it", () => {
    const f: Finding = { code: "deadline.unparsed", severity: "warning", sheet: "S", cell: "C2", role: "deadline", value: `по-късно,\n${"след това ".repeat(20)}`, params: { row: 2 }, fix: null };
    const { message, fix } = formatFinding(f, translator("en"));
    expect(message).toMatch(/^Row 2: the deadline “по-късно, след това .*…” cannot be read/);
    expect(message).not.toContain("\n");
    expect(fix).toBeNull();
  });

  it("words a code's findings in each translator's own language, whichever language worded it first", () => {
    const inherited = findings.find((f) => f.code === "deadline.missing")!;
    const [uk, pl] = [translator("uk"), translator("pl")];
    const first = [formatFinding(inherited, uk), formatFinding(inherited, pl)];
    expect(first[0].title).not.toBe(first[1].title);
    expect([formatFinding(inherited, uk), formatFinding(inherited, pl)]).toEqual(first);
  });

  it("keeps a variant's message and the code's plain message apart", () => {
    const over = findings.find((f) => f.code === "target.invalid" && f.params.variant === "percent-over-100")!;
    const plain: Finding = { ...over, params: { ...over.params, variant: "no-such-variant" } };
    const t = translator("en");
    const [withVariant, withoutOne] = [formatFinding(over, t).message, formatFinding(plain, t).message];
    expect(withVariant).not.toBe(withoutOne);
    expect(formatFinding(over, t).message).toBe(withVariant);
  });

  it("falls back to the code, and to the fix's own value, for words the catalog lacks", () => {
    const f: Finding = { code: "sheet.unknown-check", severity: "info", sheet: "S", cell: "A1", role: null, value: "", params: {}, fix: { value: "2019 г.", key: "fix.unknown", params: {} } };
    expect(formatFinding(f, translator("pl"))).toEqual({ title: "sheet.unknown-check", message: "sheet.unknown-check", fix: "2019 г." });
  });
});
