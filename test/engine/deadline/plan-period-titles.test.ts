import { readPlanPeriod } from "../../../src/engine/deadline";

/**
 * Titles as officials write them, each with the period a careful reader takes from it, or none
 * where the title does not say which: a wrong period misplaces every year-less deadline of the
 * plan, so a title that is not sure gives none.
 */

type Expected = readonly [start: string, end: string] | null;
type Title = readonly [lines: string | readonly string[], expected: Expected];

const school = (y: number): Expected => [`${y}-09-01`, `${y + 1}-08-31`];
const years = (from: number, to: number = from): Expected => [`${from}-01-01`, `${to}-12-31`];
const month = (y: number, m: number, last: number): Expected => [`${y}-${String(m).padStart(2, "0")}-01`, `${y}-${String(m).padStart(2, "0")}-${last}`];

function periodOf(lines: string | readonly string[]): Expected {
  const p = readPlanPeriod(typeof lines === "string" ? [lines] : lines).period;
  return p === null ? null : [p.start, p.end];
}

const TITLES: Record<string, readonly Title[]> = {
  ru: [
    ["План работы школы на 2024/2025 учебный год", school(2024)],
    ["План воспитательной работы на 2024-2025 уч. г.", school(2024)],
    ["ПЛАН РАБОТЫ МБОУ СОШ № 5 НА 2023 – 2024 УЧЕБНЫЙ ГОД", school(2023)],
    ["План методической работы на 2019-2020 год", school(2019)],
    ["План работы библиотеки на 2022-2023 уч.год", school(2022)],
    ["Календарный план воспитательной работы 2024/25", school(2024)],
    ["План мероприятий («дорожная карта») на 2021–2025 годы", years(2021, 2025)],
    ["План работы управления образования на 2024 год", years(2024)],
    ["План мероприятий на 2020-2021 гг.", years(2020, 2021)],
    ["План работы на сентябрь 2024 года", month(2024, 9, 30)],
    [["Приложение к приказу от 28.08.2024 № 45", "План работы на 2024/2025 учебный год"], school(2024)],
    ["Приложение к приказу от 28.08.2024 № 45", null],
    [["УТВЕРЖДАЮ", "Директор школы", "«30» августа 2023 г.", "План мероприятий на 2024 год"], years(2024)],
    ["План мероприятий, посвящённых 80-летию Победы в Великой Отечественной войне 1941-1945 годов", null],
    ["План мероприятий к 75-летию Победы на 2020 год", years(2020)],
    ["План мероприятий по реализации Федерального закона от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»", null],
    ["План мероприятий к Дню знаний", null],
    ["План работы на 2025-2026 учебный год", school(2025)],
  ],
  uk: [
    ["План роботи школи на 2024/2025 навчальний рік", school(2024)],
    ["План заходів на 2024–2025 навчальний рік", school(2024)],
    ["План роботи на 2024/25 н.р.", school(2024)],
    ["Річний план роботи закладу освіти на 2017-2018р", school(2017)],
    ["Річний план роботи на 2017-2018 р.", school(2017)],
    ["План роботи гуртка на 2023-2024 рік навчання", school(2023)],
    ["ПЛАН РОБОТИ ЗАКЛАДУ ДОШКІЛЬНОЇ ОСВІТИ НА 2022-2023 НАВЧАЛЬНИЙ РІК", school(2022)],
    ["План заходів на 2021–2025 роки", years(2021, 2025)],
    ["План заходів на 2024-2025 рр.", years(2024, 2025)],
    ["План роботи відділу освіти на 2024 рік", years(2024)],
    ["Календарний план заходів на 2025 рік", years(2025)],
    ["План роботи на вересень 2024 року", month(2024, 9, 30)],
    ["Додаток до наказу від 28.08.2024 № 45", null],
    [["ЗАТВЕРДЖЕНО", "Наказ директора від 30.08.2023 № 112", "План роботи на 2023/2024 н.р."], school(2023)],
    ["План заходів з нагоди 80-ї річниці визволення України від нацистських загарбників 1944 року", null],
    ["План заходів щодо виконання Закону України «Про освіту» від 05.09.2017 № 2145-VIII", null],
    ["План заходів до Дня Незалежності України", null],
  ],
  pl: [
    ["Plan pracy szkoły na rok szkolny 2024/2025", school(2024)],
    ["Plan nadzoru pedagogicznego w roku szkolnym 2024/2025", school(2024)],
    ["Harmonogram działań na rok szkolny 2024-2025", school(2024)],
    ["Plan pracy przedszkola na rok szkolny 2023/24", school(2023)],
    ["ROCZNY PLAN PRACY SZKOŁY PODSTAWOWEJ NR 3 W ROKU SZKOLNYM 2022/2023", school(2022)],
    ["Kalendarz imprez i uroczystości szkolnych 2024/2025", school(2024)],
    ["Plan pracy na r. szk. 2021/2022", school(2021)],
    ["Harmonogram zadań na 2025 rok", years(2025)],
    ["Harmonogram realizacji programu na lata 2021–2025", years(2021, 2025)],
    ["Plan pracy na wrzesień 2024", month(2024, 9, 30)],
    ["Załącznik do Zarządzenia nr 12/2024 Dyrektora Szkoły z dnia 30 sierpnia 2024 r.", null],
    ["Załącznik nr 1 do uchwały nr XV/123/2024 Rady Miejskiej z dnia 28 marca 2024 r.", null],
    ["Harmonogram rekrutacji do przedszkoli na rok szkolny 2025/2026", years(2025)],
    // Admission to the summer semester runs inside the academic year, before that semester opens.
    ["Harmonogram rekrutacji na studia II stopnia na semestr letni RA 2019/2020", school(2019)],
    ["Harmonogram rekrutacji na studia II stopnia na semestr zimowy 2019/2020", years(2019)],
    ["Plan obchodów 100-lecia szkoły", null],
    ["Plan obchodów 80. rocznicy wybuchu Powstania Warszawskiego 1944", null],
    ["Plan działań w zakresie realizacji ustawy z dnia 14 grudnia 2016 r. Prawo oświatowe", null],
  ],
  bg: [
    ["Годишен план за дейността на училището за учебната 2024/2025 година", school(2024)],
    ["ГОДИШЕН ПЛАН ЗА УЧЕБНАТА 2024–2025 ГОДИНА", school(2024)],
    ["План за работа на училището през 2024/2025 учебна година", school(2024)],
    ["Годишен план за 2024-2025 уч. г.", school(2024)],
    ["Календарен план за дейностите през учебната 2023-2024 г.", school(2023)],
    ["План за квалификационната дейност за 2022/2023 година", school(2022)],
    ["План за действие за 2025 година", years(2025)],
    ["План за действие за периода 2021–2027 години", years(2021, 2027)],
    ["План за работа през месец септември 2024 г.", month(2024, 9, 30)],
    ["Приложение към Заповед № РД-09-123/28.08.2024 г.", null],
    [["Утвърждавам:", "Директор", "15.09.2024 г.", "Годишен план за 2024 година"], years(2024)],
    ["План за честване на 150 години от Освобождението на България 1878–2028", null],
    ["План за изпълнение на Закона за предучилищното и училищното образование", null],
    ["План за Деня на народните будители", null],
    ["План за дейностите по безопасност на движението по пътищата през учебната 2021/2022 година", school(2021)],
  ],
  en: [
    ["School Improvement Plan 2024-25", school(2024)],
    ["Annual Plan for the academic year 2024-2025", school(2024)],
    ["Professional Development Plan for the 2024-2025 school year", school(2024)],
    ["Academic Calendar 2024/2025", school(2024)],
    ["Strategic Plan 2021–2025", years(2021, 2025)],
    ["Annual Work Plan 2025", years(2025)],
    ["Events calendar for September 2024", month(2024, 9, 30)],
    ["Annual Academic Plan, Session 2024-25", null],
    ["Annual Pedagogical Plan for the session 2023-2024", null],
    ["Approved by the Governing Body on 12 September 2024", null],
    ["Action plan for the implementation of the Children and Families Act 2014", null],
    ["Programme of events to mark the 80th anniversary of VE Day 1945", null],
    ["Anti-bullying action plan", null],
    [["Strategic Plan 2021–2025", "Updated October 2023"], years(2021, 2025)],
    ["Literacy Action Plan 2023", years(2023)],
    // A school's diary or its term dates name the plan as a calendar does; the term under it, its period.
    [["Diary Dates", "Spring Term 2023"], ["2023-01-01", "2023-04-09"]],
    ["Term Dates 2024", years(2024)],
    ["Key Dates 2025", years(2025)],
    [["Dates to remember", "For specific events, further information will follow"], null],
  // A fiscal year runs July to June in one place and April to March in another.
  ["Balanced Scorecard FY 2025-2030", null],
  ["District Strategic Plan FY 2024", null],
  ],
};

