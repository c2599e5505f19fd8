import { promises as fs } from "fs";
import * as path from "path";

/** The reader-fidelity corpus (test/fixtures/fidelity/, built by build-corpus.js) and the plan fixtures. */
export const FIDELITY_DIR = path.join(__dirname, "..", "..", "fixtures", "fidelity");
const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const PLAN_FIXTURES = ["bg-kyustendil-2019.xlsx", "bg-scorecard.xlsx", "pl-bochnia-2018.xlsx", "pl-power-context.xlsx", "ru-volodarsk-2020.xlsx"];

/** Every workbook of the corpus, by path, in a fixed order. */
export async function corpusFiles(): Promise<string[]> {
  const own = (await fs.readdir(FIDELITY_DIR)).filter((f) => f.endsWith(".xlsx")).sort();
  return [...own.map((f) => path.join(FIDELITY_DIR, f)), ...PLAN_FIXTURES.map((f) => path.join(FIXTURES, f))];
}

/** Files LibreOffice does not read (it shows Strict OOXML empty): compared only for being read at all. */
export const NOT_COMPARED = new Set(["strict-ooxml.xlsx"]);
