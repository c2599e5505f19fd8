import type { PlanColumn, PlanTable } from "../plan";

/**
 * Actuals by period: a scorecard or programme annex that reports an indicator over several years,
 * quarters or dates (`факт 2023 | факт 2024`, `2023 | 2024 | 2025` beside a target column,
 * `стан на 01.01.2025`, `I кв. | II кв.`). The periods are read as a series, in the order the sheet
 * gives them (left to right, as officials write them; labels that go back in time are refused).
 *
 * A column is an actual of its period only when PlanCheck is sure it is not a target: its heading
 * says actual, fact, achieved, state (`Постигната стойност 2024`, `факт 2023`, `wykonanie 2024`,
 * `стан на 01.01.2025`), or it names only a period, follows the table's one target column and
 * reaches that target's year. Year columns of a roadmap, where each year is a target (`Целеви стойности / 2024 | 2025`, or bare
 * years and no single target column), are no series.
 */

export interface PeriodColumn {
  /** Column letter. */
  column: string;
  header: string;
  /** The period as the heading names it (`2024`, `I кв. 2025`, `01.01.2025`). */
  label: string;
}

/** Why a table with period columns gives no series of actuals. */
export type SeriesUnread =
  /** Columns naming only a period, and no single target column of their own: they may be targets by year. */
  | "no-separate-target"
  /** An actual column without a period beside actuals by period: which is the latest is unknown. */
  | "mixed"
  /** The periods go back in time from left to right. */
  | "order";

export interface PeriodSeries {
  /** The actual columns by period, left to right; empty when there is no series. */
  columns: PeriodColumn[];
  unread: SeriesUnread | null;
}

// Words a heading of actuals by period may hold besides the period, compared whole, in lower case
// (`Постигната стойност 2024`, `стан на 01.01.2025`, `as at 31.12.2024`); any other word makes it
// no period heading. ACTUAL_MARKERS are those that say by themselves that the column is an actual.
const ACTUAL_WORDS = [
  "actual", "actuals", "achieved", "fact", "outturn", "reported", "status", "state", "as",
  "факт", "фактически", "фактическо", "фактическа", "постигнато", "постигната", "отчет", "отчетено", "изпълнение", "към",
  "wykonanie", "wykonano", "stan", "osiągnięto", "osiągnięta", "na", "dzień",
  "фактическое", "выполнение", "состояние", "достигнуто", "отчёт",
  "фактичне", "стан", "виконання", "досягнуто", "станом", "на",
  "значение", "значення", "стойност", "wartość", "value", "on", "at",
];

const ACTUAL_MARKERS = new Set(["actual", "actuals", "achieved", "fact", "outturn", "reported", "факт", "фактически", "фактическо", "фактическа", "постигнато", "постигната", "отчет", "отчетено", "изпълнение", "wykonanie", "wykonano", "stan", "osiągnięto", "osiągnięta", "фактическое", "выполнение", "состояние", "достигнуто", "отчёт", "фактичне", "стан", "станом", "виконання", "досягнуто"]);

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/gu;
// One period: a date (01.01.2025), a quarter or half (I кв., Q1, II тримесечие, 1 półrocze, H2),
// a year (2024, 2024 г., 2023/2024); the date and the quarter first, so their year stays theirs.
const PERIOD_PARTS = [
  /\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b/u,
  /\b(?:[IV]{1,3}|[1-4])\s*(?:кв\.?|квартал[а-я]*|тримесечие|kw\.?|kwartał|кварт\.?|quarter|q)(?=\s|$|\.)/iu,
  /\bq[1-4]\b/iu,
  /\bh[12]\b/iu,
  /\b(?:[I]{1,2}|[12])\s*(?:полугодие|полугод[а-я]*|півріччя|półrocze|półrocza|шестмесечие|half)/iu,
  /(?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)?\d{2})?(?:\s*(?:г\.?|год[а-я]*|р\.?|рік|року|r\.?|rok|year)(?![\p{L}]))?/iu,
];

