import { parsePeriodOption, planPeriodFromTexts } from "../../../src/engine/deadline";
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
    expect(planPeriodFromTexts(event)).not.toMatchObject({ start: "2006-05-05", end: "2006-05-05" });
  });

  it("takes the plan's year, not the years of the war an evening remembers", () => {
    const title = ["Приложение к Постановлению от 21.04.2006 г № 366 План", "Мероприятия по подготовке и проведению городского вечера, посвященного 61-й годовщине победы в войне 1941 — 1945 гг., 5 мая 2006 года"];
    expect(planPeriodFromTexts(title)).toMatchObject({ start: "2006-01-01", end: "2006-12-31" });
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
