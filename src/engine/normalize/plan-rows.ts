import type { SheetRows } from "../detect/sheet-rows";
import type { PlanColumn, PlanNote, PlanRow, PlanSection } from "../plan";
import type { Body } from "./body";
import { joinLines } from "./continuation";
import { NumberingTree } from "./numbering-tree";
import { sameOpening } from "./repeated-header";
import { isPeriodHeading } from "./sections";

/** What a table's body becomes: typed rows, the sections over them, and the dropped header rows. */
export interface NormalisedBody {
  rows: PlanRow[];
  sections: PlanSection[];
  /** Notes between the rows; absent when there are none. */
  notes?: PlanNote[];
  repeatedHeaderRows: number[];
  /** Sheet rows (1-based) of the document's page marks pasted inside the table, left out of it. */
  pageMarkRows: number[];
}

/**
 * Turns the classified body rows into plan rows: continuation lines join the task above, section
 * titles split over two rows are joined with a space, and numbering gets its level in the tree.
 * A header repeated for each period with the period in its first cell (`Autumn 2023 | Date`, then
 * `Spring 2024 | Date`) heads the rows under it as a section heading does: the period is the
 * section their deadlines are read in. Sheet rows in the result are 1-based, as Excel shows them.
 */
export function normaliseBody(sheet: SheetRows, body: Body, columns: PlanColumn[], bodyTop: number, headerRows: readonly number[] = [], groupedCol = -1): NormalisedBody {
  const sections: PlanSection[] = [];
  const repeatedHeaderRows: number[] = [];
  const pageMarkRows: number[] = [];
  const notes: PlanNote[] = [];
  const rows: PlanRow[] = [];
  const tree = new NumberingTree();
  // Numbers repeat in every section (`1.`, `1.1.`): rows numbered alike share one path, never changed.
  const paths = new SharedPaths();
  // A repeated header naming another group in the header's words (`Изпитни сесии за учениците в
  // XII клас`, the header `… в IX, X, XI клас`) heads its group's rows as a period does.
  const groupOf = (row: number, other: number): string | null => {
    const a = sheet.cells(row);
    const b = sheet.cells(other);
    return a.cols[0] === b.cols[0] && a.texts[0] !== b.texts[0] && sameOpening(a.texts[0], b.texts[0]) ? a.texts[0] : null;
  };
  const repeatedRows = body.rows.flatMap((item) => (item.kind === "repeatedHeader" ? [item.row] : []));
  const periodOf = (row: number): string | null => {
    const first = sheet.cells(row).texts[0];
    if (first !== undefined && isPeriodHeading(first)) return first;
    for (const h of headerRows) if (h !== row && groupOf(row, h) !== null) return first;
    return null;
  };
  // The header's own period counts only where the repeated headers name theirs: then it is one of them.
  const repeatsPeriods = repeatedRows.some((r) => periodOf(r) !== null);
  let period: string | null = null;
  if (repeatsPeriods) for (const r of headerRows) period ??= periodOf(r) ?? (repeatedRows.some((x) => groupOf(r, x) !== null) ? sheet.cells(r).texts[0] : null);
  // The task being gathered: its sheet rows (0-based), in a list reused from task to task, and what
  // its first line says. The row is made once, whole, when its last line is met: a large
  // plan's rows are neither grown a line at a time nor given their cells after they are made.
  const lines: number[] = [];
  let section: string | null = null;
  let number: string | null = null;
  let numberPath: number[] | null = null;
  let level = 1;
  // A column written once for a group of rows (a month over its activities): its last cell, which
  // the rows under it that leave it empty are read with, as if it were merged down over them.
  const grouped = groupedCol >= 0 ? columns.find((c) => c.index === groupedCol) : undefined;
  let groupCell: { row: number; text: string } | null = null;
  const close = (): void => {
    if (lines.length === 0) return;
    const joined = joinLines(sheet, lines, columns, bodyTop);
    const cells = joined.cells;
    let refs = joined.refs;
    if (grouped) {
      const own = sheet.text(lines[0], groupedCol);
      if (own !== "") groupCell = { row: lines[0], text: own };
      else if (groupCell && cells[grouped.key] === undefined) {
        cells[grouped.key] = groupCell.text;
        refs = { ...refs, [grouped.key]: grouped.column + (groupCell.row + 1) };
      }
    }
    const row: PlanRow = {
      row: lines[0] + 1,
      sourceRows: lines.length === 1 ? [lines[0] + 1] : lines.map((r) => r + 1),
      section,
      number,
      numberPath,
      level,
      cells,
    };
    if (refs) row.refs = refs;
    rows.push(row);
    lines.length = 0;
  };
  // Indexed: a loop run once over a large plan's rows makes an iterator object a row until it is compiled.
  for (let i = 0; i < body.rows.length; i++) {
    const item = body.rows[i];
    switch (item.kind) {
      case "section":
        close();
        sections.push({ row: item.row + 1, title: item.text });
        period = null;
        groupCell = null;
        tree.restart();
        break;
      case "sectionContinuation":
        sections[sections.length - 1].title += " " + item.text;
        break;
      case "repeatedHeader":
        repeatedHeaderRows.push(item.row + 1);
        if (periodOf(item.row) !== null) {
          period = periodOf(item.row);
          tree.restart();
        }
        break;
      case "pageMark":
        pageMarkRows.push(item.row + 1);
        break;
      case "note":
        close();
        notes.push({ row: item.row + 1, text: item.text });
        break;
      case "continuation":
        if (lines.length > 0) lines.push(item.row);
        break;
      case "task": {
        close();
        const n = item.numbering;
        // A title's second line comes right after its first, before any task: the title is whole here.
        section = period ?? (sections.length > 0 ? sections[sections.length - 1].title : null);
        number = n ? n.text : null;
        numberPath = n ? paths.of(n.path) : null;
        level = tree.levelOf(n);
        lines.push(item.row);
        break;
      }
    }
  }
  close();
  return { rows, sections, ...(notes.length > 0 ? { notes } : {}), repeatedHeaderRows, pageMarkRows };
}

/** One node of the numbers met so far: the path that ends here, and the numbers that follow it. */
interface PathNode {
  path: number[] | null;
  next: Map<number, PathNode> | null;
}

/**
 * The one array kept for each numbering path: found by walking the path's numbers, so a large
 * plan's rows make no key string each to find theirs.
 */
class SharedPaths {
  private readonly root: PathNode = { path: null, next: null };

  of(path: number[]): number[] {
    let node = this.root;
    for (const n of path) {
      node.next ??= new Map();
      let child = node.next.get(n);
      if (!child) {
        child = { path: null, next: null };
        node.next.set(n, child);
      }
      node = child;
    }
    node.path ??= path;
    return node.path;
  }
}
