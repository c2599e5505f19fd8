import { parseMeasure, parseNumber } from "./measure";
import { parseYesNo } from "./yes-no";
import { isMathError, type Polarity } from "./math";

/**
 * Thresholds written in a scorecard's own columns, per indicator, in the indicator's units:
 * `Зелено при | Червено под` with `96%` and `93%`, `Green | Amber | Red` with `≥ 95 %`,
 * `80–95 %` and `< 80 %`, one `Зелено/Жълто/Червено` column with `≥ 85% / 70–85% / < 70%`, or a
 * `Праг` (threshold, minimum) column with the target as the green line. They become the two lines
 * PLAN.UNITSTATUS takes: green at or beyond the green line, red beyond the red line, amber between.
 *
 * PlanCheck reads a line only where its meaning is sure, because a wrong traffic light is worse
 * than none: a green line must say "at or above" (or nothing, which means that), a red line must
 * say "under"/"below" (`< 80`, `под 80`, a heading `Червено под`) or stand in a threshold or
 * minimum column, where below it is red. `> 95` or `≤ 80` put the boundary on the other side of the
 * value than the traffic light does, so such a line is not read and the status comes from the score.
 */

/** Which line a column or a part of a cell gives. */
export type Line = "green" | "red";

/** A comparison written before a value: `≥`, `>`, `≤`, `<`, or their words. */
type Comparator = "ge" | "gt" | "le" | "lt";

/** Why an indicator's thresholds are written but not used. */
export type ThresholdUnread =
  /** A value is neither a number, a level nor a yes/no answer. */
  | "value"
  /** A comparison puts the boundary where the traffic light does not (`> 95`, `≤ 80`), or none says which side a red value is on. */
  | "comparator"
  /** The lines cross, or say "more is better" and "less is better" at once, or two cells give different values for one line. */
  | "crossed"
  /** Only a green line, or a red line without a green one and a target to stand in for it. */
  | "one-line"
  /** The row lists several indicators, and the threshold cell's lines do not match them. */
  | "unaligned";

export interface IndicatorThresholds {
  /** The row's threshold cells as written, green columns then red ones (null when all are blank). */
  green: string | null;
  red: string | null;
  /** The two lines in the indicator's units, when PlanCheck is sure of both; null otherwise. */
  lines: { green: number; red: number } | null;
  /** Which way the lines say the indicator improves (green above red: higher); null without lines. */
  polarity: Polarity | null;
  /** True when the table gives a red line only and the target is the green line. */
  greenFromTarget: boolean;
  /** Why the lines are null although something is written; null when read or nothing is written. */
  unread: ThresholdUnread | null;
}

/** A threshold column: its heading and the line its role gives. */
export interface ThresholdColumn {
  header: string;
  line: Line;
}

// ---------------------------------------------------------------------------------------------
// Words, per language, as data. Compared in lower case, whole words.

const COLOURS: Record<Line | "amber", string[]> = {
  green: ["зелено", "зелен", "зелена", "зелени", "green", "zielony", "zielone", "zielona", "зеленый", "зелёный", "зеленая", "зелёная", "зелений", "зелена"],
  amber: ["жълто", "жълт", "жълта", "amber", "yellow", "żółty", "żółte", "żółta", "желтый", "жёлтый", "желтая", "жёлтая", "жовтий", "жовта", "бурштиновий"],
  red: ["червено", "червен", "червена", "red", "czerwony", "czerwone", "czerwona", "красный", "красная", "червоний", "червона"],
};

/** Comparison words, longest first so `не по-малко от` wins over `от`. */
const COMPARATOR_WORDS: [string, Comparator][] = (
  [
    ["ge", ["at least", "not less than", "не по-малко от", "не по малко от", "поне", "co najmniej", "nie mniej niż", "не менее", "не меньше", "не менше", "щонайменше", "from", "at", "от", "при", "od", "przy", "від"]],
    ["gt", ["more than", "above", "over", "над", "повече от", "powyżej", "ponad", "więcej niż", "выше", "более", "больше", "свыше", "понад", "більше", "вище"]],
    ["le", ["at most", "up to", "not more than", "не повече от", "до", "najwyżej", "nie więcej niż", "не более", "не больше", "не більше", "do"]],
    ["lt", ["less than", "under", "below", "под", "по-малко от", "poniżej", "mniej niż", "ниже", "менее", "меньше", "нижче", "менше"]],
  ] as [Comparator, string[]][]
)
  .flatMap(([c, words]) => words.map((w) => [w, c] as [string, Comparator]))
  .sort((a, b) => b[0].length - a[0].length);

