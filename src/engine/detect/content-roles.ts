import type { Role } from "../roles";
import { share, type ColumnContent } from "./column-content";
import { isMeetingWord, isYearWord } from "./header-text";
import { isPeriodicityHeading } from "./vocabulary/periodicity";

/** Where a column's role came from: its heading, its cells, or the user. */
export type RoleSource = "header" | "content" | "user";

export interface TypedColumn {
  role: Role;
  source: RoleSource;
}

/** A column must have this many filled cells before its content says anything. */
const MIN_FILLED = 2;
/** Shares of the filled cells that make a column's content decide its role. */
const NUMBERING = 0.8;
const DEADLINES = 0.6;
const PEOPLE = 0.6;
const AMOUNTS = 0.7;
const PERCENTS = 0.8;
/** Audiences (`Year 11`, `All Staff`) in a column headed as the responsible one: it lists participants. */
const AUDIENCES = 0.6;
/** Times of day (a dash or a note where there is none) under a deadline heading. */
const TIMES = 0.7;
/** Hours of the day in a deadline column beside another: it gives the hour, the other the date. */
const HOURS_BESIDE_DATES = 0.5;
/** Red/amber/green ratings down a column: it is the plan's monitoring of each row. */
const RATINGS = 0.6;
/** Cells that say what they are (`срок: …` in most of a column) outweigh everything else. */
const LABELLED = 0.6;
/** Content overrides a heading only when it is this clear, and the heading's own reading this weak. */
const STRONG = 0.8;
const WEAK = 0.15;
/** Task text is free text: this many letters a cell on average, and clearly longer than the next column's. */
const TASK_LETTERS = 8;
const TASK_MARGIN = 1.2;
/** Term names (`Autumn Term 1`) in a column: it labels the dates beside it. */
const TERMS = 0.6;
/** A column filled in at most one in this many of its dated neighbour's rows labels groups of them. */
const GROUPING = 3;

/**
 * Headings whose column cannot hold only dates: where it does, the dates decide (`Областен кръг`
 * read as an area over the regional round's dates). A review's column may (`Review with Working
 * Group` over `Dec 2005`): its dates say when the work is reviewed, not when it is due.
 */
const DATES_OVERRIDE: ReadonlySet<Role> = new Set<Role>(["budget", "financing", "notes", "method", "partners", "result", "unit", "perspective", "objective", "weight"]);

/** A heading naming a programme's tasks (`Задачи подпрограммы 2`, `Завдання програми`), which an indicator table measures. */
const AIMS_HEADING = /^(?:задач[аи]|завдання|zadania|zadanie)(?![\p{L}])/iu;
/** A heading's later words naming indicators (`…, целевых показателей`, `…та показників`, `…i wskaźników`). */
const NAMES_INDICATORS = /(?<![\p{L}])(?:целев\p{L}* показател|показател|показник|индикатор|індикатор|wskaźnik|indicator)\p{L}*/iu;

const YEAR_HEADING = /^(?:19|20)\d{2}(?:\s*(?:г\.?|год|р\.?|рік|rok|r\.?|year|година))?$/iu;

/** A heading naming a total (`Всего`, `Итого на II этапе`, `Усього`, `Razem`, `Общо`, `Total`). */
const TOTAL_HEADING = /^(?:всего|итого|усього|всього|разом|razem|ogółem|общо|всичко|total)(?![\p{L}])/iu;

export interface ColumnEvidence {
  /** Role named by the heading (`unknown` when none or no heading). */
  header: Role;
  /** The heading text (lower row), to tell a year over an amount column. */
  headerText: string;
  /** The heading of the group of columns over this one ("" or absent without one). */
  groupText?: string;
  /** What the cells say; null for a column with no sample. */
  content: ColumnContent | null;
  /** The user's role for the column, if any. */
  user?: Role;
  /** True when the heading names what the column holds but no role (`Место проведения`): its cells then type nothing. */
  noRole?: boolean;
}

