import type { SheetGrid } from "../engine/grid";
import kyustendil from "./workbooks/bg-kyustendil-2019.json";
import scorecard from "./workbooks/bg-scorecard.json";
import measured from "./workbooks/bg-scorecard-measured.json";
import bochnia from "./workbooks/pl-bochnia-2018.json";
import volodarsk from "./workbooks/ru-volodarsk-2020.json";

/**
 * The seed workbooks the preview opens, as snapshots made from test/fixtures/*.xlsx by
 * scripts/build-preview-workbooks.js (the page cannot read files).
 */
export interface PreviewWorkbook {
  /** Stable id for the picker (the fixture's name without `.xlsx`). */
  id: string;
  file: string;
  sheets: SheetGrid[];
}

const snapshot = (id: string, json: unknown): PreviewWorkbook => {
  const { file, sheets } = json as { file: string; sheets: SheetGrid[] };
  return { id, file, sheets };
};

export const PREVIEW_WORKBOOKS: PreviewWorkbook[] = [
  snapshot("bg-kyustendil-2019", kyustendil),
  snapshot("bg-scorecard", scorecard),
  snapshot("bg-scorecard-measured", measured),
  snapshot("pl-bochnia-2018", bochnia),
  snapshot("ru-volodarsk-2020", volodarsk),
];

/** A fresh copy, so edits made in one session never leak into the next opening of the workbook. */
export function freshSheets(workbook: PreviewWorkbook): SheetGrid[] {
  return workbook.sheets.map((s) => ({
    ...s,
    origin: { ...s.origin },
    values: s.values.map((row) => [...row]),
    merges: s.merges.map((m) => ({ ...m })),
  }));
}