describe.each(Object.entries(TITLES))("the period a careful reader takes from a %s title", (_lang, titles) => {
  it.each(titles.map(([lines, expected]) => [typeof lines === "string" ? lines : lines.join(" / "), lines, expected] as const))("%s", (_name, lines, expected) => {
    expect(periodOf(lines)).toEqual(expected);
  });
});

const PARTS_OF_YEARS: readonly Title[] = [
  ["План мероприятий на II полугодие 2024 года", ["2024-07-01", "2024-12-31"]],
  ["План заходів на І квартал 2025 року", ["2025-01-01", "2025-03-31"]],
  ["Harmonogram na II półrocze 2024 r.", ["2024-07-01", "2024-12-31"]],
  ["План за дейността през първото полугодие на 2025 г.", ["2025-01-01", "2025-06-30"]],
  ["Action plan Q1 2025", ["2025-01-01", "2025-03-31"]],
  ["Autumn Term 2024 Calendar", ["2024-09-01", "2024-12-31"]],
  // Where a term or a school year's half ends differs by country: the school year holding it is sure.
  ["План работы на I полугодие 2024-2025 учебного года", school(2024)],
  ["План работы на 1 четверть 2024/2025 уч. года", school(2024)],
  ["План роботи на І семестр 2024/2025 навчального року", school(2024)],
  ["Plan pracy na I semestr roku szkolnego 2024/2025", school(2024)],
  ["План за първия срок на учебната 2024/2025 година", school(2024)],
];

