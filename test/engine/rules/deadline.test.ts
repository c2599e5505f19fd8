import { parsePeriodOption, planPeriodFromTexts } from "../../../src/engine/deadline";
import { LANGS, translator } from "../../../src/i18n";
import { formatFinding } from "../../../src/i18n/format-finding";
import { deadlineRule } from "../../../src/engine/rules/deadline";
import { context, located } from "./helpers";
import { makeTable } from "./make-table";
import { bochnia, kyustendil, volodarsk } from "./seed-tables";

const KYUSTENDIL_2019 = planPeriodFromTexts(["ГОДИШЕН ПЛАН НА ДЕЙНОСТИТЕ ЗА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ НА ДЕЦАТА И УЧЕНИЦИТЕ В ОБЩИНА КЮСТЕНДИЛ – 2019 ГОДИНА"]);
const VOLODARSK_2020_2021 = planPeriodFromTexts(["по внедрению системы мониторинга эффективности руководителей образовательных организаций в Володарском муниципальном районе Нижегородской области на 2020-2021 годы"]);

function deadlines(...cells: string[]) {
  return makeTable({ columns: ["number", "activity", "deadline"], rows: cells.map((d, i) => [`${i + 1}.`, `Дейност ${i + 1}`, d]) });
}

describe("deadline rules on the seed plans", () => {
  it("reads every deadline of the Kyustendil plan within its 2019 period", () => {
    expect(KYUSTENDIL_2019).toMatchObject({ start: "2019-01-01", end: "2019-12-31" });
    expect(located(deadlineRule, kyustendil(), context({ period: KYUSTENDIL_2019 }))).toEqual([]);
  });

  it("reads every deadline of the Volodarsk roadmap within 2020-2021, both dash spellings included", () => {
    expect(located(deadlineRule, volodarsk(), context({ period: VOLODARSK_2020_2021 }))).toEqual([]);
  });

  it("reads every deadline of the Bochnia harmonogram (`Styczeń/\\nluty 2018`, `Rok szkolny 2018/2019`)", () => {
    expect(located(deadlineRule, bochnia())).toEqual([]);
  });
});

describe("deadline.unparsed", () => {
  it.each([["скоро"], ["30.02.2019"], ["по-късно"], ["TBD"]])("%j cannot be read and gets the accepted forms as its fix", (text) => {
    const [f] = deadlineRule.run(deadlines(text), context({ period: KYUSTENDIL_2019 }));
    expect(f).toMatchObject({ code: "deadline.unparsed", severity: "warning", cell: "C2", role: "deadline", value: text, fix: { key: "fix.deadline.forms" } });
  });

  it.each([["постоянен"], ["при подаден сигнал"], ["в зависимост от конкретния случай"], ["na bieżąco"], ["протягом року"]])("%j is a deadline (continuous or event-driven)", (text) => {
    expect(located(deadlineRule, deadlines(text), context({ period: KYUSTENDIL_2019 }))).toEqual([]);
  });
});

describe("a time of day alone in the deadline column", () => {
  // en-harris-greenwich-term-dates-holidays-2023-24 rows 26-30: a group's hours, then its days below.
  const SCHOOL_2023 = { start: "2023-09-01", end: "2024-08-31", label: "2023/24" };
  const openings = () =>
    makeTable({
      columns: ["activity", "deadline"],
      rows: [
        ["OPEN MORNINGS", "9am to 11.15am"],
        [null, "Tuesday 26th September"],
        [null, "Wednesday 27th September"],
        ["OPEN EVENING", "6pm to 8.30pm"],
        [null, "Monday 2nd October"],
        ["Parents' evening", "6pm to 8.30pm"],
        ["Sports day", "Friday 12th July 2024"],
      ],
    });

  it("is not unreadable on a row that heads rows giving the days, and names no day on a task's own row", () => {
    expect(located(deadlineRule, openings(), context({ period: SCHOOL_2023 }))).toEqual(["B7 deadline.unparsed"]);
  });
});

describe("deadline.reversed", () => {
  it("flags a range written back to front and offers it the right way round", () => {
    const [f] = deadlineRule.run(deadlines("Октябрь 2021 – июль 2020"), context({ period: VOLODARSK_2020_2021 }));
    expect(f).toMatchObject({ code: "deadline.reversed", severity: "error", params: { start: "2021-10-01", end: "2020-07-31" } });
    expect(f.fix).toEqual({ value: "июль 2020 – Октябрь 2021", key: "fix.deadline.reversed", params: {} });
  });

  it("does not take two months listed out of order (`месец декември 2019 г. месец април 2019 г.`) for a reversed range", () => {
    expect(located(deadlineRule, deadlines("месец декември 2019 г. месец април 2019 г."), context({ period: KYUSTENDIL_2019 }))).toEqual([]);
  });
});

describe("deadline.outside-period", () => {
  it.each([
    ["м. септември 2018 г.", true],
    ["01.06.2020 г.", true],
    ["до 30.09.2020 г.", true],
    ["до 30.09.2019 г.", false],
    ["в началото на учебната 2019/2020 година", false],
    ["Wrzesień 2018-czerwiec 2019.", false],
    ["2019 година", false],
  ])("%j in the 2019 plan: outside = %s", (text, outside) => {
    const codes = located(deadlineRule, deadlines(text), context({ period: KYUSTENDIL_2019 }));
    expect(codes).toEqual(outside ? ["C2 deadline.outside-period"] : []);
  });

  it("names the plan period in the finding and the fix", () => {
    const [f] = deadlineRule.run(deadlines("м. септември 2018 г."), context({ period: KYUSTENDIL_2019 }));
    expect(f).toMatchObject({ severity: "warning", params: { period: "2019", start: "2018-09-01", end: "2018-09-30" } });
    expect(f.fix).toEqual({ key: "fix.deadline.outside-period", params: { period: "2019" } });
  });

  it("is not checked when the plan period is unknown", () => {
    expect(located(deadlineRule, deadlines("м. септември 2018 г."))).toEqual([]);
  });
});

