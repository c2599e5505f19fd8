import type { CellValue, SheetGrid } from "../src/engine/grid";

/**
 * Deterministic synthetic plans made of the row patterns of the real seed plans: a title and a
 * glossary, a header, strategic-goal section rows, numbered tasks with sub-tasks, rows split over
 * page breaks, free-text deadlines, abbreviated executors, and a few real flaws per thousand rows.
 */

const DEADLINES = [
  "м. септември 2019 г.", "2019 година", "постоянен", "месец юли 2019 г.", "до 30.09.2019 г.", "01.06.2019 г.",
  "м. юли – август 2019 г.", "в началото на учебната 2019/2020 година", "при подаден сигнал", "месец ноември 2019 г.",
  "2019 г.", "месец август - септември 2019 г.", "", "скоро",
];
const RESPONSIBLE = [
  "детски градини, училища", "училища", "Община Кюстендил, училища", "РУО – Кюстендил, ЦПЛР – ОДК",
  "детски градини, училища, РЦПППО – Кюстендил, Община Кюстендил", "училища, РЗИ, НПО", "ДПС, отдел „Закрила на детето“",
  "", "ЦПЛР - ОДК", "училища, МВР",
];
const FINANCING = [
  "Не се изисква допълнително финансиране", "Бюджет на съответната институция", "Бюджет на общината",
  "Делегиран бюджет на училището", "МОН", "",
];
const INDICATORS = [
  "Брой оценени деца", "Брой обхванати ученици", "Процент обхванати ученици в ЦОУД.", "Повишена информираност на родителите.",
  "Брой проведени инициативи", "Създаден регистър във всички образователни институции", "", "Брой обучени учители.",
];
const ACTIVITIES = [
  "Организиране на консултации за учениците по учебни предмети;", "Провеждане на превантивни кампании срещу агресията и тормоза;",
  "Обучение на класни ръководители за ефективно изпълнение на задълженията;", "Осигуряване на условия за изява на децата и учениците.",
  "Срещи, дискусии, беседи с представители на МВР;",
];

const GROUPS = [
  "в детските градини", "в училищата", "за учениците от VIII до XI клас", "за децата със СОП", "в община Кюстендил",
  "за педагогическите специалисти", "с родителите", "в ЦПЛР – ОДК", "в подготвителните групи", "за деца в риск",
];

/** A small, fast, seedable generator, so every run measures the same plan. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPlan(dataRows: number, seed = 1): SheetGrid {
  const next = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  // Real tasks differ in what they do and for whom; only a few rows repeat word for word.
  const activity = () => `${pick(ACTIVITIES)} ${pick(GROUPS)} – ${1 + Math.floor(next() * 400)} участници`;
  const rows: CellValue[][] = [
    ["ГОДИШЕН ПЛАН НА ДЕЙНОСТИТЕ ЗА ПОДКРЕПА ЗА ЛИЧНОСТНО РАЗВИТИЕ – 2019 ГОДИНА", null, null, null, null, null],
    ["Използвани съкращения:", null, null, null, null, null],
    ["РУО – Регионално управление на образованието", null, null, null, null, null],
    ["ЦПЛР – ОДК – Център за подкрепа за личностно развитие – Обединен детски комплекс", null, null, null, null, null],
    ["РЦПППО - Регионален център за подкрепа на процеса на приобщаващото образование", null, null, null, null, null],
    [null, null, null, null, null, null],
    ["№", "Дейност", "Срок за изпълнение", "Отговорни институции", "Финансиране", "Индикатори оценка на изпълнение"],
  ];
  let goal = 0;
  let task = 0;
  let sub = 0;
  let written = 0;
  while (written < dataRows) {
    if (written % 200 === 0) {
      goal++;
      // Numbering starts again under each strategic goal, sub-tasks with it (never `0.6.`).
      task = 0;
      sub = 0;
      rows.push([`Стратегическа цел №${goal}. Създаване на подходяща среда за личностно развитие на децата и учениците`, null, null, null, null, null]);
    }
    const r = next();
    if (r < 0.15 || sub === 0) {
      task++;
      sub = 0;
      // A parent task whose sub-tasks carry the details, as in the Kyustendil plan.
      if (r < 0.08) {
        rows.push([`${task}.`, activity(), null, null, null, null]);
        sub = 1;
        written++;
        continue;
      }
      rows.push([`${task}.`, activity(), pick(DEADLINES), pick(RESPONSIBLE), pick(FINANCING), pick(INDICATORS)]);
    } else {
      rows.push([`${task}.${sub}.`, activity(), pick(DEADLINES), pick(RESPONSIBLE), pick(FINANCING), pick(INDICATORS)]);
      sub++;
    }
    written++;
    // A row split over a page break: the continuation has no number.
    if (next() < 0.05 && written < dataRows) {
      rows.push([null, "ценностните нагласи на младите хора;", null, "ОДК, РУО – Кюстендил", "институция", null]);
      written++;
    }
  }
  return { sheet: "План 2019", origin: { row: 0, col: 0 }, values: rows.map((r) => r.map((v) => (v === "" ? null : v))), merges: [] };
}
