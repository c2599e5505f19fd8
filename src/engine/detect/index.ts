import { rangeAddress, type SheetGrid } from "../grid";
import type { PlanTable } from "../plan";
import type { Role } from "../roles";
import { readBody } from "../normalize/body";
import { normaliseBody } from "../normalize/plan-rows";
import { RepeatedHeader } from "../normalize/repeated-header";
import { columnHeads, headRoles, planColumns, readRoleOverrides } from "./columns";
import { HeaderScanner, type HeaderLayout } from "./header-rows";
import { ROLE_MATCHER } from "./role-matcher";
import { SheetRows } from "./sheet-rows";

export { roleOfHeader } from "./role-matcher";

export interface DetectOptions {
  /** Roles the user corrected, by column letter (`{ E: "financing" }`); they win over the header. */
  roles?: Record<string, Role>;
}

/**
 * The plan tables on a sheet, in sheet order. A table starts at a header row naming at least
 * three roles in any of PlanCheck's languages; rows above it (title, glossary, a passport table
 * without such a header) are its preamble. A sheet without such a header has no plan table.
 * Throws a RangeError when `options.roles` names something that is not a column or a role.
 */
export function detectPlanTables(grid: SheetGrid, options: DetectOptions = {}): PlanTable[] {
  const overrides = readRoleOverrides(options.roles);
  const sheet = new SheetRows(grid);
  const scanner = new HeaderScanner(sheet, ROLE_MATCHER);
  const tables: PlanTable[] = [];
  let floor = sheet.first;
  for (let r = sheet.first; r <= sheet.last; r++) {
    if (!scanner.isHeader(r)) continue;
    const layout = scanner.layout(r, floor);
    const table = readTable(sheet, scanner, layout, overrides, floor);
    tables.push(table.table);
    floor = table.end + 1;
    r = table.end;
  }
  return tables;
}

function readTable(
  sheet: SheetRows,
  scanner: HeaderScanner,
  layout: HeaderLayout,
  overrides: Map<number, Role>,
  floor: number,
): { table: PlanTable; end: number } {
  const headerBottom = layout.rows[layout.rows.length - 1];
  const bodyTop = headerBottom + 1;
  // Roles of the header's own columns come first: the number column decides what a split row is.
  const heads = columnHeads(sheet, layout, layout.left, layout.right);
  const plainRoles = headRoles(heads, scanner.matcher);
  const roles = heads.map((h, i) => overrides.get(h.index) ?? plainRoles[i]);
  const numberAt = roles.indexOf("number");
  const repeated = new RepeatedHeader(scanner, layout, plainRoles);
  const bodyLayout = { top: bodyTop, firstCol: layout.left, numberCol: numberAt >= 0 ? heads[numberAt].index : -1, joinSplitRows: true };
  let body = readBody(scanner, repeated, bodyLayout);
  // A number column mostly left empty says nothing about split rows: joining would glue tasks together.
  if (body.continuations > 0 && body.numbered * 2 < body.numbered + body.continuations) {
    body = readBody(scanner, repeated, { ...bodyLayout, joinSplitRows: false });
  }

  // Cells the body holds beside the header's columns become columns too (role unknown): never dropped.
  let left = layout.left;
  let right = layout.right;
  for (const item of body.rows) {
    const cols = sheet.cells(item.row).cols;
    if (cols.length === 0) continue;
    left = Math.min(left, cols[0]);
    right = Math.max(right, cols[cols.length - 1]);
  }
  const allHeads = left === layout.left && right === layout.right ? heads : columnHeads(sheet, layout, left, right);
  const allPlain = allHeads === heads ? plainRoles : headRoles(allHeads, scanner.matcher);
  const columns = planColumns(
    allHeads,
    allHeads.map((h, i) => overrides.get(h.index) ?? allPlain[i]),
  );

  const normalised = normaliseBody(sheet, body, columns, bodyTop);
  const end = body.lastRow >= 0 ? body.lastRow : headerBottom;
  const top = layout.rows[0];
  const preamble: PlanTable["preamble"] = [];
  for (let r = floor; r < top; r++) {
    const { texts } = sheet.cells(r);
    if (texts.length > 0) preamble.push({ row: r + 1, text: texts.join(" | ") });
  }
  return {
    table: {
      sheet: sheet.grid.sheet,
      range: rangeAddress(top, left, end, right),
      headerRows: layout.rows.map((r) => r + 1),
      columns,
      ...normalised,
      preamble,
    },
    end,
  };
}
