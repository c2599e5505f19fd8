import { headerKey } from "../detect/header-text";
import { isColumnNumbering, type HeaderScanner, type HeaderLayout } from "../detect/header-rows";
import type { Role } from "../roles";
import { opensWithNumber } from "../numbering";
import { isMonthHeading } from "./sections";

const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;

/** Two header cells naming each its month or its period (`Вересень`, `Жовтень`; `Autumn 2023`, `Spring 2024`). */
function namesPeriod(a: string, b: string): boolean {
  return (isMonthHeading(a) && isMonthHeading(b)) || (YEAR.test(a) && YEAR.test(b) && a.length <= SHORT_LABEL && b.length <= SHORT_LABEL);
}

/** A cell this short, without digits, may head a column in a header re-typed in other words. */
const SHORT_LABEL = 40;

/** Words a header cell and its repetition for another group open with alike, at least. */
const SHARED_OPENING = 3;

/** Two header cells opening with the same words and differing after them (the group they name). */
export function sameOpening(a: string, b: string): boolean {
  const x = headerKey(a).split(" ");
  const y = headerKey(b).split(" ");
  if (x.length <= SHARED_OPENING || y.length <= SHARED_OPENING) return false;
  for (let i = 0; i < SHARED_OPENING; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** A header row reduced for comparison: its cells' columns and words. */
interface HeaderRowKey {
  cols: number[];
  keys: string[];
  texts: string[];
}

/**
 * Header rows repeated inside a table, as Word repeats them on every page (the Russian roadmap
 * repeats `№ п/п | Наименование мероприятия | ...` after its first task). Such a row is dropped.
 */
export class RepeatedHeader {
  private readonly headerRows: HeaderRowKey[] = [];
  private readonly roles: Set<Role>;
  /** The column whose header cell names a section (`Autumn Term`, then `Spring Term`), or -1. */
  private readonly sectionCol: number;

  constructor(
    private readonly scanner: HeaderScanner,
    layout: HeaderLayout,
    headerRoles: Role[],
  ) {
    this.sectionCol = layout.namesSection ?? -1;
    for (const r of layout.rows) {
      if (r === layout.columnNumbers) continue;
      const { cols, texts } = scanner.rows.cells(r);
      this.headerRows.push({ cols, keys: texts.map(headerKey), texts });
    }
    this.roles = new Set(headerRoles.filter((r) => r !== "unknown"));
  }

  /**
   * True when a row repeats a header row word for word, is a column-numbering row, or is a header
   * naming only roles this table's header names (the same header shifted or re-typed).
   */
  repeats(row: number): boolean {
    return this.repetition(row) !== null;
  }

  /**
   * How a row repeats the header: `same` word for word (or a column-numbering row), `retyped` as a
   * header naming only the header's roles in other words; null when it does not repeat it.
   */
  repetition(row: number): "same" | "retyped" | "widened" | null {
    let retyped = false;
    for (const h of this.headerRows) {
      const likeness = this.likeness(h, row);
      if (likeness === "same") return "same";
      if (likeness === "retyped") retyped = true;
    }
    if (retyped) return "retyped";
    if (this.widens(row)) return "widened";
    const rows = this.scanner.rows;
    if (isColumnNumbering(rows, row)) return "same";
    if (!this.scanner.isHeader(row)) return null;
    let shared = 0;
    for (const r of this.scanner.rolesOf(row)) {
      if (!this.roles.has(r)) return null;
      shared++;
    }
    return shared >= 0.6 * this.roles.size ? "retyped" : null;
  }

  /**
   * A row saying word for word what the header says in the same columns, with short labels in
   * further columns beside (the next class's block with a third subject, `Околен свят`): the header
   * of a second table with a column more.
   */
  widens(row: number): boolean {
    const last = this.headerRows[this.headerRows.length - 1];
    if (!last || last.cols.length < 2) return false;
    const { cols, texts, values } = this.scanner.rows.cells(row);
    if (cols.length <= last.cols.length || opensWithNumber(values[0])) return false;
    let matched = 0;
    for (let i = 0; i < cols.length; i++) {
      const at = last.cols.indexOf(cols[i]);
      if (at >= 0) {
        if (headerKey(texts[i]) !== last.keys[at]) return false;
        matched++;
      } else if (typeof values[i] !== "string" || texts[i].length > SHORT_LABEL || DIGIT.test(texts[i])) return false;
    }
    return matched === last.cols.length;
  }

  /**
   * A row over the same columns as a header row: `same` when every cell says the same words (a
   * month or a period named in a cell may change: `Вересень | Зміст роботи | …`, then `Жовтень | …`;
   * `Autumn 2023 | Date`, then `Spring 2024 | Date`), `retyped`
   * when most do and the others are short labels too (`Олимпиада | клас | …`, then `Национално
   * състезание | клас | …`); else null.
   */
  private likeness(header: HeaderRowKey, row: number): "same" | "retyped" | null {
    const { cols, texts, values } = this.scanner.rows.cells(row);
    // A numbered first cell opens a task, unless the header names its section there (`1.B Empathy | Baseline | …`).
    if (cols.length !== header.cols.length || (opensWithNumber(values[0]) && cols[0] !== this.sectionCol)) return null;
    for (let i = 0; i < cols.length; i++) if (cols[i] !== header.cols[i]) return null;
    let equal = 0;
    let labels = 0;
    let kin = 0;
    for (let i = 0; i < cols.length; i++) {
      const section = cols[i] === this.sectionCol && typeof values[i] === "string" && texts[i].length <= SHORT_LABEL;
      if (section || headerKey(texts[i]) === header.keys[i] || namesPeriod(texts[i], header.texts[i])) equal++;
      else if (typeof values[i] === "string" && texts[i].length <= SHORT_LABEL && !DIGIT.test(texts[i])) {
        labels++;
        if (sameOpening(texts[i], header.texts[i])) kin++;
      }
    }
    if (equal === cols.length) return "same";
    if (cols.length >= 3 && equal * 2 > cols.length && equal + labels === cols.length) return "retyped";
    // The header written again for the next group in the same words, only the group changed
    // (`Изпитни сесии за учениците в IX, X, XI клас | Период`, then `… в XII клас | Период`): the
    // same table's header over the group's rows, as a month's name changes in a header repeated.
    return equal >= 1 && kin >= 1 && equal + kin === cols.length ? "same" : null;
  }
}

/** A digit in a label (a pattern written inside the methods would be a new object for every row they read). */
const DIGIT = /\d/;