/**
 * Roles of a table's columns from their headings and their cells. The user's choice wins; a heading
 * decides unless the cells clearly say otherwise (a `Срок` column holding only names); a column with
 * no known heading is typed by its cells: numbering, deadlines, people, amounts under a year; and in a
 * task table without a task column, the column with the longest free text is the task.
 */
export function typeColumns(columns: readonly ColumnEvidence[]): TypedColumn[] {
  const out: TypedColumn[] = columns.map((c) => {
    if (c.user) return { role: c.user, source: "user" };
    if (c.header !== "unknown") return fromHeaderAndContent(c.header, c.content);
    return { role: "unknown", source: "header" };
  });
  const has = (role: Role) => out.some((t) => t.role === role);
  // One task heading over two columns (`Учебни предмети / Клас` merged over the class and the test
  // kind): the half naming only classes or year groups says whom the task concerns, not the task.
  const taskHeads = out.filter((t) => t.role === "activity" && t.source === "header").length;
  columns.forEach((c, i) => {
    if (taskHeads > 1 && out[i].role === "activity" && out[i].source === "header" && c.content && isAudienceColumn(c.content)) out[i] = { role: "unknown", source: "content" };
  });
  // `Время проведения` beside `Дата проведения`: of two deadline headings, the one over hours
  // (`12.00`, `По договоренности`) is the hour of the day the other dates.
  const dated = out.filter((t) => t.role === "deadline" && t.source === "header").length;
  columns.forEach((c, i) => {
    const k = c.content;
    if (dated < 2 || out[i].role !== "deadline" || out[i].source !== "header" || !k || k.filled < MIN_FILLED) return;
    const hours = k.times + k.durations;
    if (share(k, hours) >= HOURS_BESIDE_DATES && hours > k.deadline) out[i] = { role: "unknown", source: "content" };
  });
  // `Date | Activity | Time` over `25th January` … `8am – 5pm`: of two deadline headings, one over
  // dates in nearly every row, the other over cells almost none of which reads as a date says
  // something else of the event (its hours in words PlanCheck does not read as a time).
  const datesUnder = columns.some((c, i) => out[i].role === "deadline" && out[i].source === "header" && !!c.content && c.content.filled >= MIN_FILLED && share(c.content, c.content.deadline) >= STRONG);
  columns.forEach((c, i) => {
    const k = c.content;
    if (!datesUnder || out[i].role !== "deadline" || out[i].source !== "header" || !k || k.filled < MIN_FILLED) return;
    if (share(k, k.deadline + (k.labelled.deadline ?? 0)) < WEAK) out[i] = { role: "unknown", source: "content" };
  });
  const besideDates = columns.map((_, i) => labelsBesideDates(columns, out, i));
  besideDates.forEach((beside, i) => {
    if (beside) out[i] = { role: "unknown", source: "content" };
  });

  indicatorYears(columns, out);
  // `МЕСЕЦ | ИНИЦИАТИВИ | ОТГОВОРНИК`: initiatives with a term and a body each and nothing they serve
  // (no indicator, objective or perspective beside them) are the plan's tasks, its activities.
  const initiatives = out.flatMap((t, i) => (t.role === "initiative" && t.source === "header" ? [i] : []));
  if (initiatives.length === 1 && !["activity", "indicator", "objective", "perspective"].some((r) => has(r as Role)) && has("deadline") && has("responsible")) {
    out[initiatives[0]] = { role: "activity", source: "content" };
  }

  columns.forEach((c, i) => {
    if (out[i].role !== "unknown" || out[i].source === "user" || c.noRole || !c.content) return;
    const k = c.content;
    // A first column left without a heading over task numbers is the number column, even under one
    // task; so is one headed only by what it numbers (`засідання` over `1`, `2`: the meeting's number).
    if (i === 0 && (c.headerText === "" || isMeetingWord(c.headerText)) && k.filled > 0 && k.numbering === k.filled && !has("number")) {
      out[i] = { role: "number", source: "content" };
      return;
    }
    if (k.filled < MIN_FILLED || isAudienceColumn(k) || share(k, k.codes) >= STRONG) return;
    // `год` under `Базовое значение`: the year a value was measured in, whatever its cells read as.
    if (c.groupText && isYearWord(c.headerText)) return;
    let role: Role | null = null;
    // Parts of the school year down a column (`Term 1`, `I семестър`) beside a column of the dates
    // they run over (`29 January – 28 March`): they name the rows, the dates beside them date them.
    if (share(k, k.terms) >= TERMS && columns.some((d, j) => j !== i && !!d.content && d.content.filled >= MIN_FILLED && share(d.content, d.content.deadline) >= STRONG)) return;
    const labelled = mostLabelled(k);
    if (labelled && share(k, labelled.count) >= LABELLED) role = labelled.role;
    // Task numbers open the row, or stand right before the task text (after a group's merged cells).
    else if (isRatingColumn(k) && !has("monitoring")) role = "monitoring";
    else if (share(k, k.numbering) >= NUMBERING && !has("number") && (i <= 1 || out[i + 1]?.role === "activity")) role = "number";
    else if (share(k, k.deadline) >= DEADLINES && !besideDates[i]) role = "deadline";
    // The years a financing table gives a row each (`2021` … `2025`): when the money is spent.
    else if (share(k, k.years) >= NUMBERING && !has("deadline") && (has("budget") || has("financing"))) role = "deadline";
    else if (share(k, k.people) >= PEOPLE && !has("responsible")) role = "responsible";
    // Money under a year, its own heading or a group's over it (`2013` over `Планируемые внебюджетные источники`); a dash is no money to report.
    else if (k.amount > 0 && k.amount / (k.filled - k.nil) >= AMOUNTS && (YEAR_HEADING.test(c.headerText) || YEAR_HEADING.test(c.groupText ?? ""))) role = "budget";
    // The total of the money beside it (`Всего` left of the years, `Итого на II этапе` right of them): money too.
    else if (k.amount > 0 && k.amount / (k.filled - k.nil) >= AMOUNTS && TOTAL_HEADING.test(c.headerText.trim()) && (out[i - 1]?.role === "budget" || out[i + 1]?.role === "budget")) role = "budget";
    // Shares beside an indicator that has no target column: its targets (`100%`, `менее 100%`).
    else if (share(k, k.percents) >= PERCENTS && has("indicator") && !has("target")) role = "target";
    if (role) out[i] = { role, source: "content" };
  });

  // Numbers beside an indicator and its unit under a heading that names nothing (`Wartość`, or none):
  // the value the indicator is to reach, when one column alone holds them.
  if (has("indicator") && has("unit") && !has("target")) {
    const valued = columns.map((c, i) => i > 0 && out[i].role === "unknown" && out[i].source !== "user" && !c.noRole && !!c.content && isValueColumn(c.content));
    if (valued.filter(Boolean).length === 1) out[valued.indexOf(true)] = { role: "target", source: "content" };
  }

  // Years beside money the cells name only further right (`2007/8` left of `Budget implications: …`).
  columns.forEach((c, i) => {
    const k = c.content;
    if (out[i].role !== "unknown" || out[i].source === "user" || c.noRole || !k || k.filled < MIN_FILLED) return;
    if (share(k, k.years) >= NUMBERING && !has("deadline") && (has("budget") || has("financing"))) out[i] = { role: "deadline", source: "content" };
  });

  // `Outcome 2021-22 | Activities/Strategies | When | Who | Key Performance Indicators`: an outcome
  // written before the activities, their indicators further right, is what they aim at, not what
  // they yield (a result follows its task).
  if (!has("objective") && has("indicator")) {
    const firstTask = out.findIndex((t) => t.role === "activity");
    const before = out.flatMap((t, i) => (t.role === "result" && t.source === "header" && firstTask > i ? [i] : []));
    if (before.length === 1 && out.filter((t) => t.role === "result").length === 1) out[before[0]] = { role: "objective", source: "content" };
  }
  // `Outcome` merged down over its KPIs: a result written once for a group of rows, each row's
  // indicator beside it, is what the group aims at. (A task merged over its checks stays the task.)
  if (!has("objective")) {
    const aims = columns.map((c, i) => isAimOverGroup(columns, out, i));
    if (aims.filter(Boolean).length === 1) out[aims.indexOf(true)] = { role: "objective", source: "content" };
  }

  // A balanced scorecard (perspectives and indicators) has no task column by nature, nor has a
  // table of indicators with their units and values (`Признак возрастания/убывания` is no task).
  const scorecard = has("indicator") && (has("perspective") || has("unit") || has("baseline") || has("target"));
  // A control plan or cyclogram (`Періодичність контролю` over `1 раз на місяць`, `Двічі на рік`)
  // gives each check its term as how often it is done: with no deadline column of its own, that
  // column is the deadline. In a scorecard it stays how often an indicator is measured. Where the
  // object of control is merged down over several checks, the body reads each check with a term of
  // its own as a task of its own (see `readBody`), so each keeps its own frequency.
  if (!has("deadline") && !scorecard) {
    const often = columns.flatMap((c, i) => (isRecurrenceColumn(c, out[i]) ? [i] : []));
    if (often.length === 1) out[often[0]] = { role: "deadline", source: "content" };
  }
  // `Напрям діяльності …` over the tasks themselves: a direction names a group once; a column
  // holding long text on most rows beside the deadline is the task text, whatever its heading.
  if (!has("activity") && !has("initiative") && !scorecard && has("deadline")) {
    const i = out.findIndex((t) => t.role === "perspective" && t.source === "header");
    const k = i >= 0 ? columns[i].content : null;
    const most = Math.max(0, ...columns.map((c) => c.content?.filled ?? 0));
    if (k && k.filled >= MIN_FILLED && k.filled * 5 >= most * 4 && share(k, k.mergedDown) < 0.5 && k.letters >= 2 * TASK_LETTERS) out[i] = { role: "activity", source: "content" };
  }
  // Baselines and targets under headings naming only years and measures (`SY2022 / Baseline`): the
  // column of text beside them, its heading the block's name, says what they measure.
  if (!has("indicator") && !has("activity") && !has("initiative") && !has("deadline") && (has("baseline") || has("target"))) {
    const named = longestText(columns, out);
    if (named >= 0) out[named] = { role: "indicator", source: "content" };
  }
  if (!has("activity") && !has("initiative") && !scorecard && (has("deadline") || has("responsible"))) {
    const task = longestText(columns, out);
    if (task >= 0) out[task] = { role: "activity", source: "content" };
    else {
      const named = groupNames(columns, out);
      if (named >= 0) out[named] = { role: "activity", source: "content" };
      // `Term | First half-term dates | Second half-term dates` over `Autumn`, `Spring`, `Inset Days`:
      // with no other text in the table, the one column naming what each row's dates are for is its task.
      // Term names under no heading label the rows of a grid whose headings name the tasks (`Full
      // Governing Board 6pm` over each meeting's date): they stay labels.
      else {
        const terms = columns.flatMap((c, i) => (out[i].role === "unknown" && out[i].source !== "user" && !c.noRole && c.headerText.trim() !== "" && !!c.content && c.content.filled >= MIN_FILLED && share(c.content, c.content.terms) >= TERMS ? [i] : []));
        if (terms.length === 1) out[terms[0]] = { role: "activity", source: "content" };
      }
    }
  }
  return out;
}

