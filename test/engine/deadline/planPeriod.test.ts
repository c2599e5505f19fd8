import { parsePeriodOption, planPeriodFromTexts, readPlanPeriod } from "../../../src/engine/deadline";
// The lines above the Kyustendil table: title, intro (naming the 2018-2019 strategy) and glossary.
import { KYUSTENDIL_GLOSSARY } from "../executors/seed-cells";


const VOLODARSK_TITLE = [
  "ПРИЛОЖЕНИЕ",
  "Паспорт плана мероприятий («дорожной карты»)",
  "по внедрению системы мониторинга эффективности руководителей образовательных организаций в  Володарском муниципальном районе Нижегородской области на 2020-2021 годы",
];

const BOCHNIA_PREAMBLE = [
  "Załącznik do Planu rozwoju oświaty Powiatu Bocheńskiego, uwzględniającego rozwój szkół i kompetencji kluczowych uczniów.",
  "HARMONOGRAM PRAC ZWIĄZANYCH Z WDROŻENIEM PROCESOWEGO WSPOMAGANIA.",
  "Priorytet:  Budowanie jakościowej pracy szkół w szkołach dla których organem prowadzącym jest Powiat Bocheński, służących rozwojowi kompetencji kluczowych u uczniów.",
  "Cele szczegółowe:",
  "1) Przygotowanie zespołów zadaniowych do wdrożenia procesu wspomagania uczniów w rozwijaniu kompetencji kluczowych w 8 szkołach pilotażowych do czerwca  2018 roku.",
  "2) Wdrożenie procesowego wspomagania w 8 szkołach pilotażowych w roku szkolnym 2017/2018 i w roku szkolnym 2018/2019.",
  "3) Przygotowanie zespołów zadaniowych do wdrożenia procesu wspomagania uczniów w rozwijaniu kompetencji kluczowych w co najmniej 10 szkołach do października 2018.",
  "4) Objęcie procesowym wspomaganiem co najmniej 10 szkół do czerwca 2020 r.",
  "5) Utworzenie powiatowej sieci tematycznej w roku szkolnym 2018/2019.",
];

