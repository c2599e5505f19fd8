import { planPeriodFromTexts } from "../../../src/engine/deadline";
import { checkSheet } from "../../../src/engine/check";
import type { SheetGrid } from "../../../src/engine/grid";
import { isFlood } from "../../../src/engine/rules/coherence";
import { deadlineRule } from "../../../src/engine/rules/deadline";
import { responsibleRule } from "../../../src/engine/rules/responsible";
import { unitsTargets } from "../../../src/engine/rules/units-targets";
import { LANGS, translator } from "../../../src/i18n";
import { formatFinding } from "../../../src/i18n/format-finding";
import { context, located } from "./helpers";
import { makeTable } from "./make-table";

const SCHOOL_YEAR = planPeriodFromTexts(["План роботи школи на 2024/2025 навчальний рік"]);

function deadlines(...cells: string[]) {
  return makeTable({ columns: ["number", "activity", { role: "deadline", header: "Термін" }], rows: cells.map((d, i) => [`${i + 1}.`, `Захід ${i + 1}`, d]) });
}

function responsible(...cells: string[]) {
  return makeTable({ columns: ["number", "activity", { role: "responsible", header: "Класове" }], rows: cells.map((d, i) => [`${i + 1}.`, `Олимпиада ${i + 1}`, d]) });
}

describe("a flood of findings in one column", () => {
  it("is more than half of the cells read, and at least three", () => {
    expect([isFlood(3, 5), isFlood(14, 14), isFlood(2, 3), isFlood(4, 8), isFlood(2, 30)]).toEqual([true, true, false, false, false]);
  });
});

describe("deadline.column-unread", () => {
  it("replaces a column of times of day, none of them a deadline, by one finding at the column's header", () => {
    const findings = deadlineRule.run(deadlines("8-00", "с 10-00", "с 9-00", "17-00", "с 12-00"), context({ period: SCHOOL_YEAR }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "deadline.column-unread",
      severity: "warning",
      cell: "C1",
      role: "deadline",
      value: "Термін",
      params: { column: "C", count: 5, total: 5, variant: "unknown-form", examples: "8-00; с 10-00; с 9-00" },
      fix: { key: "fix.deadline.column-unread" },
    });
  });

  it("says that the year is missing when most of the cells lack only that", () => {
    const [f, ...rest] = deadlineRule.run(deadlines("01.10", "02.10", "03.10", "постійно"), context());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "deadline.column-unread", params: { count: 3, total: 4, variant: "year-missing" }, fix: { key: "fix.deadline.year-missing" } });
  });

  it("keeps the per-cell findings where few of many cells are unreadable (2 of 30)", () => {
    const cells = Array.from({ length: 30 }, (_, i) => (i === 4 || i === 17 ? "скоро" : `${(i % 28) + 1}.10.2024`));
    expect(located(deadlineRule, deadlines(...cells), context({ period: SCHOOL_YEAR }))).toEqual(["C6 deadline.unparsed", "C19 deadline.unparsed"]);
  });

  it("keeps two unreadable cells of three, and half of a column, at their cells", () => {
    expect(located(deadlineRule, deadlines("скоро", "TBD", "вересень 2024"), context({ period: SCHOOL_YEAR }))).toEqual(["C2 deadline.unparsed", "C3 deadline.unparsed"]);
    const half = located(deadlineRule, deadlines("скоро", "TBD", "пізніше", "колись", "вересень 2024", "жовтень 2024", "листопад 2024", "грудень 2024"), context({ period: SCHOOL_YEAR }));
    expect(half).toHaveLength(4);
    expect(half.every((f) => f.endsWith("deadline.unparsed"))).toBe(true);
  });

  it("counts a cell merged over several rows once", () => {
    const table = deadlines("скоро", "скоро", "скоро", "вересень 2024", "жовтень 2024", "листопад 2024");
    // The first three rows share one merged cell, C2: one unreadable deadline of four.
    for (const row of table.rows.slice(0, 3)) row.refs = { ...row.refs, deadline: "C2" };
    expect(located(deadlineRule, table, context({ period: SCHOOL_YEAR }))).toEqual(["C2 deadline.unparsed"]);
  });

  it("never folds ranges written back to front: each is a slip of its own", () => {
    const findings = deadlineRule.run(deadlines("Октябрь 2021 – июль 2020", "Май 2021 – март 2020", "Декабрь 2021 – июнь 2020"), context());
    expect(findings.map((f) => f.code)).toEqual(["deadline.reversed", "deadline.reversed", "deadline.reversed"]);
  });
});