/**
 * Years heading columns of values in a table of indicators with their units and no money in it
 * (`Показатель | Единица измерения | 2019 год … 2025 год` under `Изменение значения … по годам`,
 * a dash in the years no value is set for): each year's column holds the value the indicator is to
 * reach that year, its target, whatever the size of the numbers. A column of what was measured
 * (`Фактическое значение … (2018 год)`) written before the first of those years is the baseline they
 * start from. A table with a target column of its own keeps its years as they are read (actuals by
 * year beside it); a table with money in it may plan amounts by year.
 */
function indicatorYears(columns: readonly ColumnEvidence[], out: TypedColumn[]): void {
  const has = (role: Role) => out.some((t) => t.role === role);
  if (!has("indicator") && has("unit") && !has("activity") && !has("deadline") && !has("responsible")) {
    // `Наименование цели (целей) и задач, целевых показателей` over the indicators themselves, one a
    // row, each with its unit: with no indicator column of its own, the table's indicators are there.
    const named = columns.flatMap((c, i) => (out[i].role === "objective" && out[i].source === "header" && NAMES_INDICATORS.test(c.headerText) ? [i] : []));
    if (named.length === 1) out[named[0]] = { role: "indicator", source: "content" };
  }
  if (!has("indicator") || !has("unit") || has("budget") || has("financing") || has("perspective")) return;
  // `Задачи подпрограммы` beside the indicators that measure them, with no term or body in the table:
  // the tasks a programme sets itself are the aims its indicators serve, no work to be done.
  if (!has("objective") && !has("deadline") && !has("responsible")) {
    const aims = columns.flatMap((c, i) => (out[i].role === "activity" && out[i].source === "header" && AIMS_HEADING.test(c.headerText.trim()) ? [i] : []));
    if (aims.length === 1) out[aims[0]] = { role: "objective", source: "content" };
  }
  if (columns.some((c, i) => out[i].role === "target" && !YEAR_HEADING.test(c.headerText.trim()))) return;
  const years: number[] = [];
  columns.forEach((c, i) => {
    if (out[i].role !== "unknown" || out[i].source === "user" || c.noRole || !YEAR_HEADING.test(c.headerText.trim())) return;
    const k = c.content;
    // Numbers, shares or a dash in every cell: a year with one value set is a year of values still.
    if (k && k.filled > 0 && (k.numbering + k.amount + k.percents < k.filled - k.nil || k.years > 0)) return;
    out[i] = { role: "target", source: "content" };
    years.push(i);
  });
  if (years.length < 2) return;
  const first = Math.min(...years.map((i) => Number(/(?:19|20)\d{2}/.exec(columns[i].headerText)?.[0])));
  columns.forEach((c, i) => {
    if (out[i].role !== "actual" || out[i].source !== "header" || i > years[0]) return;
    const named = (c.headerText.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []).map(Number);
    if (named.length === 1 && named[0] < first) out[i] = { role: "baseline", source: "content" };
  });
}