describe("plan period from the lines above a table", () => {
  it("takes the Kyustendil title's 2019, not the strategy years cited in the intro", () => {
    expect(planPeriodFromTexts(KYUSTENDIL_GLOSSARY)).toEqual({ start: "2019-01-01", end: "2019-12-31", label: "2019" });
  });

  it("does not take a period from an intro paragraph that cites a law", () => {
    expect(planPeriodFromTexts(KYUSTENDIL_GLOSSARY.slice(5))).toBeNull();
  });

  it("reads the Volodarsk title split over two rows: the plan words on one, the years on the next", () => {
    expect(planPeriodFromTexts(VOLODARSK_TITLE)).toEqual({ start: "2020-01-01", end: "2021-12-31", label: "2020-2021" });
  });

  it("reads the Volodarsk title as one cell with a line break", () => {
    expect(planPeriodFromTexts([VOLODARSK_TITLE.slice(1).join("\n")])).toEqual({
      start: "2020-01-01",
      end: "2021-12-31",
      label: "2020-2021",
    });
  });

  it("finds no period in the Bochnia preamble, whose years belong to numbered goals", () => {
    expect(planPeriodFromTexts(BOCHNIA_PREAMBLE)).toBeNull();
  });

  it.each([
    ["Plan nadzoru pedagogicznego w roku szkolnym 2017/2018", "2017-09-01", "2018-08-31", "2017/2018"],
    ["2017/2018", "2017-09-01", "2018-08-31", "2017/2018"],
    ["Годишен план за учебната 2019-2020 година", "2019-09-01", "2020-08-31", "2019-2020"],
    ["План мероприятий на 2020 – 2021 годы", "2020-01-01", "2021-12-31", "2020-2021"],
    ["Річний план роботи на 2021 рік", "2021-01-01", "2021-12-31", "2021"],
    ["Annual plan 2024/25", "2024-09-01", "2025-08-31", "2024/25"],
  ])("reads the title %p", (line, start, end, label) => {
    expect(planPeriodFromTexts([line])).toEqual({ start, end, label });
  });

  it("prefers a line that names a plan over a short line with another year", () => {
    expect(planPeriodFromTexts(["Утвърждавам: 12.01.2019", "Кюстендил, 2018", "ГОДИШЕН ПЛАН ЗА 2019 ГОДИНА"])).toMatchObject({
      label: "2019",
    });
  });

  it.each([
    ["Kalendarz zaplanowanych działań i dni wolnych w roku szkolnym 2024-2025.", "2024-09-01", "2025-08-31"],
    ["Windsor Public Schools 2023-2024 District Assessment Calendar", "2023-09-01", "2024-08-31"],
    ["Календарний план виховної роботи на 2023/2024 навчальний рік закладу загальної середньої освіти", "2023-09-01", "2024-08-31"],
  ])("reads the period of a calendar's long title: %s", (title, start, end) => {
    expect(planPeriodFromTexts([title])).toMatchObject({ start, end });
  });

  it("reads a plan of one month or one day from its title cell", () => {
    expect(planPeriodFromTexts(["Сентябрь 2018", "План работы\nМКУ «Пряжинский Центр досуга и творчества»\nна сентябрь 2018 года"])).toMatchObject({ start: "2018-09-01", end: "2018-09-30" });
    expect(planPeriodFromTexts(["УТВЕРЖДАЮ\nДиректор школы\n«4» марта 2021 г", "План проведения шестого школьного дня\nв ГУО «Средняя школа №23»\nна 6 марта 2021 года"])).toMatchObject({ start: "2021-03-06", end: "2021-03-06" });
  });

  it("takes no day from an approval or from an event named under a plan's name", () => {
    expect(planPeriodFromTexts(["УТВЕРЖДАЮ\nДиректор школы\n«4» марта 2021 г"])?.start).not.toBe("2021-03-04");
    const event = ["Приложение к Постановлению от 21.04.2006 г № 366 План", "Мероприятия по подготовке и проведению городского торжественного вечера 5 мая 2006 года в ДК"];
    expect(planPeriodFromTexts(event)).toBeNull();
  });

  it("takes neither the years of the war an evening remembers nor the evening's own day as the plan's period", () => {
    const title = ["Приложение к Постановлению от 21.04.2006 г № 366 План", "Мероприятия по подготовке и проведению городского вечера, посвященного 61-й годовщине победы в войне 1941 — 1945 гг., 5 мая 2006 года"];
    expect(planPeriodFromTexts(title)).toBeNull();
  });

  it("does not read a year inside a date as the period", () => {
    expect(planPeriodFromTexts(["Приет на 25.04.2019 г."])).toBeNull();
  });

  it.each([[[]], [[""]], [["ГОДИШЕН ПЛАН"]]])("returns null for %p", (texts) => {
    expect(planPeriodFromTexts(texts)).toBeNull();
  });
});

describe("the --period option", () => {
  it.each([
    ["2019", "2019-01-01", "2019-12-31", "2019"],
    ["2020-2021", "2020-01-01", "2021-12-31", "2020-2021"],
    ["2018/2019", "2018-09-01", "2019-08-31", "2018/2019"],
    ["2018/19", "2018-09-01", "2019-08-31", "2018/19"],
    [" 2019 ", "2019-01-01", "2019-12-31", "2019"],
    ["2019-09-01..2020-06-30", "2019-09-01", "2020-06-30", "2019-09-01..2020-06-30"],
  ])("%p is %s..%s", (option, start, end, label) => {
    expect(parsePeriodOption(option)).toEqual({ start, end, label });
  });

  it.each(["", "x", "19", "2019-2019", "2021-2020", "2019/2018", "2019-06", "2020-06-30..2019-09-01", "1800"])(
    "refuses %p",
    (option) => {
      expect(parsePeriodOption(option)).toBeNull();
    },
  );
});