/** Headings of a minimum acceptable value: beyond it (below, or above when less is better) is red. */
const FLOOR_WORDS = ["праг", "threshold", "próg", "порог", "поріг", "minimum", "минимална", "минимално", "минимален", "minimalna", "minimalny", "минимальное", "минимально", "мінімальне", "мінімально"];

const SYMBOLS: [RegExp, Comparator][] = [
  [/^(?:≥|>=|⩾|=>)/u, "ge"],
  [/^(?:≤|<=|⩽|=<)/u, "le"],
  [/^>/u, "gt"],
  [/^</u, "lt"],
];

/** Lower case, one space between words, punctuation that is no comparison dropped. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[:()]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

function startsWithWord(text: string, word: string): boolean {
  return text === word || (text.startsWith(word) && /^[\s\d+\-−.,]/u.test(text.slice(word.length)));
}

/** A part of a threshold cell: which line it names, its comparison, and its value. */
interface Part {
  colour: Line | "amber" | null;
  comparator: Comparator | null;
  /** A range (`70–85%`, `от 70 до 85`) gives no line of its own. */
  range: boolean;
  value: number | null;
  /** The lowest and highest value of the scale a word value is on (no/yes 0–1, levels 1–3); null for numbers. */
  scale: { min: number; max: number } | null;
  /** The text after the colour and the comparison is not a value. */
  refused: boolean;
}

function readPart(raw: string): Part {
  let text = words(raw);
  let colour: Part["colour"] = null;
  for (const [c, list] of Object.entries(COLOURS) as [Part["colour"] & string, string[]][]) {
    const w = list.find((x) => startsWithWord(text, x));
    if (w) {
      colour = c;
      text = text.slice(w.length).trim();
      break;
    }
  }
  let comparator: Comparator | null = null;
  for (const [re, c] of SYMBOLS) {
    const m = re.exec(text);
    if (m) {
      comparator = c;
      text = text.slice(m[0].length).trim();
      break;
    }
  }
  if (comparator === null) {
    const hit = COMPARATOR_WORDS.find(([w]) => startsWithWord(text, w));
    if (hit) {
      comparator = hit[1];
      text = text.slice(hit[0].length).trim();
    }
  }
  const range = /\d\s*%?\s*(?:[–—-]|\.\.|до|do|to)\s*\d/u.test(text);
  const value = range ? null : valueOf(text);
  const scale = value === null || parseNumber(text) !== null || /^[+\-−]?\d/u.test(text) ? null : parseYesNo(text) !== null ? { min: 0, max: 1 } : { min: 1, max: 3 };
  return { colour, comparator, range, value, scale, refused: !range && value === null };
}

