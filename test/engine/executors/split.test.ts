import { buildRegistry, commonBodies, registryFromGlossary, splitBodies } from "../../../src/engine/executors";
import { BOCHNIA_RESPONSIBLE, KYUSTENDIL_GLOSSARY, KYUSTENDIL_RESPONSIBLE, SCORECARD_RESPONSIBLE, VOLODARSK_RESPONSIBLE } from "./seed-cells";
import { lostText } from "./no-text-lost";

const kyustendil = buildRegistry(registryFromGlossary(KYUSTENDIL_GLOSSARY), commonBodies());

describe("splitBodies splits a responsible cell into the bodies it names", () => {
  it.each([
    ["детски градини, училища, РУО – Кюстендил", ["детски градини", "училища", "РУО – Кюстендил"]],
    ["Общини РУП ДСП Училища НПО", ["Общини", "РУП", "ДСП", "Училища", "НПО"]],
    [
      "Wydział OPS/FK/Skarbnik Powiatu/Zarząd Powiatu",
      ["Wydział OPS", "FK", "Skarbnik Powiatu", "Zarząd Powiatu"],
    ],
    [
      "Wydział  OPS/FK/\nSkarbnik Powiatu/Zarząd Powiatu",
      ["Wydział OPS", "FK", "Skarbnik Powiatu", "Zarząd Powiatu"],
    ],
    ['Управление образования, ИДК"', ["Управление образования", "ИДК"]],
    ["Училища Бюро по труда", ["Училища", "Бюро по труда"]],
    ["Dyrektor szkoły\nw porozumieniu z Gł. Księgową.", ["Dyrektor szkoły", "Gł. Księgową"]],
    ["I ОУ, II ОУ, IV ОУ, V ОУ", ["I ОУ", "II ОУ", "IV ОУ", "V ОУ"]],
    ["- училища, детски градини", ["училища", "детски градини"]],
    ["училища, детски градини, РЦПППО -- Кюстендил, ДПС.", ["училища", "детски градини", "РЦПППО -- Кюстендил", "ДПС"]],
    ["детски градини, училища,", ["детски градини", "училища"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell, kyustendil)).toEqual(bodies);
  });

  it("splits with the common bodies when no registry is given", () => {
    expect(splitBodies("Общини РУП ДСП Училища НПО")).toEqual(["Общини", "РУП", "ДСП", "Училища", "НПО"]);
  });
});

describe("splitBodies joins a body wrapped over two lines", () => {
  it.each([
    // Zhadky gymnasium, September 2025: the line breaks after the preposition.
    ["заступники директора з\nНВР", ["заступники директора з НВР"]],
    ["Dyrektor ds\nPPP, Policja", ["Dyrektor ds PPP", "Policja"]],
    ["ЦПЛР –\nОДК, РУО – Кюстендил", ["ЦПЛР – ОДК", "РУО – Кюстендил"]],
    ["ЦПЛР\n– ОДК", ["ЦПЛР – ОДК"]],
    ["Всички общински\nучилища, ЦПЛР-ОДК", ["Всички общински училища", "ЦПЛР-ОДК"]],
    ["училища, детски\nградини", ["училища", "детски градини"]],
    ["ДПС, отдел „Закрила на детето“, Община\nКюстендил", ["ДПС", "отдел „Закрила на детето“", "Община Кюстендил"]],
    ["Община Кюстендил, РЦПППО\nКюстендил", ["Община Кюстендил", "РЦПППО Кюстендил"]],
    ["спортни\nклубове", ["спортни клубове"]],
    ["Фондация\nза деца", ["Фондация за деца"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell, kyustendil)).toEqual(bodies);
  });

  it.each([
    ["Общини\nРУП\nДСП", ["Общини", "РУП", "ДСП"]],
    ["Училища\nдетски градини", ["Училища", "детски градини"]],
    ["- училища\n- детски градини\n- РУО – Кюстендил", ["училища", "детски градини", "РУО – Кюстендил"]],
  ])("keeps one body a line in %j", (cell, bodies) => {
    expect(splitBodies(cell, kyustendil)).toEqual(bodies);
  });
});