describe("plan periods from titles that cross a year boundary", () => {
  it.each([
    ["План мероприятий на сентябрь 2025 – май 2026 года", "2025-09-01", "2026-05-31"],
    ["Plan pracy od września 2024 do czerwca 2025", "2024-09-01", "2025-06-30"],
    ["План роботи на 2025-2026 н.р.", "2025-09-01", "2026-08-31"],
    ["План роботи школи на 2025/26 навчальний рік", "2025-09-01", "2026-08-31"],
    ["План работы на 2025/2026 учебный год", "2025-09-01", "2026-08-31"],
    ["Програма розвитку освіти на 2024-2028 роки", "2024-01-01", "2028-12-31"],
    ["ПЛАН проведення тижня 2-31.10.2023", "2023-10-02", "2023-10-31"],
  ])("reads %p", (line, start, end) => {
    expect(planPeriodFromTexts([line])).toMatchObject({ start, end });
  });

  it("dates an admission schedule for a school year in the calendar year before it starts", () => {
    const title = "График на дейностите по приемане на ученици в неспециализираните училища\nслед основно образование за учебната 2018-2019 година";
    expect(planPeriodFromTexts([title])).toEqual({ start: "2018-01-01", end: "2018-12-31", label: "2018" });
  });
});

/** Lines above real plans' tables (the corpus plans named), and the period a careful reader takes from them. */
describe("the plan period from the line that names the plan, never from a document's dates", () => {
  it.each([
    ["a decree's annex and a New Year named by its year (Blagoveshchensk)", ["Приложение N 2\nк постановлению\nмэра города Благовещенска\nот 25 октября 2005 г. N 3096", "План\nобеспечения подготовки и проведения мероприятий,\nпосвященных встрече Нового 2006 года"]],
    ["a council decision's date (Kharkiv oblast)", ["Додаток", "до рішення обласної ради", "від 05 грудня 2019 року № 1125-VII", "(ХХІІ сесія VII скликання)"]],
    ["a scheme's edition under a sentence that names a plan (Waverley)", ["Local plan timetable (Local Development Scheme)", "The Local Development Scheme (LDS) sets out a timetable for the production of a new or revised Local Plan or other development plan documents.", "Local Development Scheme (October 2021)", "Timetable for Local Plan Part 2 (LPP2)"]],
    ["a programme amended on a day (Astrakhan)", ["О государственной программе \"Развитие образования Астраханской области\" (с изменениями на 10 октября 2024 года)", "2. Показатели комплекса процессных мероприятий"]],
    ["a war long before the decree that dates the plan (Ruzaevka)", ["Приложение к Постановлению от 28.04.2008 г № 717 План", "План мероприятий по проведению празднования 63-й годовщины победы в великой отечественной войне 1941 — 1945 годов"]],
  ])("gives none for %s", (_, texts) => {
    expect(planPeriodFromTexts(texts)).toBeNull();
  });

  it("takes a title's span with no year in the year of the day written under it, never that day alone (Stolin)", () => {
    const texts = ["План мероприятий в рамках месячника по благоустройству с 16 марта по 17 апреля", "16.03.2020"];
    expect(readPlanPeriod(texts)).toEqual({
      period: { start: "2020-03-16", end: "2020-04-17", label: "16 марта по 17 апреля" },
      source: { from: "title", line: texts[0] },
    });
  });

  it("gives no period for financial years a budget's strategy is named with, and says why (Maidstone)", () => {
    const texts = ["8 July 2024", "Medium Term Financial Strategy 2025/26-2029/30 – Approach and Timetable", "Timetable"];
    expect(readPlanPeriod(texts)).toEqual({ period: null, source: { from: "none", reason: "financial-years" } });
  });

  it("says when the only dates above a table are a document's", () => {
    expect(readPlanPeriod(["УТВЕРЖДАЮ\nДиректор школы\n«4» марта 2021 г"]).source).toEqual({ from: "none", reason: "document-dates" });
    expect(readPlanPeriod(["ГОДИШЕН ПЛАН"]).source).toEqual({ from: "none", reason: "no-year" });
  });

  it.each([
    ["2022-23 SUHSD\nAssessment Calendar", "2022-09-01", "2023-08-31"],
    ["KALENDARZ UROCZYSTOŚCI I IMPREZ PRZEDSZKOLNYCH\nna rok szkolny 2017\\2018", "2017-09-01", "2018-08-31"],
    ["План-график\nмероприятий\nпо организации и обеспечению проведения единого государственного экзамена\nв 2012 –\n2013 учебном году", "2012-09-01", "2013-08-31"],
    ["План\nпроведення Всеукраїнського місячника шкільних бібліотек\n«Вірю в майбутнє твоє, Україно!» ХЛ №29\n2-31 жовтня 2023/2024 н.р.", "2023-10-02", "2023-10-31"],
    ["План роботи\nДмитрівського НВК\nна період зимових канікул\n25.12.2025р. – 09.01.2026р.", "2025-12-25", "2026-01-09"],
  ])("reads the title %p as a school year or the span it names", (title, start, end) => {
    expect(planPeriodFromTexts([title])).toMatchObject({ start, end });
  });

  it("reads a title set over several rows: the plan's name, then its month (Seversky, Oyok)", () => {
    expect(planPeriodFromTexts(["ПЛАН", "основных мероприятий учреждений культуры Северского района", "на апрель 2018 года"])).toMatchObject({ start: "2018-04-01", end: "2018-04-30" });
    expect(planPeriodFromTexts(["ПЛАН", "Работы МУ СКСК на сентябрь 2016 года"])).toMatchObject({ start: "2016-09-01", end: "2016-09-30" });
  });

  it("reads two years as a school year where the plan speaks of school work, and says which line (ЛПГ winter plan)", () => {
    const texts = [
      "План за нормален учебен процес през зимата",
      "Настоящият план е изготвен за осигуряване на нормални условия за обучение и труд при зимни условия и е неразделна част от Годишния план за работата на ЛПГ през 2013-2014г.",
    ];
    expect(readPlanPeriod(texts)).toEqual({
      period: { start: "2013-09-01", end: "2014-08-31", label: "2013-2014" },
      source: { from: "title", line: texts[1] },
    });
  });

  it("keeps calendar years that say they are years, whatever the school words around", () => {
    expect(planPeriodFromTexts(["План работы с учебными заведениями на 2020-2021 годы"])).toMatchObject({ start: "2020-01-01", end: "2021-12-31" });
  });

  it("reads a range said outright on a line of its own (Chernihiv)", () => {
    expect(planPeriodFromTexts(["Основні події, заходи в Чернігівській області з 23 по 29 листопада 2020 року"])).toMatchObject({ start: "2020-11-23", end: "2020-11-29" });
  });

  it("gives none when two title lines name periods that do not meet", () => {
    expect(readPlanPeriod(["План работы на 2019 год", "План работы на 2021 год"])).toEqual({ period: null, source: { from: "none", reason: "contradictory" } });
  });
});

