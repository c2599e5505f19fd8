import { promises as fs } from "fs";
import * as path from "path";
import { corpusFiles } from "./corpus";
import { hasLibreOffice } from "./libreoffice-reference";
import { mutants, outcome, type MutantOutcome } from "./mutants";
import { corpusFigures } from "./corpus-figures";

/**
 * The figures for the record, printed when PLANCHECK_FIGURES=1: the corpus against LibreOffice
 * (identical / differing / refused) and the damaged copies (refused / read / silent / crashed).
 * Without the variable only the damaged copies of three workbooks run, and none may crash or be
 * read silently.
 */

const full = process.env.PLANCHECK_FIGURES === "1";
const PER_FILE = full ? 60 : 25;

describe("damaged copies of good workbooks", () => {
  it("are refused with a message or read from well-formed XML; never read from broken XML, never a raw error", async () => {
    const files = (await corpusFiles()).slice(0, full ? undefined : 3);
    const counts: Record<MutantOutcome, number> = { refused: 0, read: 0, silent: 0, crashed: 0 };
    const bad: string[] = [];
    for (const [i, file] of files.entries()) {
      for (const m of await mutants(path.basename(file), await fs.readFile(file), PER_FILE, 1000 + i)) {
        const o = await outcome(m);
        counts[o.outcome]++;
        if (o.outcome === "silent" || o.outcome === "crashed") bad.push(`${m.name}: ${o.outcome} (${o.detail})`);
      }
    }
    if (full) {
      console.log(`mutants: ${JSON.stringify(counts)}\n${bad.slice(0, 40).join("\n")}`);
      if (hasLibreOffice()) {
        const figures = await corpusFigures();
        console.log(`corpus: identical ${figures.identical}, differing ${figures.differing}, refused ${figures.refused}\n${JSON.stringify(figures.details, null, 1)}`);
      }
    }
    expect(bad).toEqual([]);
  }, 600000);
});