/**
 * With no task text anywhere, a column typed a deadline by its cells that is merged down over pairs
 * or groups of rows beside a deadline column dated on every row names what each group is (`October`,
 * `Christmas` over a `Close` and an `Open` row, each dated beside): the task; else -1.
 */
export function groupNames(columns: readonly ColumnEvidence[], typed: readonly TypedColumn[]): number {
  const dated = Math.max(0, ...columns.map((c, i) => (typed[i].role === "deadline" && c.content ? c.content.filled : 0)));
  return columns.findIndex((c, i) => {
    const k = c.content;
    if (!k || typed[i].role !== "deadline" || typed[i].source !== "content" || k.filled < MIN_FILLED) return false;
    return share(k, k.mergedDown) >= 0.5 && k.filled < dated;
  });
}

/**
 * A column headed as the deadline that labels rows rather than dating them, beside a column whose
 * cells are the dates: the day's number (`1`, `2` under `Дата` beside `26 июня`), or a label named
 * once for a group of rows (`Summer`, `Quarter 1` over the rows dated `Aug 17 - Aug 31`, `Oct. 14` …). The
 * dated column is each row's deadline; the labels would be read, and fail, as deadlines of their own.
 */
function labelsBesideDates(columns: readonly ColumnEvidence[], typed: readonly TypedColumn[], i: number): boolean {
  const own = columns[i].content;
  if (typed[i].role !== "deadline" || typed[i].source !== "header" || !own || own.filled < MIN_FILLED) return false;
  return [i - 1, i + 1].some((j) => {
    const next = columns[j]?.content;
    if (!next || next.filled < MIN_FILLED || share(next, next.deadline) < STRONG) return false;
    // The neighbour must be free to be the deadline: headed so, or headed as nothing.
    if (typed[j].role !== "deadline" && !(typed[j].role === "unknown" && typed[j].source === "header" && !columns[j].noRole)) return false;
    const undated = share(own, own.deadline) < WEAK;
    // Month names over their rows' dates (`Wrzesień` over `1.09.2025`) stay the deadline; a group
    // label that is no period at all (`Summer`) shows the column labels rather than dates.
    const grouping = own.filled * GROUPING <= next.filled && own.deadline < own.filled;
    return undated || grouping;
  });
}