describe("titles as they are set and admissions by the month of entry", () => {
  it("reads a plan's name written with its letters spaced out (`П Л А Н роботи ... на березень 2026р.`)", () => {
    expect(planPeriodFromTexts(["-", "П Л А Н роботи КЗ БМР Білоцерківська ЦБС ім. П.Красножона на березень 2026р."])).toMatchObject({ start: "2026-03-01", end: "2026-03-31" });
  });

  it("keeps the academic year an admission appeals timetable is said to apply in (Gateshead)", () => {
    const line = "The following timetable will apply to appeals for admission to community schools in the academic year 2024/25.";
    expect(planPeriodFromTexts([line])).toEqual({ start: "2024-09-01", end: "2025-08-31", label: "2024/25" });
    expect(planPeriodFromTexts(["Admissions timetable for the academic year 2024/25"])).toEqual({ start: "2024-01-01", end: "2024-12-31", label: "2024" });
  });

  it("dates an admission timetable for entry in a month in that month's calendar year (Dorset)", () => {
    expect(planPeriodFromTexts(["Admission appeals timetable for entry in September 2025"])).toEqual({ start: "2025-01-01", end: "2025-12-31", label: "2025" });
  });
});

describe("a school's plan with no year in its title, by the date it was adopted", () => {
  const tsarevBrod = [
    "Средищно основно училище",
    "УТВЪРЖДАВАМ:_________",
    "Директор: Т. Трифонов",
    "П Л А Н\nЗА\nОСИГУРЯВАНЕ НА\nНОРМАЛЕН УЧЕБЕН\nПРОЦЕС ПРЕЗ ЗИМАТА",
    "Настоящият план е приет на заседание на педагогически съвет с Протокол № 1 / 7. Х. 2013 година",
  ];

  it("is the school year that an adoption between August and December opens, and says so", () => {
    expect(readPlanPeriod(tsarevBrod)).toEqual({
      period: { start: "2013-09-01", end: "2014-08-31", label: "2013/2014" },
      source: { from: "adopted", line: tsarevBrod[4] },
    });
    const calendar = ["УЧИЛИЩНИ ПРАЗНИЦИ", "Училищният празничен календар е приет с решение на Педагогическия съвет – Протокол № 9 от 14.09.2022 г."];
    expect(planPeriodFromTexts(calendar)).toMatchObject({ start: "2022-09-01", end: "2023-08-31" });
  });

  it("opens on the day of an adoption in the last days of August, so work set for that day is inside it", () => {
    const zaboloty = ["СХВАЛЕНО", "на засіданні педагогічної ради", "протокол № 1 від 31.08. 2020р.", "План протиепідемічних заходів у період адаптивного\nкарантину"];
    expect(planPeriodFromTexts(zaboloty)).toEqual({ start: "2020-08-31", end: "2021-08-31", label: "2020/2021" });
  });

  it("gives none for an adoption in another month, for two that disagree, and for a plan that is no school's", () => {
    expect(planPeriodFromTexts([...tsarevBrod.slice(0, 4), "Настоящият план е приет на заседание на педагогически съвет с Протокол № 4 / 12.03.2014 г."])).toBeNull();
    expect(planPeriodFromTexts([...tsarevBrod, "Протокол № 2 от 10.09.2014 г."])).toBeNull();
    expect(planPeriodFromTexts(["Приложение к Распоряжению от 28.10.2008 г № 308", "План мероприятий по благоустройству города"])).toBeNull();
  });
});

