import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { cellAddress, columnLetter, rangeAddress, type CellValue } from "../engine/grid";
import type { WorkbookState } from "../memory-host";
import { isMarkFormula } from "../excel/marks-format";
import { cellKey, keyCol, keyRow, type Box, type SheetModel } from "../memory-host/state";
import { makePaneText } from "../taskpane/components/pane-text";
import type { Lang } from "../i18n";
import { calculateSheet, type Calculated, type SheetCalculation } from "./sheet-calculation";

/**
 * The active sheet of the in-memory workbook as a plain grid: values as text, formulas calculated
 * (PLAN.* by the custom functions' own code), fills, traffic lights and bold as the add-in wrote
 * them, merged cells spanned, and the selection outlined — what the user would see in Excel next to
 * the pane. It reads the host's workbook model directly (the pane never does).
 */

/** More rows than the preview's workbooks have; a bigger sheet is cut so the page stays quick. */
const MAX_ROWS_SHOWN = 2000;
const MAX_COLS_SHOWN = 60;

/** Column letters and row numbers look alike: grey, sticky, ruled like Excel's headings. */
const HEADING = {
  position: "sticky",
  backgroundColor: tokens.colorNeutralBackground3,
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  fontWeight: tokens.fontWeightRegular,
  color: tokens.colorNeutralForeground3,
  padding: "0 4px",
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nameBox: {
    minWidth: "6em",
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyMonospace,
  },
  scroller: { flex: "1 1 auto", overflow: "auto", minHeight: 0 },
  // Separate borders: Chromium paints sticky header cells of a collapsed-border table see-through.
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, tableLayout: "auto" },
  head: { ...HEADING, top: 0, zIndex: 1 },
  rowHead: { ...HEADING, left: 0, textAlign: "right" },
  // One line a cell, cut with an ellipsis as Excel shows unwrapped text; the whole text is its tooltip.
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minWidth: "3em",
    maxWidth: "16em",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingHorizontalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `2px ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
  },
  activeTab: { fontWeight: tokens.fontWeightSemibold, borderBottom: `3px solid ${tokens.colorBrandStroke1}` },
});

export interface SheetViewProps {
  workbook: WorkbookState;
  lang: Lang;
  /** Changes whenever the workbook may have changed (after each Excel.run), to redraw. */
  version: number;
  /** A click on a sheet tab: the user activates that sheet, as in Excel. */
  onActivate(sheetId: string): void;
  /** Cells selected with the mouse (press and drag, or shift-click), as in Excel. */
  onSelect?(sheetId: string, box: Box): void;
}

export function SheetView({ workbook, lang, version, onActivate, onSelect }: SheetViewProps) {
  const styles = useStyles();
  const model = workbook.model;
  const text = makePaneText(lang);
  const sheet = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
  const selection = model.selection && model.selection.sheetId === sheet?.id ? model.selection.box : null;
  const scroller = useRef<HTMLDivElement>(null);

  // Another sheet or workbook opens at its top-left corner, as Excel opens it.
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0, left: 0 });
  }, [sheet?.id, workbook]);

  // Bring the selected cell into view, as Excel scrolls to a selection made by an add-in. Only the
  // grid scrolls: the page around it (toolbar, pane) stays where it is.
  useEffect(() => {
    const box = scroller.current;
    if (!selection || !box) return;
    const el = box.querySelector<HTMLElement>(`[data-address="${cellAddress(selection.top, selection.left)}"]`);
    if (!el) return;
    const cell = el.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    const outside = cell.top < view.top || cell.bottom > view.bottom || cell.left < view.left || cell.right > view.right;
    if (outside) {
      box.scrollTo?.({
        top: box.scrollTop + cell.top - view.top - (view.height - cell.height) / 2,
        left: box.scrollLeft + Math.min(0, cell.left - view.left - 48) + Math.max(0, cell.right - view.right),
      });
    }
  }, [selection?.top, selection?.left, sheet?.id, version]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!sheet) return null;
  const selectedText = selection ? rangeAddress(selection.top, selection.left, selection.bottom, selection.right) : "";

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <span id="preview-name-box-label">{text.t("preview.selection")}</span>
        <output className={styles.nameBox} aria-labelledby="preview-name-box-label" data-testid="name-box">
          {selectedText || text.t("preview.selection-none")}
        </output>
      </div>
      <div className={styles.scroller} ref={scroller}>
        <Grid
          sheet={sheet}
          version={version}
          selection={selection}
          label={text.t("preview.grid", { sheet: sheet.name })}
          onSelect={onSelect ? (box) => onSelect(sheet.id, box) : undefined}
        />
      </div>
      <div className={styles.tabs} role="tablist" aria-label={text.t("preview.sheets")}>
        {model.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={s.id === sheet.id}
              className={mergeClasses(styles.tab, s.id === sheet.id && styles.activeTab)}
              onClick={() => onActivate(s.id)}
            >
              {s.name}
            </button>
          ))}
      </div>
    </div>
  );
}

function Grid({ sheet, version, selection, label, onSelect }: { sheet: SheetModel; version: number; selection: Box | null; label: string; onSelect?: (box: Box) => void }) {
  const styles = useStyles();
  // The model is changed in place by the pane's Excel.run; `version` says when to calculate again.
  const calculation = useMemo(() => calculateSheet(sheet), [sheet, version]); // eslint-disable-line react-hooks/exhaustive-deps
  // Where a drag started; null when no mouse button is held on the grid.
  const anchor = useRef<{ row: number; col: number } | null>(null);
  const select = (from: { row: number; col: number }, row: number, col: number) =>
    onSelect?.({ top: Math.min(from.row, row), left: Math.min(from.col, col), bottom: Math.max(from.row, row), right: Math.max(from.col, col) });
  const { rows, cols } = extent(sheet, selection);
  const spans = mergeSpans(sheet);
  const header = [];
  for (let c = 0; c < cols; c++) {
    header.push(
      <th key={c} scope="col" className={styles.head}>
        {columnLetter(c)}
      </th>,
    );
  }
  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let c = 0; c < cols; c++) {
      const span = spans.get(cellKey(r, c));
      if (span === null) continue; // covered by a merged area
      const key = cellKey(r, c);
      const fill = shownFill(sheet, calculation, r, c);
      const selected = selection !== null && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right;
      const address = cellAddress(r, c);
      const formula = sheet.formulas.get(key);
      const shown = display(sheet.rows[r]?.[c], formula, calculation.result(r, c), sheet.numberFormats.get(key));
      cells.push(
        <td
          key={c}
          className={mergeClasses(styles.cell, selected && styles.selected)}
          data-address={address}
          data-selected={selected ? "true" : undefined}
          data-fill={fill}
          aria-selected={selected}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          style={{ backgroundColor: fill, fontWeight: sheet.bold.get(key) ? 600 : undefined }}
          data-formula={formula}
          // As Excel's formula bar: the formula behind a calculated cell.
          title={formula ?? (shown || undefined)}
          onMouseDown={(e) => {
            if (e.button !== 0) return;
            e.preventDefault();
            const from = e.shiftKey && selection ? { row: selection.top, col: selection.left } : { row: r, col: c };
            anchor.current = from;
            select(from, r, c);
          }}
          onMouseEnter={(e) => {
            if (anchor.current && e.buttons === 1) select(anchor.current, r, c);
          }}
          onMouseUp={() => (anchor.current = null)}
        >
          {shown}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row" className={styles.rowHead}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }
  return (
    <table className={styles.table} aria-label={label} role="grid">
      <thead>
        <tr>
          <th className={styles.head} />
          {header}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

/**
 * What a cell shows: its value as text; for a formula, its result (numbers in the cell's percent
 * format, else as Excel's General shows them, errors by their code), or the formula itself when it
 * cannot be calculated here.
 */
function display(value: CellValue | undefined, formula: string | undefined, result: Calculated, format: string | undefined): string {
  if (formula !== undefined) {
    if (result === null) return formula;
    if ("error" in result) return result.error;
    return result.value === null ? "" : shownValue(result.value, format ?? "General");
  }
  if (value !== null && value !== undefined && value !== "") return shownValue(value, undefined);
  return "";
}

function shownValue(value: Exclude<CellValue, null>, format: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (format === undefined) return String(value);
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  // General: at most ten significant digits, as a column of ordinary width shows them.
  return String(Number(value.toPrecision(10)));
}

/**
 * The fill a cell shows: PlanCheck's marks (always-true rules) over the first other rule that
 * holds for the cell (the Scorecard sheet's traffic lights), over the cell's own fill. A rule the
 * page cannot evaluate is not drawn.
 */
function shownFill(sheet: SheetModel, calculation: SheetCalculation, row: number, col: number): string | undefined {
  const rules = sheet.conditionalFormats
    .filter((f) => f.fill && f.areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right))
    .sort((a, b) => a.priority - b.priority);
  const mark = rules.find((f) => isMarkFormula(f.formula));
  if (mark) return mark.fill!;
  const held = rules.find((f) => f.type === "Custom" && calculation.holds(f, row, col) === true);
  return held?.fill ?? sheet.fills.get(cellKey(row, col));
}

/** Rows and columns to draw: everything with a value, a formula, a fill, a merge or the selection. */
function extent(sheet: SheetModel, selection: Box | null): { rows: number; cols: number } {
  let rows = sheet.rows.length;
  let cols = 0;
  for (const row of sheet.rows) if (row) cols = Math.max(cols, row.length);
  const grow = (r: number, c: number) => {
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  };
  for (const m of sheet.merges) grow(m.bottom, m.right);
  for (const map of [sheet.formulas, sheet.fills]) {
    for (const key of map.keys()) grow(keyRow(key), keyCol(key));
  }
  if (selection) grow(selection.bottom, selection.right);
  return { rows: Math.min(rows, MAX_ROWS_SHOWN), cols: Math.min(Math.max(cols, 1), MAX_COLS_SHOWN) };
}

/** Top-left cell of a merge -> its span; every other cell of the merge -> null (not drawn). */
function mergeSpans(sheet: SheetModel): Map<number, { rowSpan: number; colSpan: number } | null> {
  const spans = new Map<number, { rowSpan: number; colSpan: number } | null>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) spans.set(cellKey(r, c), null);
    spans.set(cellKey(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
  }
  return spans;
}
