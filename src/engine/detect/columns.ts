import { columnIndex, columnLetter } from "../grid";
import type { PlanColumn } from "../plan";
import { isRole, type Role } from "../roles";
import { bareHeading, headerKey, isYearWord } from "./header-text";
import { isSourceHeading } from "./vocabulary/source-headings";
import type { HeaderLayout } from "./header-rows";
import type { RoleMatcher } from "./role-matcher";
import type { SheetRows } from "./sheet-rows";
import type { TypedColumn } from "./content-roles";
import { share, type ColumnContent } from "./column-content";

/** A column's header as read from one or two header rows. */
export interface ColumnHead {
  /** 0-based sheet column. */
  index: number;
  /** Text shown for the column: `MONITOROWANIE / Wskaźnik` when the rows differ. */
  header: string;
  /** The most specific text (the lower row's, else the upper's); it decides the role. */
  roleText: string;
  /** The upper row's text over the column ("" without one): its role stands when the lower text names none (`2024` under `Budżet`). */
  upperText: string;
  /** True when the upper text heads a group of columns (merged across them, or followed by empty upper cells). */
  grouped: boolean;
}

/**
 * Header text of each column from `left` to `right`. An upper cell merged over several columns
 * heads each of them; without merges, an upper title followed by empty upper cells over filled
 * lower cells is read the same way. A lower cell merged into the upper one (or simply empty)
 * leaves the upper text alone.
 */
export function columnHeads(rows: SheetRows, layout: HeaderLayout, left: number, right: number): ColumnHead[] {
  const heads: ColumnHead[] = [];
  let group = "";
  for (let c = left; c <= right; c++) {
    const lower = layout.lower >= 0 && c >= layout.left && c <= layout.right ? ownText(rows, layout.lower, c) : "";
    let upper = "";
    let grouped = false;
    if (layout.upper >= 0 && c >= layout.left && c <= layout.right) {
      const m = rows.mergeAt(layout.upper, c);
      upper = rows.text(layout.upper, c) || (m && m.row <= layout.upper ? rows.text(m.row, m.col) : "");
      grouped = !!m && m.colCount > 1;
      if (upper !== "") group = lower !== "" && !m ? upper : "";
      else if (lower !== "" && !m) {
        upper = group;
        grouped = group !== "";
      } else group = "";
    }
    const inHeader = c >= layout.left && c <= layout.right;
    // The levels between (`усього` / `обласний бюджет` under `Обсяг фінансування`), top to bottom.
    const between = (layout.middle ?? []).map((r) => (inHeader ? ownText(rows, r, c) : ""));
    const levels: string[] = [];
    for (const t of [upper, ...between, lower]) if (t !== "" && t !== levels[levels.length - 1]) levels.push(t);
    // A heading's words broken onto the lines below it (`Дата` / `проведення`) join the lowest one.
    for (const line of layout.lines ?? []) {
      const more = inHeader ? rows.text(line, c) : "";
      if (more === "") continue;
      if (levels.length > 0) levels[levels.length - 1] += " " + more;
      else levels.push(more);
    }
    let header = levels.length > 0 ? levels.reduce(joinHeader) : "";
    // A remark in brackets under the header is shown with the heading it starts under; its words type nothing.
    for (const note of layout.notes ?? []) {
      const more = inHeader ? rows.text(note, c) : "";
      if (more !== "") header = header === "" ? more : `${header} ${more}`;
    }
    // The most specific text decides the role; the top one stands where it names none.
    if (layout.caption || c === layout.namesSection) heads.push({ index: c, header, roleText: "", upperText: "", grouped: false });
    else heads.push({ index: c, header, roleText: levels[levels.length - 1] ?? "", upperText: levels.length > 1 ? levels[0] : "", grouped: grouped && levels.length > 1 });
  }
  return heads;
}

/**
 * Text of a lower header cell: its own, else that of a merge across the row; a cell covered by a
 * merge coming down from the row above holds none (the upper text heads the column).
 */
function ownText(rows: SheetRows, row: number, col: number): string {
  const own = rows.text(row, col);
  if (own !== "") return own;
  const m = rows.mergeAt(row, col);
  return m && m.row === row ? rows.text(m.row, m.col) : "";
}

/**
 * A header pasted one column left of its body, as a web page's or a PDF's table often comes out
 * (`Дата` over the task numbers, `Мероприятия` over the weekdays, the last heading cell empty over
 * the responsible people): each heading belongs to the column on its right. Decided only where the
 * cells say so: every heading but the last is filled and the last is empty over a column the rows
 * fill; as pasted, two headings or more name what their cells are not (a date over numbers, the task
 * over short words), and moved one column right, every heading that names a number, a date or the
 * task stands over such cells, two of them at least.
 */