describe("deadline.period-mismatch", () => {
  const OCTOBER = ["01.10.2016", "07.10.2016", "15.10.2016", "22.10.2016"];
  const SEPTEMBER_2016 = planPeriodFromTexts(["План работы на сентябрь 2016 года"]);

  it("replaces most deadlines outside the period by one finding where the period was read", () => {
    const origin = { from: "title" as const, line: "План работы на сентябрь 2016 года", sheet: "Plan", cell: "B1" };
    const findings = deadlineRule.run(deadlines(...OCTOBER, "постоянно"), context({ period: SEPTEMBER_2016, periodOrigin: () => origin }));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "deadline.period-mismatch",
        severity: "warning",
        cell: "B1",
        value: "План работы на сентябрь 2016 года",
        params: expect.objectContaining({ count: 4, total: 4, period: SEPTEMBER_2016!.label, variant: "title", source: "План работы на сентябрь 2016 года" }),
      }),
    ]);
  });

  it("stands at the deadline column's header when PlanCheck does not know where the period came from", () => {
    expect(located(deadlineRule, deadlines(...OCTOBER), context({ period: SEPTEMBER_2016 }))).toEqual(["C1 deadline.period-mismatch"]);
  });

  it("keeps a few deadlines outside the period at their cells", () => {
    const cells = ["01.09.2016", "05.09.2016", "12.09.2016", "19.09.2016", "01.10.2016", "07.10.2016"];
    expect(located(deadlineRule, deadlines(...cells), context({ period: SEPTEMBER_2016 }))).toEqual(["C6 deadline.outside-period", "C7 deadline.outside-period"]);
  });

  it("is found by checkSheet at the title cell the period was read from", () => {
    const grid: SheetGrid = {
      sheet: "План",
      origin: { row: 0, col: 0 },
      merges: [],
      values: [
        [null, "План работы Дома культуры на сентябрь 2016 года"],
        [],
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1.", "Концерт ко Дню учителя", "01.10.2016", "Директор"],
        ["2.", "Выставка рисунков", "07.10.2016", "Директор"],
        ["3.", "Праздник урожая", "15.10.2016", "Директор"],
        ["4.", "Вечер поэзии", "22.10.2016", "Директор"],
      ],
    };
    const [checked] = checkSheet(grid);
    const mismatch = checked.findings.filter((f) => f.code.startsWith("deadline."));
    expect(mismatch.map((f) => [f.code, f.sheet, f.cell, f.params.variant])).toEqual([["deadline.period-mismatch", "План", "B1", "title"]]);
    // A period the user gave is questioned at the deadline column's header, not at the title.
    const [given] = checkSheet(grid, { period: SCHOOL_YEAR });
    const questioned = given.findings.filter((f) => f.code.startsWith("deadline."));
    expect(questioned.map((f) => [f.code, f.cell, f.params.variant, f.params.count])).toEqual([["deadline.period-mismatch", "C3", "given", 4]]);
  });
});

describe("deadline.mostly-past", () => {
  it("replaces a plan's worth of past deadlines by one finding, and keeps a few at their cells", () => {
    const old = deadlines("вересень 2024", "жовтень 2024", "листопад 2024", "травень 2025");
    expect(located(deadlineRule, old, context({ period: SCHOOL_YEAR, today: "2025-03-01" }))).toEqual(["C1 deadline.mostly-past"]);
    const current = deadlines("вересень 2024", "травень 2025", "червень 2025");
    expect(located(deadlineRule, current, context({ period: SCHOOL_YEAR, today: "2025-03-01" }))).toEqual(["C2 deadline.past"]);
  });
});

describe("responsible.column-unknown", () => {
  it("replaces a column of unknown names (classes, branches) by one finding at its header naming a few", () => {
    const findings = responsibleRule.run(responsible("ЛСФ", "МСФ", "ПСФ", "ССФ"), context());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "responsible.column-unknown", severity: "warning", cell: "C1", params: { column: "C", count: 4, total: 4, examples: "ЛСФ; МСФ; ПСФ" } });
  });

  it("keeps an unknown body among known ones at its cell", () => {
    const findings = responsibleRule.run(responsible("директор", "РЦППО – Кюстендил", "учители", "директор"), context());
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["responsible.unknown", "C3"]]);
  });
});

describe("unit.column-unknown", () => {
  it("replaces a column that names what is counted, not units, by one finding at its header", () => {
    const table = makeTable({
      columns: ["indicator", { role: "unit", header: "Мерна единица" }, "target"],
      rows: [
        ["Обхванати ученици", "ученици", "50"],
        ["Обхванати учители", "учители", "10"],
        ["Обхванати родители", "родители", "30"],
      ],
    });
    expect(located(unitsTargets, table)).toEqual(["B1 unit.column-unknown"]);
  });
});

describe("the column findings in words", () => {
  it.each(LANGS)("name the column, how many cells of how many, and what they hold (%s)", (lang) => {
    const t = translator(lang);
    const findings = [
      ...deadlineRule.run(deadlines("8-00", "с 10-00", "с 9-00"), context()),
      ...deadlineRule.run(deadlines("01.10", "02.10", "03.10"), context()),
      ...deadlineRule.run(deadlines("01.10.2016", "07.10.2016", "15.10.2016"), context({ period: planPeriodFromTexts(["План на сентябрь 2016 года"]), periodOrigin: () => ({ from: "title", line: "План на сентябрь 2016 года" }) })),
      ...responsibleRule.run(responsible("ЛСФ", "МСФ", "ПСФ"), context()),
    ];
    expect(findings.map((f) => f.code)).toEqual(["deadline.column-unread", "deadline.column-unread", "deadline.period-mismatch", "responsible.column-unknown"]);
    for (const f of findings) {
      const words = formatFinding(f, t);
      expect(words.message).toContain("C");
      expect(words.message).toContain("3");
      expect(words.message).not.toMatch(/[{}]/);
      expect(words.fix).not.toBeNull();
      expect(words.fix).not.toMatch(/[{}]/);
    }
    expect(formatFinding(findings[2], t).message).toContain("План на сентябрь 2016 года");
  });
});