describe("splitBodies separates bodies at joining words", () => {
  it.each([
    ["Szkoły objęte pilotażem i PPP.", ["Szkoły objęte pilotażem", "PPP"]],
    ["Szkoły i PPP.", ["Szkoły", "PPP"]],
    [
      "Zespół zadaniowy, dyrektorzy szkół objętych wspomaganiem we współpracy\norganem prowadzącym.",
      ["Zespół zadaniowy", "dyrektorzy szkół objętych wspomaganiem", "organem prowadzącym"],
    ],
    [
      "Zespół zadaniowy, dyrektorzy szkół objętych wspomaganiem we współpracy\nz jst.",
      ["Zespół zadaniowy", "dyrektorzy szkół objętych wspomaganiem", "jst"],
    ],
    ["Wydział OPS Zespoły zadaniowe, dyrektorzy szkół.", ["Wydział OPS", "Zespoły zadaniowe", "dyrektorzy szkół"]],
    ["училища и детски градини", ["училища", "детски градини"]],
    ["училища и читалища", ["училища", "читалища"]],
    ["РУО в сътрудничество с РЗИ", ["РУО", "РЗИ"]],
    ["Управление образования совместно с ИДК", ["Управление образования", "ИДК"]],
    ["відділ освіти спільно з ЦПРПП", ["відділ освіти", "ЦПРПП"]],
    ["заклади освіти та відділ освіти", ["заклади освіти", "відділ освіти"]],
    ["schools in cooperation with the municipality", ["schools", "the municipality"]],
    ["училища, читалища и др.", ["училища", "читалища"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell, kyustendil)).toEqual(bodies);
  });

  it.each([
    "Министерство на образованието и науката",
    "културни и спортни институции",
    "Център за социална рехабилитация и интеграция",
  ])("keeps %j whole: the words before the conjunction are no body", (cell) => {
    expect(splitBodies(cell, kyustendil)).toEqual([cell]);
  });
});

describe("splitBodies splits bodies written one after another", () => {
  it.each([
    ["ЕГ Община Кюстендил", ["ЕГ", "Община Кюстендил"]],
    ["РУО -- Кюстендил Община Кюстендил", ["РУО -- Кюстендил", "Община Кюстендил"]],
    ["Дирекция „Социални дейности“ РУО – Кюстендил", ["Дирекция „Социални дейности“", "РУО – Кюстендил"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell, kyustendil)).toEqual(bodies);
  });

  it.each(["Община Кюстендил", "РЦПППО Кюстендил", "Skarbnik Powiatu", "Бюро по труда", "Dyrektor PPP", "Фондация Деца"])(
    "keeps %j whole",
    (cell) => {
      expect(splitBodies(cell, kyustendil)).toEqual([cell]);
    },
  );
});

describe("splitBodies never loses text", () => {
  const cells = [
    ...KYUSTENDIL_RESPONSIBLE,
    ...BOCHNIA_RESPONSIBLE,
    ...VOLODARSK_RESPONSIBLE,
    SCORECARD_RESPONSIBLE,
    "училища, читалища и др.",
    "- училища\n- детски градини",
    "Фондация\nза деца, РУО в сътрудничество с РЗИ",
  ];
  it.each(cells)("every character of %j is in a body or a separator", (cell) => {
    const bodies = splitBodies(cell, kyustendil);
    expect(bodies.length).toBeGreaterThan(0);
    expect(lostText(cell, bodies)).toBe("");
  });

  it("notices when a body is missing", () => {
    expect(lostText("училища, ДПС, РЗИ", ["училища", "РЗИ"])).toBe("ДПС");
  });

  it.each(["", "  ", ",", " - "])("finds no body in %j", (cell) => {
    expect(splitBodies(cell, kyustendil)).toEqual([]);
  });
});

describe("splitBodies keeps a position's further areas with it", () => {
  it.each([
    ["Заступник директора з НВР, ВР", ["Заступник директора з НВР, ВР"]],
    ["Зам. директора по УВР, ВР, педагог-организатор", ["Зам. директора по УВР, ВР", "педагог-организатор"]],
    // A known body after the position is a body of its own.
    ["Заместитель директора по УВР, ИДК", ["Заместитель директора по УВР", "ИДК"]],
    ["Директор, ВР", ["Директор", "ВР"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell)).toEqual(bodies);
  });
});

