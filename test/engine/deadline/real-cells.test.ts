import { readFileSync } from "fs";
import { join } from "path";
import { compareReading, parseDeadline, readDeadlineColumn, type DeadlineKind, type ExpectedReading, type PlanPeriod } from "../../../src/engine/deadline";

/**
 * The tables of real deadline cells: cells as officials wrote them in real plans (the corpus plans,
 * the seed plans, public pages), each with the plan period and section heading it is read in and
 * the reading a careful person gives it. `from-corpus.js` refreshes the corpus rows; `judged.json`
 * says where a reading here differs from the corpus's, and why.
 */

interface RealCell extends ExpectedReading {
  text: string;
  period: PlanPeriod | null;
  section: string | null;
  kind: DeadlineKind;
  source: string;
  /** The cell's column where it says more than the cell: its header and its cells (`from-corpus.js`). */
  column?: { header: string; cells: string[] };
  corpus?: ExpectedReading;
  why?: string;
}

const LANGS = ["bg", "en", "pl", "ru", "uk"] as const;
const table: Record<string, RealCell[]> = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(join(__dirname, "real-cells", `${lang}.json`), "utf8")) as RealCell[]]),
);
const all = LANGS.flatMap((lang) => table[lang].map((cell) => ({ lang, cell })));

function judge(cell: RealCell) {
  const column = cell.column ? readDeadlineColumn(cell.column.header, cell.column.cells) : null;
  const d = parseDeadline(cell.text, { period: cell.period, section: cell.section, column });
  return { d, comparison: compareReading(cell, d) };
}

describe("the table of real deadline cells", () => {
  it("holds at least 400 cells from real plans in all five languages, each with its source", () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    for (const lang of LANGS) expect(table[lang].length).toBeGreaterThanOrEqual(30);
    for (const { cell } of all) expect(cell.source).toMatch(/^(corpus:|seed:|https?:\/\/)/);
  });

  it("gives no wrong reading: never a period that differs from the careful one, never one where none is sure", () => {
    const wrong = all
      .map(({ lang, cell }) => ({ lang, cell, ...judge(cell) }))
      .filter((r) => r.comparison.verdict === "wrong")
      .map((r) => `${r.lang} ${JSON.stringify(r.cell.text)} (${r.cell.source}): ${r.comparison.differences.join("; ")}`);
    expect(wrong).toEqual([]);
  });

  it("reads at least 95% of the cells a careful person can read", () => {
    const readable = all.filter(({ cell }) => cell.kind !== "unparsed");
    const right = readable.filter(({ cell }) => judge(cell).comparison.verdict === "right");
    expect(right.length / readable.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(LANGS)("reads at least nine in ten readable %s cells", (lang) => {
    const readable = table[lang].filter((cell) => cell.kind !== "unparsed");
    const right = readable.filter((cell) => judge(cell).comparison.verdict === "right");
    expect(right.length / readable.length).toBeGreaterThanOrEqual(0.9);
  });

  it("says why a cell is unparsed, and the reason is one of four", () => {
    for (const { cell } of all) {
      const { d } = judge(cell);
      if (d.kind === "unparsed") expect(["unknown-form", "year-missing", "ambiguous", "several-dates"]).toContain(d.reason);
    }
  });

  it("keeps beside each judged reading the corpus's own and why they differ", () => {
    for (const { cell } of all.filter(({ cell }) => cell.corpus)) expect(cell.why).toMatch(/\S.{30,}/);
  });
});
