import { promises as fs } from "fs";
import * as path from "path";
import { readWorkbook } from "../../../src/xlsx/read-workbook";
import { cellDifferences } from "./compare-cells";
import { corpusFiles, NOT_COMPARED } from "./corpus";
import { libreofficeSheets } from "./libreoffice-reference";

/** The corpus figures, printed for the record: `PLANCHECK_FIGURES=1 npx jest test/xlsx/fidelity`. */
export async function corpusFigures(): Promise<{ identical: number; differing: number; refused: number; details: Record<string, string[]> }> {
  const files = await corpusFiles();
  const reference = await libreofficeSheets(files);
  const figures = { identical: 0, differing: 0, refused: 0, details: {} as Record<string, string[]> };
  for (let i = 0; i < files.length; i++) {
    const name = path.basename(files[i]);
    try {
      const ours = await readWorkbook(await fs.readFile(files[i]), name);
      const d = NOT_COMPARED.has(name) ? [] : cellDifferences(ours.sheets, reference[i]);
      if (d.length === 0) figures.identical++;
      else {
        figures.differing++;
        figures.details[name] = d;
      }
    } catch (err) {
      figures.refused++;
      figures.details[name] = [String(err instanceof Error ? err.message : err)];
    }
  }
  return figures;
}