describe("a quarter or a half of a calendar year in a title is the plan's period", () => {
  it.each(PARTS_OF_YEARS.map(([lines, expected]) => [String(lines), lines, expected] as const))("%s", (_name, lines, expected) => {
    expect(periodOf(lines)).toEqual(expected);
  });
});

const SIGNED_OFF_AFTER_THE_TITLE: readonly Title[] = [
  ["Дорожная карта на 2024–2026 годы, утвержденная приказом от 12.01.2024 № 5", years(2024, 2026)],
  ["Календарь мероприятий на 2024 год (по состоянию на 15.03.2024)", years(2024)],
  ["План заходів на 2025 рік (станом на 01.02.2025)", years(2025)],
  ["Harmonogram zadań na 2025 rok (według stanu na 31.01.2025 r.)", years(2025)],
  ["Годишен план за 2024/2025 учебна година, приет на заседание на педагогическия съвет с протокол № 12 от 12.09.2024 г.", school(2024)],
  ["Events calendar 2025 (as of 3 February 2025)", years(2025)],
  // A school's council adopts its plan as the school year opens: the date says which school year.
  ["Настоящият план е приет на заседание на педагогическия съвет с протокол № 1 от 14.09.2022 г.", school(2022)],
  ["Настоящият план е приет на заседание на педагогическия съвет с протокол № 7 от 14.03.2022 г.", null],
];

describe("an approval or an edition written after the title dates the document, not the plan", () => {
  it.each(SIGNED_OFF_AFTER_THE_TITLE.map(([lines, expected]) => [String(lines), lines, expected] as const))("%s", (_name, lines, expected) => {
    expect(periodOf(lines)).toEqual(expected);
  });
});