export function headerShiftedLeft(allHeads: readonly ColumnHead[], allRoles: readonly Role[], allShifted: readonly Role[], allContents: readonly (ColumnContent | null)[]): boolean {
  // A spacer column (no heading, no cells, as a Word table pasted with one has) takes no part.
  const part = allHeads.map((h, i) => !isSpacer(allHeads, i) || (allContents[i]?.filled ?? 0) > 0);
  const heads = allHeads.filter((_, i) => part[i]);
  const roles = allRoles.filter((_, i) => part[i]);
  const shiftedRoles = allShifted.filter((_, i) => part[i]);
  const contents = allContents.filter((_, i) => part[i]);
  const n = heads.length;
  if (n < 3 || heads[n - 1].header !== "" || heads.slice(0, n - 1).some((h) => h.roleText === "")) return false;
  const first = contents[0];
  const last = contents[n - 1];
  if (!first || !last || last.filled < MIN_SHIFT_ROWS || last.filled < first.filled * 0.8) return false;
  const longest = Math.max(...contents.map((k) => (k ? k.letters : 0)));
  // Whether a column's cells are what its heading names: null where the cells cannot tell.
  const agrees = (role: Role, k: ColumnContent | null): boolean | null => {
    if (!k || k.filled < MIN_SHIFT_ROWS) return null;
    if (role === "number") return share(k, k.numbering) >= 0.8;
    if (role === "deadline") return share(k, k.deadline) >= 0.6;
    if (role === "activity") return k.letters === longest;
    return null;
  };
  let against = 0;
  for (let i = 0; i < n; i++) if (agrees(roles[i], contents[i]) === false) against++;
  let agreeing = 0;
  for (let i = 1; i < n; i++) {
    const a = agrees(shiftedRoles[i], contents[i]);
    if (a === false) return false;
    if (a) agreeing++;
  }
  return against >= 2 && agreeing >= 2;
}

/** Rows a column must fill before its cells say its heading was pasted beside it. */
const MIN_SHIFT_ROWS = 3;

/** A column without a heading before the last: a spacer, when its cells are empty too. */
function isSpacer(heads: readonly ColumnHead[], i: number): boolean {
  return i > 0 && i < heads.length - 1 && heads[i].header === "";
}

/**
 * The headings moved one column right: the first column left without one. A column without a
 * heading before the last (a spacer) is passed over: the heading before it moves past it.
 */
export function shiftHeadsRight(heads: readonly ColumnHead[]): ColumnHead[] {
  let before: ColumnHead | null = null;
  return heads.map((h, i) => {
    if (isSpacer(heads, i)) return h;
    const moved: ColumnHead = before === null ? { index: h.index, header: "", roleText: "", upperText: "", grouped: false } : { ...before, index: h.index };
    before = h;
    return moved;
  });
}

/**
 * Roles of the columns from their header texts. In a balanced scorecard header (one naming a
 * perspective and an indicator) scorecard readings apply: `ЗАДАЧИ` there is the Targets column.
 */
export function headRoles(heads: ColumnHead[], matcher: RoleMatcher): Role[] {
  const read = (head: ColumnHead, inScorecard: boolean): Role => {
    const m = inScorecard ? matcher.matchInScorecard(head.roleText) : matcher.match(head.roleText);
    if (m && m.role === "activity" && !m.atStart && head.grouped) {
      // `начало мероприятия` under `Срок реализации` merged over start and end: the task is only the
      // complement of the sub-heading's own word; the group heading names what the column holds.
      const u = inScorecard ? matcher.matchInScorecard(head.upperText) : matcher.match(head.upperText);
      if (u && u.role !== "activity" && u.atStart && u.coverage >= 0.5) return u.role;
    }
    if (m) return m.role;
    // `2024:`, `год¹`: the marks after a heading's words say nothing of what it is.
    const h = { ...head, roleText: bareHeading(head.roleText) };
    // A year or a number under a label (`2024` under `Budżet`, `2014 год` under `Значения показателя`)
    // is read by the label; so is a column under a group heading whose own heading names no role
    // (`Прием в XI клас` under `Срок` merged over both admission rounds).
    if (h.upperText === "" || !(h.grouped || YEARISH.test(h.roleText))) return "unknown";
    const u = inScorecard ? matcher.matchInScorecard(h.upperText) : matcher.match(h.upperText);
    if (!u) return "unknown";
    // `год` under `Базовое значение`: the year the value was measured in, not the value.
    if (isYearWord(h.roleText)) return VALUE_ROLES.has(u.role) ? "unknown" : u.coverage >= 0.5 ? u.role : "unknown";
    // `2015 год` under `Значение планового показателя по годам`: the indicator's value planned for that year.
    if (u.role === "indicator" && YEARISH.test(h.roleText)) return "target";
    return u.coverage >= 0.5 ? u.role : "unknown";
  };
  const plain: Role[] = heads.map((h) => read(h, false));
  const roles = plain.includes("perspective") && plain.includes("indicator") ? heads.map((h) => read(h, true)) : plain;
  return sourcesOfIndicators(heads, yearsOfIndicators(heads, roles));
}

