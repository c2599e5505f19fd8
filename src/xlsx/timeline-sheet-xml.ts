import { columnLetter } from "../engine/grid";
import type { TimelineFill, TimelineSheetLayout } from "../engine/report/timeline-sheet";
import { escapeXml } from "./report-sheet-xml";

/**
 * The Timeline sheet's part (engine/report/timeline-sheet's layout) as SpreadsheetML: texts as
 * inline strings (never evaluated), filled month cells by style index, the columns' widths and the
 * panes frozen under the task table's header. Built as one array of strings joined once: a long
 * plan's sheet is a few megabytes of text, not a tree of objects.
 */

export interface TimelineSheetStyles {
  /** Style index of a cell of each fill. */
  fills: Record<TimelineFill, number>;
  bold: number;
}

export function timelineSheetXml(layout: TimelineSheetLayout, mainNamespace: string, styles: TimelineSheetStyles): string {
  const fillAt = new Map<number, Map<number, TimelineFill>>();
  for (const run of layout.fills) {
    let row = fillAt.get(run.row);
    if (!row) fillAt.set(run.row, (row = new Map()));
    for (let c = run.col; c < run.col + run.count; c++) row.set(c, run.fill);
  }
  const bold = new Set(layout.boldRows);
  const letters = Array.from({ length: layout.width }, (_, c) => columnLetter(c));
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNamespace}">`];
  const frozen = layout.headerRow + 1;
  out.push(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`);
  out.push(`<cols>${layout.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`);
  out.push("<sheetData>");
  layout.rows.forEach((cells, r) => {
    const fills = fillAt.get(r);
    const rowStyle = bold.has(r) ? styles.bold : null;
    const parts: string[] = [];
    for (let c = 0; c < cells.length; c++) {
      const fill = fills?.get(c);
      const s = fill !== undefined ? styles.fills[fill] : rowStyle;
      const text = cells[c];
      if (text === "" && s === null) continue;
      const ref = `${letters[c]}${r + 1}`;
      const style = s !== null ? ` s="${s}"` : "";
      parts.push(text === "" ? `<c r="${ref}"${style}/>` : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`);
    }
    if (parts.length > 0) out.push(`<row r="${r + 1}">${parts.join("")}</row>`);
  });
  out.push("</sheetData></worksheet>");
  return out.join("");
}