const OTHER_YEARS_IN_THE_TITLE: readonly Title[] = [
  ["План мероприятий на 2024 год по реализации муниципальной программы «Развитие образования» на 2021–2025 годы", years(2024)],
  ["План заходів на 2024 рік щодо реалізації Програми розвитку освіти на 2021-2025 роки", years(2024)],
  ["Harmonogram działań na 2024 rok w ramach Programu na lata 2021-2025", years(2024)],
  ["План за изпълнение през 2024 г. на Стратегията за развитие 2021–2030 г.", years(2024)],
  ["Action plan for 2024 under the Education Strategy 2021–2030", years(2024)],
  // A horizon says when the work must be done by, not when it starts.
  ["План мероприятий по реализации Стратегии развития образования до 2030 года", null],
  ["План заходів з реалізації Концепції Нової української школи на період до 2029 року", null],
  ["Plan działań do 2030 r.", null],
  ["План за действие до 2027 г.", null],
  ["Action plan to deliver net zero by 2030", null],
  ["Работен план за 2024–2025 уч. година", school(2024)],
  ["План мероприятий в рамках Года семьи 2024", years(2024)],
];

describe("a title that names other years than its own", () => {
  it.each(OTHER_YEARS_IN_THE_TITLE.map(([lines, expected]) => [String(lines), lines, expected] as const))("%s", (_name, lines, expected) => {
    expect(periodOf(lines)).toEqual(expected);
  });
});

const YEAR_FROM_THE_DATE_BESIDE: readonly Title[] = [
  [["План мероприятий в рамках месячника по благоустройству с 16 марта по 17 апреля", "16.03.2020"], ["2020-03-16", "2020-04-17"]],
  [["План заходів тижня безпеки дорожнього руху з 18 по 22 листопада", "18.11.2024"], ["2024-11-18", "2024-11-22"]],
  // Dated before the week it plans: which year the week is of, the title does not say.
  [["План заходів тижня безпеки дорожнього руху з 18 по 22 листопада", "01.09.2024"], null],
  [["План месячника с 1 по 30 апреля", "05.04.2021", "12.04.2022"], null],
];

describe("a title's range of days takes its year from a date written beside it that falls in it", () => {
  it.each(YEAR_FROM_THE_DATE_BESIDE.map(([lines, expected]) => [String(lines), lines, expected] as const))("%s", (_name, lines, expected) => {
    expect(periodOf(lines)).toEqual(expected);
  });
});

const COVER_IMPRINTS: readonly Title[] = [
  // Where and when the document was issued: a school's plan printed in 2024 may be for 2024/2025.
  [["ПЛАН РОБОТИ", "школи", "Київ – 2024"], null],
  [["ПЛАН РАБОТЫ", "МБОУ СОШ № 3", "г. Тула, 2023 г."], null],
  [["Годишен план", "ОУ „Христо Ботев“", "гр. Враца, 2022"], null],
  [["Plan pracy szkoły", "Warszawa, 2024"], null],
  [["School Development Plan", "Leeds, 2024"], null],
  [["ПЛАН РОБОТИ на 2024/2025 н.р.", "Київ – 2024"], school(2024)],
  [["Plan pracy", "Wrzesień, 2024"], month(2024, 9, 30)],
];

describe("a cover's place and year of issue is no period", () => {
  it.each(COVER_IMPRINTS.map(([lines, expected]) => [String(lines), lines, expected] as const))("%s", (_name, lines, expected) => {
    expect(periodOf(lines)).toEqual(expected);
  });
});

const ANNUAL_PLANS_OVER_TWO_YEARS: readonly Title[] = [
  ["Річний план роботи на 2023-2024", school(2023)],
  ["Годовой план работы ДОУ на 2023-2024", school(2023)],
  ["Roczny plan pracy 2023-2024", school(2023)],
  ["Годишен план 2023-2024", school(2023)],
  ["Годовой план мероприятий на 2023-2024 годы", years(2023, 2024)],
  // Where accounts run April to March it may be a financial year: the two years hold either.
  ["Annual plan 2023-2024", years(2023, 2024)],
];

describe("an annual plan over two consecutive years is a school year's", () => {
  it.each(ANNUAL_PLANS_OVER_TWO_YEARS.map(([lines, expected]) => [String(lines), lines, expected] as const))("%s", (_name, lines, expected) => {
    expect(periodOf(lines)).toEqual(expected);
  });
});