/** A value with its unit after it (`80 ученици`, `110 000 лв.`, `95 %`, `Висока`, `да`). */
function valueOf(text: string): number | null {
  const whole = parseMeasure(text);
  if (whole !== null && !isMathError(whole)) return whole;
  const m = /^([+\-−]?[\d][\d \u00a0\u202f'.,]*%?)\s*\p{L}[\p{L}.\s/]*$/u.exec(text);
  return m ? parseNumber(m[1].trim()) : null;
}

/** Words of a target in a heading that lists the lines (`Целево/минимално`): the green line. */
const TARGET_WORDS = ["целево", "целева", "target", "docelowa", "docelowy", "целевое", "целевой", "цільове", "цільовий"];

/**
 * The lines a heading names, in its order: `Зелено/Жълто/Червено` -> green, amber, red;
 * `Целево/минимално` -> the target as the green line, then a minimum (below it is red).
 */
function headingColours(header: string): { line: Line | "amber"; floor: boolean }[] {
  const out: { line: Line | "amber"; floor: boolean }[] = [];
  for (const w of words(header).split(/[\s/|;,–-]+/u)) {
    for (const [c, list] of Object.entries(COLOURS) as [Line | "amber", string[]][]) if (list.includes(w)) out.push({ line: c, floor: false });
    if (TARGET_WORDS.includes(w)) out.push({ line: "green", floor: false });
    if (FLOOR_WORDS.includes(w)) out.push({ line: "red", floor: true });
  }
  return out;
}

/** The comparison a heading gives its cells (`Червено под` -> below), and whether it is a minimum. */
function headingComparator(header: string): { comparator: Comparator | null; floor: boolean } {
  const text = ` ${words(header).replace(/[/|]/gu, " ")} `;
  const hit = COMPARATOR_WORDS.find(([w]) => w.length > 2 && text.includes(` ${w} `));
  const floor = FLOOR_WORDS.some((w) => text.includes(` ${w}`));
  return { comparator: hit ? hit[1] : null, floor };
}

/** One line as read from a cell: its value, its comparison (null: none written), and whether it is a minimum. */
interface Candidate {
  line: Line;
  value: number;
  scale: Part["scale"];
  comparator: Comparator | null;
  floor: boolean;
}

/** The lines one cell of a threshold column gives, or why it gives none it can be sure of. */
function cellCandidates(text: string, column: ThresholdColumn): Candidate[] | ThresholdUnread {
  const pieces = text
    .split(/\r?\n|\/|;|\|/u)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const heading = headingComparator(column.header);
  const order = headingColours(column.header);
  const parts = pieces.map(readPart);
  const out: Candidate[] = [];
  for (const [i, part] of parts.entries()) {
    // The colour a part names, else its place under a heading naming the colours in order, else the column's.
    const placed = parts.length > 1 && order.length === parts.length ? order[i] : null;
    const colour = part.colour ?? (parts.length > 1 ? (placed?.line ?? null) : column.line);
    if (colour === null) return "comparator";
    if (colour === "amber" || part.range) continue;
    if (part.refused || part.value === null) return "value";
    const own = part.comparator ?? (parts.length === 1 ? heading.comparator : null);
    const floor = part.colour === null && (parts.length === 1 ? heading.floor : placed?.floor === true);
    out.push({ line: colour, value: part.value, scale: part.scale, comparator: own, floor });
  }
  return out;
}

/**
 * An indicator's thresholds from the texts of its row's threshold cells. `target` is the indicator's
 * target as read (null when blank or not a number), the green line when only a red one is written.
 */
export function readThresholds(cells: { column: ThresholdColumn; text: string }[], target: number | null): IndicatorThresholds {
  const written = cells.filter((c) => c.text.trim() !== "");
  const join = (line: Line) => written.filter((c) => c.column.line === line).map((c) => c.text.trim()).join("\n") || null;
  const base: IndicatorThresholds = { green: join("green"), red: join("red"), lines: null, polarity: null, greenFromTarget: false, unread: null };
  if (written.length === 0) return base;
  const unread = (why: ThresholdUnread): IndicatorThresholds => ({ ...base, unread: why });

  const candidates: Candidate[] = [];
  for (const c of written) {
    const read = cellCandidates(c.text, c.column);
    if (typeof read === "string") return unread(read);
    candidates.push(...read);
  }
  const pick = (line: Line): Candidate | null | "crossed" => {
    const list = candidates.filter((c) => c.line === line);
    if (list.length === 0) return null;
    return list.every((c) => c.value === list[0].value && c.comparator === list[0].comparator) ? list[0] : "crossed";
  };
  const green = pick("green");
  const red = pick("red");
  if (green === "crossed" || red === "crossed") return unread("crossed");
  if (red === null) return unread(green === null ? "value" : "one-line");
  let greenLine: Candidate;
  let fromTarget = false;
  if (green === null) {
    if (target === null) return unread("one-line");
    greenLine = { line: "green", value: target, scale: null, comparator: null, floor: false };
    fromTarget = true;
  } else greenLine = green;

  // Which way the indicator improves: said by a comparison, else by the lines' order.
  const says = new Set<Polarity>();
  if (greenLine.comparator === "ge" || greenLine.comparator === "gt") says.add("higher");
  if (greenLine.comparator === "le" || greenLine.comparator === "lt") says.add("lower");
  if (red.comparator === "lt" || red.comparator === "le") says.add("higher");
  if (red.comparator === "gt" || red.comparator === "ge") says.add("lower");
  if (says.size > 1) return unread("crossed");
  const polarity: Polarity | null = says.size === 1 ? [...says][0] : greenLine.value > red.value ? "higher" : greenLine.value < red.value ? "lower" : null;
  if (polarity === null) return unread("comparator");
  if (polarity === "higher" ? greenLine.value < red.value : greenLine.value > red.value) return unread("crossed");

  // The boundary must fall where the traffic light puts it: green at the line, red only beyond it.
  const greenAt = polarity === "higher" ? "ge" : "le";
  const redBeyond = polarity === "higher" ? "lt" : "gt";
  if (greenLine.comparator !== null && greenLine.comparator !== greenAt) return unread("comparator");
  if (red.comparator === null ? !red.floor : red.comparator !== redBeyond) return unread("comparator");
  // `Червено под не`: nothing is below the bottom of a yes/no or level scale, so the official means
  // "red at no", a boundary on the other side of the value.
  if (red.scale && red.value === (polarity === "higher" ? red.scale.min : red.scale.max)) return unread("comparator");
  return { ...base, lines: { green: greenLine.value, red: red.value }, polarity, greenFromTarget: fromTarget };
}