/**
 * A heading naming only a source (`Źródło`, `Source`, `Источник`) in an indicator table with no
 * money in it: the source of the indicator's data, not of funds.
 */
function sourcesOfIndicators(heads: ColumnHead[], roles: Role[]): Role[] {
  if (!roles.includes("indicator") || roles.includes("budget") || roles.includes("activity")) return roles;
  return roles.map((role, i) => ((role === "financing" || role === "unknown") && heads[i].upperText === "" && isSourceHeading(heads[i].roleText) ? "monitoring" : role));
}

/** Roles whose column holds a value measured or planned for a year. */
const VALUE_ROLES: ReadonlySet<Role> = new Set<Role>(["baseline", "target", "actual"]);

/**
 * Years heading columns of their own in an indicator table with no money and no target column in
 * it (`Показатель | Ед. изм. | 2024 | 2025`, `Wskaźnik | 2024 r. | 2025 r.`): each year's column
 * holds the value planned for that year, its target. Where money is planned beside them the years
 * may be amounts; beside a target column of their own they are actuals by year; in a balanced
 * scorecard the scorecard reads them by period itself. There they stay.
 */
function yearsOfIndicators(heads: ColumnHead[], roles: Role[]): Role[] {
  if (!roles.includes("indicator") || ["budget", "financing", "target", "perspective"].some((r) => roles.includes(r as Role))) return roles;
  return roles.map((role, i) => (role === "unknown" && heads[i].upperText === "" && YEAR_COLUMN.test(bareHeading(heads[i].roleText)) ? "target" : role));
}

/** A heading that is one calendar, fiscal or school year (`2024`, `2025 г.`, `2024 r.`, `2024/2025`). */
const YEAR_COLUMN = /^(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)?\d{2}))?\s*(?:г\.?|год|года|р\.?|рік|rok|r\.?|year|година|г-на)?$/iu;

/** A lower header cell that is a year, a period of years or a column number. */
const YEARISH = /^(?:\d{1,4}(?:\s*[-–/]\s*\d{2,4})?\s*(?:г\.?|год|года|р\.?|рік|rok|r\.?|year|година|\p{L}{0,3}\.?)?)$/iu;

/** User corrections by column letter (`{ E: "financing" }`), checked and keyed by column index. */
export function readRoleOverrides(roles: Record<string, Role> | undefined): Map<number, Role> {
  const out = new Map<number, Role>();
  if (!roles) return out;
  for (const [letter, role] of Object.entries(roles)) {
    if (!/^[A-Za-z]{1,3}$/.test(letter)) throw new RangeError(`Role override: "${letter}" is not a column letter`);
    if (!isRole(role)) throw new RangeError(`Role override for column ${letter.toUpperCase()}: "${role}" is not a role`);
    out.set(columnIndex(letter), role);
  }
  return out;
}

/** Plan columns with their cell keys: the role, then `role_2`, `role_3` when a role repeats. */
export function planColumns(heads: ColumnHead[], typed: TypedColumn[]): PlanColumn[] {
  const seen = new Map<Role, number>();
  return heads.map((h, i) => {
    const { role, source } = typed[i];
    const n = (seen.get(role) ?? 0) + 1;
    seen.set(role, n);
    return { index: h.index, column: columnLetter(h.index), header: h.header, role, key: n === 1 ? role : `${role}_${n}`, source };
  });
}

/**
 * Two header rows' texts as one. The same heading written twice is said once, keeping the fuller
 * spelling (`2.` over `2`) so that every character the user wrote stays in the header.
 */
function joinHeader(upper: string, lower: string): string {
  if (headerKey(upper) !== headerKey(lower)) return `${upper} / ${lower}`;
  if (upper.includes(lower)) return upper;
  if (lower.includes(upper)) return lower;
  return `${upper} / ${lower}`;
}