/**
 * A column headed as a result whose cells are merged down over groups of rows (most of them),
 * filled on at most half the rows of the indicator column right of it.
 */
function isAimOverGroup(columns: readonly ColumnEvidence[], typed: readonly TypedColumn[], i: number): boolean {
  const k = columns[i].content;
  const next = columns[i + 1]?.content;
  if (!k || !next || typed[i].source !== "header" || typed[i].role !== "result" || typed[i + 1].role !== "indicator") return false;
  return k.filled >= MIN_FILLED && share(k, k.mergedDown) >= 0.5 && k.filled * 2 <= next.filled;
}

/** A column headed with how often (`Периодичность`) whose cells read as terms (`щомісяця`, `1 раз на квартал`). */
function isRecurrenceColumn(c: ColumnEvidence, typed: TypedColumn): boolean {
  const k = c.content;
  if (typed.source === "user" || !(typed.role === "monitoring" || typed.role === "unknown") || !k || k.filled < MIN_FILLED) return false;
  return isPeriodicityHeading(c.headerText) && share(k, k.deadline) >= STRONG;
}

/** A column of numbers and shares (`85`, `12,5`, `100%`), a dash where there is none. */
function isValueColumn(k: ColumnContent): boolean {
  const valued = k.filled - k.nil;
  return valued >= MIN_FILLED && (k.numbering + k.amount + k.percents) / valued >= STRONG && k.years < valued / 2;
}