describe("years in a budget", () => {
  it("are financial years, given as none, unless the line says the academic year", () => {
    expect(readPlanPeriod(["School budget 2024-2025"]).source).toEqual({ from: "none", reason: "financial-years" });
    expect(planPeriodFromTexts(["Budget setting timetable 2024-2025 academic year"])).toMatchObject({ start: "2024-09-01", end: "2025-08-31" });
  });
});

describe("a line that goes on to cite another document", () => {
  it("keeps the plan's own period and leaves the cited document's years (Strategy 2021-2030)", () => {
    expect(planPeriodFromTexts(["План роботи на 2024 рік відповідно до Стратегії розвитку освіти на 2021-2030 роки"])).toMatchObject({ start: "2024-01-01", end: "2024-12-31" });
    expect(planPeriodFromTexts(["План роботи школи відповідно до Стратегії розвитку освіти на 2021-2030 роки"])).toBeNull();
    expect(planPeriodFromTexts(["Harmonogram działań zgodnie z Programem rozwoju na lata 2021-2027"])).toBeNull();
  });

  it("reads the school year a title names before the regulation it cites (Pleven admission, in the calendar year before)", () => {
    const title = "График\nна  дейностите по приемането на ученици в държавни и общински училища\nза учебната 2014/2015 г. съгласно Наредба №11 от 28.03.2005 г.";
    expect(planPeriodFromTexts([title])).toEqual({ start: "2014-01-01", end: "2014-12-31", label: "2014" });
  });
});
