import type { PlanPeriod } from "../engine/deadline/types";
import { rangeAddress } from "../engine/grid";
import type { PlanTable } from "../engine/plan";
import type { Translator } from "../i18n";
import { levelColumns } from "./registry-content";
import { listSource } from "./registry-sheet";

/**
 * Native data validation on a typed table's data rows (page "Add data validation to Excel
 * ranges"): lists from the registry sheet for unit and level columns, a date rule within the
 * plan period where the deadline column holds real dates, and input messages on deadline and
 * responsible columns explaining what they accept. Every alert is a warning, never a stop: an
 * official may keep a value PlanCheck does not know yet.
 */

export type ValidationKind = "unit-list" | "level-list" | "deadline" | "responsible";

export interface ValidationPlan {
  /** 0-based sheet column. */
  column: number;
  kind: ValidationKind;
  /** A1 range of the column's data rows. */
  range: string;
}

/** The table's box in 0-based sheet coordinates: header row on top. */
export interface TableBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function planValidation(table: PlanTable, box: TableBox): ValidationPlan[] {
  if (box.bottom <= box.top) return [];
  const levels = new Set(levelColumns(table));
  const out: ValidationPlan[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const role = table.columns.find((col) => col.index === c)?.role;
    const range = rangeAddress(box.top + 1, c, box.bottom, c);
    if (role === "unit") out.push({ column: c, kind: "unit-list", range });
    else if (levels.has(c) && role !== "number") out.push({ column: c, kind: "level-list", range });
    else if (role === "deadline") out.push({ column: c, kind: "deadline", range });
    else if (role === "responsible" || role === "partners") out.push({ column: c, kind: "responsible", range });
  }
  return out;
}

/** Deadline cells that are all real dates (as the snapshot gives date cells) can take a date rule. */
function allDates(table: PlanTable): boolean {
  const col = table.columns.find((c) => c.role === "deadline");
  if (!col) return false;
  const texts = table.rows.map((r) => r.cells[col.key] ?? "").filter((x) => x.trim() !== "");
  return texts.length > 0 && texts.every((x) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(x.trim()));
}

export function queueValidation(
  ws: Excel.Worksheet,
  plan: ValidationPlan,
  table: PlanTable,
  period: PlanPeriod | null,
  names: { units: string; levels: string },
  t: Translator,
): void {
  const dv = ws.getRange(plan.range).dataValidation;
  switch (plan.kind) {
    case "unit-list":
    case "level-list": {
      const kind = plan.kind === "unit-list" ? "unit" : "level";
      dv.rule = { list: { inCellDropDown: true, source: listSource(plan.kind === "unit-list" ? names.units : names.levels) } };
      dv.errorAlert = { showAlert: true, style: "Warning", title: t.t(`excel.alert.${kind}.title`), message: t.t(`excel.alert.${kind}.message`) };
      return;
    }
    case "deadline": {
      if (period && allDates(table)) {
        dv.rule = { date: { operator: "Between", formula1: period.start, formula2: period.end } };
        dv.errorAlert = {
          showAlert: true,
          style: "Warning",
          title: t.t("excel.alert.deadline.title"),
          message: t.t("excel.alert.deadline.message", { period: period.label }),
        };
      }
      dv.prompt = { showPrompt: true, title: t.t("excel.prompt.deadline.title"), message: t.t("excel.prompt.deadline.message") };
      return;
    }
    case "responsible":
      dv.prompt = { showPrompt: true, title: t.t("excel.prompt.responsible.title"), message: t.t("excel.prompt.responsible.message") };
      return;
  }
}