describe("splitBodies keeps a department's name whole where it runs on after commas", () => {
  it.each([
    // Vladimir, Last Bell 2011: one department, its complements in the genitive after commas.
    [
      "Управление экономики, инвестиций, развития предпринимательства, потребительского рынка и услуг",
      ["Управление экономики, инвестиций, развития предпринимательства, потребительского рынка и услуг"],
    ],
    // Novokuibyshevsk, Farewell to Winter 2016.
    ["Департамент культуры, молодежной политики и туризма", ["Департамент культуры, молодежной политики и туризма"]],
    ["Управління освіти, молоді та спорту", ["Управління освіти, молоді та спорту"]],
    ["Wydział Promocji, Kultury i Turystyki", ["Wydział Promocji, Kultury i Turystyki"]],
    ["Wydział Promocji, Biblioteka Miejska", ["Wydział Promocji", "Biblioteka Miejska"]],
    ["Wydział Promocji, Szkoły", ["Wydział Promocji", "Szkoły"]],
    // The complements' list, then the body the department belongs to.
    ["Управління освіти, науки, молоді та спорту міської ради", ["Управління освіти, науки, молоді та спорту міської ради"]],
    ["Отдел по делам молодежи, физической культуры и спорта администрации", ["Отдел по делам молодежи, физической культуры и спорта администрации"]],
    ["Wydział Edukacji, Kultury i Sportu Urzędu Miasta", ["Wydział Edukacji, Kultury i Sportu Urzędu Miasta"]],
    ["Отдел образования, опеки и попечительства администрации района", ["Отдел образования, опеки и попечительства администрации района"]],
    // No list of complements before the body: a body of its own.
    ["Управление образования, родительский комитет", ["Управление образования", "родительский комитет"]],
    ["Управление образования, школы и родительский комитет", ["Управление образования", "школы", "родительский комитет"]],
    ["Отдел культуры, библиотеки и дома культуры района", ["Отдел культуры", "библиотеки и дома культуры района"]],
    // Bodies named one after another after commas stay apart.
    ["Управление экономики, управление здравоохранения", ["Управление экономики", "управление здравоохранения"]],
    ["Управление образования, школы", ["Управление образования", "школы"]],
    // A place, a short form or a single word before the comma is no department's complement.
    ["ОУ, с. Хърсово", ["ОУ", "с. Хърсово"]],
    ["читалища,у-ща", ["читалища", "у-ща"]],
    ["Департамент культуры, классные руководители", ["Департамент культуры", "классные руководители"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell)).toEqual(bodies);
  });
});

describe("splitBodies reads a cell written all in capitals as it reads the same cell in words", () => {
  it.each([
    [
      "УПРАВЛЕНИЕ ЭКОНОМИКИ, ИНВЕСТИЦИЙ, РАЗВИТИЯ ПРЕДПРИНИМАТЕЛЬСТВА, ПОТРЕБИТЕЛЬСКОГО РЫНКА И УСЛУГ",
      ["УПРАВЛЕНИЕ ЭКОНОМИКИ, ИНВЕСТИЦИЙ, РАЗВИТИЯ ПРЕДПРИНИМАТЕЛЬСТВА, ПОТРЕБИТЕЛЬСКОГО РЫНКА И УСЛУГ"],
    ],
    ["УЧИЛИЩА И ЧИТАЛИЩА НА ТЕРИТОРИЯТА НА ОБЩИНА НИКОЛАЕВО", ["УЧИЛИЩА", "ЧИТАЛИЩА НА ТЕРИТОРИЯТА НА ОБЩИНА НИКОЛАЕВО"]],
    // A kind written after the conjunction may be in lower case in words: not cut off as a name.
    ["ЧИТАЛИЩА И ПЕНСИОНЕРСКИ КЛУБОВЕ", ["ЧИТАЛИЩА И ПЕНСИОНЕРСКИ КЛУБОВЕ"]],
    ["ВСИЧКИ РАБОТЕЩИ\nВ ЧИТАЛИЩЕТО", ["ВСИЧКИ РАБОТЕЩИ В ЧИТАЛИЩЕТО"]],
    ["ФАХІВЕЦЬ З ОХОРОНИ\nПРАЦІ", ["ФАХІВЕЦЬ З ОХОРОНИ ПРАЦІ"]],
    ["РУДЕНКО\nЛ.М.", ["РУДЕНКО Л.М"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell)).toEqual(bodies);
  });

  it("cuts at a conjunction in capitals only in a cell all in capitals", () => {
    expect(splitBodies("Училища И читалища")).toEqual(["Училища И читалища"]);
  });
});