/** A column whose rows are rated red, amber or green (a dash or `N/A` where none is given). */
function isRatingColumn(k: ColumnContent): boolean {
  return k.filled >= MIN_FILLED && k.ratings >= MIN_FILLED && k.ratings / Math.max(1, k.filled - k.nil) >= RATINGS;
}

/** A column whose cells mostly name classes, year groups, pupils or parents: the participants. */
function isAudienceColumn(k: ColumnContent): boolean {
  return k.filled >= 3 && share(k, k.audience) >= AUDIENCES;
}

/** The role most of a column's cells name with a label of their own (`срок:`, `отг.`). */
function mostLabelled(k: ColumnContent): { role: Role; count: number } | null {
  let best: { role: Role; count: number } | null = null;
  for (const [role, count] of Object.entries(k.labelled) as [Role, number][]) if (!best || count > best.count) best = { role, count };
  return best;
}

function fromHeaderAndContent(header: Role, content: ColumnContent | null): TypedColumn {
  // Dates under a heading that names money, sources or remarks (`Resources 8am` over meeting dates).
  if (content && content.filled >= MIN_FILLED && DATES_OVERRIDE.has(header) && share(content, content.deadline) >= STRONG) {
    return { role: "deadline", source: "content" };
  }
  // `Вид дейност` merged over the number and the task text: the half holding only task numbers numbers the tasks.
  if (header === "activity" && content && content.filled >= MIN_FILLED && share(content, content.numbering) >= STRONG) {
    return { role: "number", source: "content" };
  }
  // `Час`, `Година`, `Time` over `09:00`, `14:30`: the hour of an event, not its deadline; over
  // `45 минут`, `2 godz.`: how long it lasts.
  if (header === "deadline" && content && content.filled >= MIN_FILLED && share(content, content.times + content.durations) >= TIMES) {
    return { role: "unknown", source: "content" };
  }
  // `Status` over `red`, `amber`, `green`: a rating given as the plan is reviewed.
  if ((header === "actual" || header === "notes") && content && isRatingColumn(content)) return { role: "monitoring", source: "content" };
  // `Шифр`, `Code` misread, or a body's heading over references (`A1.2`, `КПМ-1`): codes name no one.
  if (header === "responsible" && content && content.filled >= MIN_FILLED && share(content, content.codes) >= STRONG) return { role: "unknown", source: "content" };
  // `Who?` over `Year 11`, `All Staff`, `Student Council`: whom each event concerns, not who carries it out.
  if (header === "responsible" && content && isAudienceColumn(content)) return { role: "unknown", source: "content" };
  if (content && content.filled >= 3) {
    const deadlines = share(content, content.deadline);
    const people = share(content, content.people);
    // A heading and its content that disagree: the content decides when most cells read one way and
    // almost none the heading's (`Відповідальні` over `вересень`, `Протягом року`; `Срок` over `Директор`).
    // Cells in capitals name people only when their words do (`1 (СУББОТА)` under `Дата` is a day).
    const peopleInWords = share(content, content.people - (content.shoutedPeople ?? 0));
    if (header === "deadline" && deadlines < WEAK && peopleInWords >= PEOPLE) return { role: "responsible", source: "content" };
    if (header === "responsible" && people < WEAK && deadlines >= DEADLINES) return { role: "deadline", source: "content" };

  }
  return { role: header, source: "header" };
}

