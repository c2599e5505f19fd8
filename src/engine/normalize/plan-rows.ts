import type { SheetRows } from "../detect/sheet-rows";
import type { PlanColumn, PlanRow, PlanSection } from "../plan";
import type { Body } from "./body";
import { joinLines } from "./continuation";
import { NumberingTree } from "./numbering-tree";

/** What a table's body becomes: typed rows, the sections over them, and the dropped header rows. */
export interface NormalisedBody {
  rows: PlanRow[];
  sections: PlanSection[];
  repeatedHeaderRows: number[];
}

/**
 * Turns the classified body rows into plan rows: continuation lines join the task above, section
 * titles split over two rows are joined with a space, and numbering gets its level in the tree.
 * Sheet rows in the result are 1-based, as Excel shows them.
 */
export function normaliseBody(sheet: SheetRows, body: Body, columns: PlanColumn[], bodyTop: number): NormalisedBody {
  const sections: PlanSection[] = [];
  const repeatedHeaderRows: number[] = [];
  const rows: PlanRow[] = [];
  const tree = new NumberingTree();
  // Numbers repeat in every section (`1.`, `1.1.`): rows numbered alike share one path, never changed.
  const paths = new Map<string, number[]>();
  const pathOf = (path: number[]): number[] => {
    const key = path.join(".");
    const seen = paths.get(key);
    if (seen) return seen;
    paths.set(key, path);
    return path;
  };
  let current: PlanRow | null = null;
  const close = (): void => {
    if (!current) return;
    const { cells, refs } = joinLines(sheet, current.sourceRows, columns, bodyTop);
    current.cells = cells;
    current.refs = refs;
    for (let i = 0; i < current.sourceRows.length; i++) current.sourceRows[i]++;
    current = null;
  };
  for (const item of body.rows) {
    switch (item.kind) {
      case "section":
        close();
        sections.push({ row: item.row + 1, title: item.text });
        tree.restart();
        break;
      case "sectionContinuation":
        sections[sections.length - 1].title += " " + item.text;
        break;
      case "repeatedHeader":
        repeatedHeaderRows.push(item.row + 1);
        break;
      case "continuation":
        // Sheet rows stay 0-based until the row is closed.
        current?.sourceRows.push(item.row);
        break;
      case "task": {
        close();
        const n = item.numbering;
        current = {
          row: item.row + 1,
          sourceRows: [item.row],
          // A title's second line comes right after its first, before any task: the title is whole here.
          section: sections.length > 0 ? sections[sections.length - 1].title : null,
          number: n ? n.text : null,
          numberPath: n ? pathOf(n.path) : null,
          level: tree.levelOf(n),
          cells: {},
          refs: {},
        };
        rows.push(current);
        break;
      }
    }
  }
  close();
  return { rows, sections, repeatedHeaderRows };
}