describe("splitBodies separates two names joined by a conjunction, known or not", () => {
  it.each([
    ["Superintendent and CFO", ["Superintendent", "CFO"]],
    ["SENDco and SLT", ["SENDco", "SLT"]],
    ["Миргородський МБК і Миргородським районним відділом поліції", ["Миргородський МБК", "Миргородським районним відділом поліції"]],
    ["Іваніцький О.П і тренер-викладач Полонської ДЮСШ", ["Іваніцький О.П", "тренер-викладач Полонської ДЮСШ"]],
    // A person's post on the line under the name is an entry of its own, though in lower case.
    ["Іваніцький О.П\nтренер-викладач Полонської ДЮСШ", ["Іваніцький О.П", "тренер-викладач Полонської ДЮСШ"]],
    // A surname, its initials on the line under it: one person.
    ["Руденко\nЛ.М.", ["Руденко Л.М"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell)).toEqual(bodies);
  });

  it.each([
    ["Министерство общего и профессионального образования Свердловской области"],
    ["Педагогическите екипи на III и IV -те групи"],
    ["културни и спортни институции"],
  ])("keeps %j whole", (cell) => {
    expect(splitBodies(cell)).toEqual([cell]);
  });
});

describe("splitBodies reads a line opening with a conjunction in capitals as it reads it in words", () => {
  it("goes on with the line before", () => {
    // Zarechny's flu prevention plan, as written `руководители предприятий` / `и учреждений города`.
    expect(splitBodies("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ,\nРУКОВОДИТЕЛИ ПРЕДПРИЯТИЙ\nИ УЧРЕЖДЕНИЙ ГОРОДА")).toEqual(["ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ", "РУКОВОДИТЕЛИ ПРЕДПРИЯТИЙ И УЧРЕЖДЕНИЙ ГОРОДА"]);
  });
});

describe("splitBodies on a cell in capitals, again", () => {
  it("does not cut in mixed case at a capital conjunction", () => {
    expect(splitBodies("Училища И читалища")).toEqual(["Училища И читалища"]);
  });
});

describe("splitBodies separates a body and a position joined by a plus or a line break", () => {
  // PMG Gotse Delchev student parliament: УП is the plan's own body (its glossary), the psychologist a position.
  const parliament = buildRegistry([{ key: "УП", full: "Ученически парламент", aliases: [], source: "workbook-glossary" }], commonBodies());
  it.each([
    ["УП+ училищен психолог", ["УП", "училищен психолог"]],
    ["УП\nУчилищен психолог", ["УП", "Училищен психолог"]],
    ["Klub Seniora 60+", ["Klub Seniora 60+"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell, parliament)).toEqual(bodies);
    expect(lostText(cell, bodies)).toBe("");
  });
});

describe("splitBodies keeps a name in quotes whole", () => {
  it.each([
    ["Дирекция „Образование, култура и спорт“", ["Дирекция „Образование, култура и спорт“"]],
    ["ОУ „Христо Ботев“, СУ „Иван Вазов“", ["ОУ „Христо Ботев“", "СУ „Иван Вазов“"]],
    ['Управление образования, ИДК", МБУ "Центр"', ["Управление образования", "ИДК", 'МБУ "Центр"']],
    // Harmanli's sports calendar: the club's name wrapped inside its quotes.
    ["община Харманли\nСМК „Емил\nДимитров“\nобщина Харманли", ["община Харманли", "СМК „Емил Димитров“", "община Харманли"]],
  ])("%j", (cell, bodies) => {
    expect(splitBodies(cell)).toEqual(bodies);
  });
});

describe("splitBodies keeps people named with their areas in short as one entry", () => {
  it.each([["Преподаватели ДП и МП"], ["Учителя ИЗО и МХК"]])("keeps %j whole", (cell) => {
    expect(splitBodies(cell)).toEqual([cell]);
  });

  it("still separates a body the registry knows after such people", () => {
    expect(splitBodies("Учители ФК и РУО")).toEqual(["Учители ФК", "РУО"]);
  });
});