/**
 * The unknown column holding the longest free text, when it clearly does; else -1. A column whose
 * cells are mostly merged down over several rows names groups of rows (`Редовни сесии` over the
 * first and second session) beside a column filled on more rows: it is no task text; nor is a
 * column of term names (`Autumn Term 1`, `I семестър`).
 */
function longestText(columns: readonly ColumnEvidence[], typed: readonly TypedColumn[]): number {
  let best = -1;
  let bestLetters = 0;
  let second = 0;
  const candidate = (i: number): boolean => {
    const k = columns[i].content;
    if (!k || k.filled < MIN_FILLED || typed[i].source === "user" || columns[i].noRole || isAudienceColumn(k)) return false;
    // Terms down the first column of a grid of dates (`Autumn Term 1 | 7th September 2022 | …`) label the rows, naming no task.
    if (share(k, k.terms) >= TERMS) return false;
    if (typed[i].role !== "unknown" && !(typed[i].role === "notes" || typed[i].role === "method")) return false;
    return share(k, k.numbering + k.deadline + k.amount + k.people) < 0.5;
  };
  const mostFilled = Math.max(0, ...columns.map((c, i) => (candidate(i) ? c.content!.filled : 0)));
  columns.forEach((c, i) => {
    const k = c.content;
    if (!k || !candidate(i)) return;
    if (share(k, k.mergedDown) >= 0.5 && k.filled < mostFilled) return;
    if (k.letters > bestLetters) {
      second = bestLetters;
      bestLetters = k.letters;
      best = i;
    } else if (k.letters > second) second = k.letters;
  });
  if (best < 0 || bestLetters < TASK_LETTERS) return -1;
  // A `notes` or `method` heading stands unless its column clearly is the task text.
  if (typed[best].role !== "unknown" && bestLetters < 2 * TASK_LETTERS) return -1;
  return bestLetters >= TASK_MARGIN * second ? best : -1;
}