function normal(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** The period a heading names after its actual words, or null when it names none (or more besides). */
export function periodLabel(header: string): { label: string; saysActual: boolean } | null {
  // A two-row heading (`Факт / 2023`) is read as one.
  let rest = ` ${normal(header).replace(/\s*\/\s*(?=\D)/gu, " ")} `;
  let saysActual = false;
  const found: { at: number; text: string }[] = [];
  for (const part of PERIOD_PARTS) {
    const re = new RegExp(part.source, `${part.flags}g`);
    // Blanked to spaces of the same length, so later parts keep their places in the heading.
    rest = rest.replace(re, (m, at: number) => {
      found.push({ at, text: m.trim() });
      return " ".repeat(m.length);
    });
  }
  if (found.length === 0) return null;
  const words = rest
    .toLowerCase()
    .split(/[\s,.:;()«»"'-]+/u)
    .filter((w) => w !== "");
  for (const w of words) {
    if (ACTUAL_MARKERS.has(w)) saysActual = true;
    else if (!ACTUAL_WORDS.includes(w)) return null;
  }
  // The label as the heading writes it, without the actual words.
  const label = found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.text)
    .join(" ");
  return { label, saysActual };
}

/** The first year a label names, to check that periods run forward; null without one. */
function yearOf(label: string): number | null {
  YEAR.lastIndex = 0;
  const m = YEAR.exec(` ${label}`);
  return m ? Number(m[1]) : null;
}

/**
 * Bare periods beside a target are a report when they follow the target column and reach its year
 * (`Целева стойност 2024 | 2022 | 2023 | 2024`); periods before the target column or short of its
 * year (`2023 | 2024 | 2025 | Целева стойност 2027`) are a roadmap's milestones as likely as actuals.
 */
function reportsAfter(target: PlanColumn, bare: PlanColumn[], labels: Map<PlanColumn, string>): boolean {
  if (bare.some((c) => c.index < target.index)) return false;
  const targetYear = yearOf(target.header);
  const lastYear = Math.max(...bare.map((c) => yearOf(labels.get(c)!) ?? Number.NEGATIVE_INFINITY));
  return targetYear === null || lastYear === Number.NEGATIVE_INFINITY || lastYear >= targetYear;
}

/** The table's actuals by period, or why its period columns are no series. */
export function actualPeriods(table: PlanTable): PeriodSeries {
  const none: PeriodSeries = { columns: [], unread: null };
  const targets = table.columns.filter((c) => c.role === "target");
  const actuals = table.columns.filter((c) => c.role === "actual");
  const explicit: PlanColumn[] = [];
  const bare: PlanColumn[] = [];
  const labels = new Map<PlanColumn, string>();
  for (const c of table.columns) {
    if (c.role !== "actual" && c.role !== "unknown") continue;
    const p = periodLabel(c.header);
    if (!p) continue;
    labels.set(c, p.label);
    if (c.role === "actual" || p.saysActual) explicit.push(c);
    else bare.push(c);
  }
  const bareAccepted = bare.length > 0 && targets.length === 1 && explicit.length === 0 && reportsAfter(targets[0], bare, labels);
  const chosen = (bareAccepted ? [...explicit, ...bare] : explicit).sort((a, b) => a.index - b.index);
  if (chosen.length < 2) {
    if (bare.length > 1 && !bareAccepted && explicit.length === 0) return { columns: [], unread: "no-separate-target" };
    return none;
  }
  if (actuals.some((c) => !labels.has(c))) return { columns: [], unread: "mixed" };
  const years = chosen.map((c) => yearOf(labels.get(c)!));
  for (let i = 1; i < years.length; i++) {
    const [a, b] = [years[i - 1], years[i]];
    if (a !== null && b !== null && b < a) return { columns: [], unread: "order" };
  }
  return { columns: chosen.map((c) => ({ column: c.column, header: c.header, label: labels.get(c)! })), unread: null };
}