describe("deadline.past", () => {
  it("flags a dated deadline that ended before the day of the check, with its last day", () => {
    const table = deadlines("м. септември 2019 г.", "до 30.09.2019 г.", "месец декември 2019 г.");
    const findings = deadlineRule.run(table, context({ period: KYUSTENDIL_2019, today: "2019-10-15" }));
    expect(findings.map((f) => [f.cell, f.code, f.severity, f.params.end])).toEqual([
      ["C2", "deadline.past", "warning", "2019-09-30"],
      ["C3", "deadline.past", "warning", "2019-09-30"],
    ]);
    expect(findings[0].fix).toEqual({ key: "fix.deadline.past", params: { today: "2019-10-15" } });
  });

  it("never flags continuous or event-driven work, and says nothing without a date of the check", () => {
    const table = deadlines("постоянен", "при подаден сигнал", "2019 година");
    expect(located(deadlineRule, table, context({ period: KYUSTENDIL_2019, today: "2019-06-01" }))).toEqual([]);
    expect(located(deadlineRule, deadlines("м. септември 2019 г."), context({ period: KYUSTENDIL_2019 }))).toEqual([]);
  });
});

describe("deadline.unparsed says why", () => {
  const PROGRAMME = parsePeriodOption("2024-2028");
  it.each([
    ["24.03", null, "year-missing", "fix.deadline.year-missing"],
    ["вересень", PROGRAMME, "ambiguous", "fix.deadline.ambiguous"],
    ["Term 2", parsePeriodOption("2025/2026"), "ambiguous", "fix.deadline.ambiguous"],
    ["15.10.2025 – I etap, 20.11.2025 – II etap", null, "several-dates", "fix.deadline.several-dates"],
    ["скоро", null, "unknown-form", "fix.deadline.forms"],
  ])("%j: params.reason %s, with the fix for it", (text, period, reason, fix) => {
    const [f] = deadlineRule.run(deadlines(text), context({ period }));
    expect(f).toMatchObject({ code: "deadline.unparsed", params: { reason, variant: reason }, fix: { key: fix } });
  });

  it("tells the user in words that the year is missing, in every language", () => {
    const [f] = deadlineRule.run(deadlines("24.03"), context());
    const en = formatFinding(f, translator("en"));
    expect(en.message).toContain("gives no year");
    expect(en.fix).toContain("24.03.2026");
    for (const lang of LANGS) expect(formatFinding(f, translator(lang)).fix).toContain("24.03.2026");
  });
});

describe("recurring work and sections", () => {
  it("never finds recurring work outside the period or past", () => {
    const ctx = context({ period: KYUSTENDIL_2019, today: "2030-01-01" });
    expect(located(deadlineRule, deadlines("щомісяця", "до 15 числа щомісяця", "raz w semestrze"), ctx)).toEqual([]);
  });

  it("reads a year-less month under a section naming its year in a plan of several years", () => {
    const table = makeTable({ columns: ["number", "activity", "deadline"], rows: ["2026 рік", ["1.", "Нарада", "вересень"]] });
    expect(located(deadlineRule, table, context({ period: parsePeriodOption("2024-2028") }))).toEqual([]);
    const bare = makeTable({ columns: ["number", "activity", "deadline"], rows: [["1.", "Нарада", "вересень"]] });
    expect(located(deadlineRule, bare, context({ period: parsePeriodOption("2024-2028") }))).toEqual(["C2 deadline.unparsed"]);
  });

  it("checks separate dates one by one instead of calling them unreadable", () => {
    const codes = located(deadlineRule, deadlines("месец декември 2018 г. месец април 2019 г."), context({ period: KYUSTENDIL_2019 }));
    expect(codes).toEqual(["C2 deadline.outside-period"]);
  });
});

describe("a deadline cell merged down over several tasks", () => {
  it("is reported once, at its cell, not once for every task beside it", () => {
    const table = deadlines("TBD", "TBD", "TBD");
    for (const row of table.rows) row.refs = { ...row.refs, deadline: "C2" };
    const found = deadlineRule.run(table, context({ period: KYUSTENDIL_2019 }));
    expect(found.map((f) => `${f.code} ${f.cell}`)).toEqual(["deadline.unparsed C2"]);
  });
});

describe("a deadline heading over the people who answer for each task", () => {
  it("gets one finding at the heading, not one per row, when most of its cells name posts or bodies (`Lead` over `All teachers`)", () => {
    const found = located(deadlineRule, deadlines("All teachers", "15.10.2019", "Head of School Advice and Support"), context({ period: KYUSTENDIL_2019 }));
    expect(found).toEqual(["C1 deadline.column-unread"]);
  });

  it("keeps the finding on a single post written among dates: that task's deadline is missing", () => {
    const found = located(deadlineRule, deadlines("15.10.2019", "Директор", "12.11.2019", "10.12.2019"), context({ period: KYUSTENDIL_2019 }));
    expect(found).toEqual(["C3 deadline.unparsed"]);
  });
});
