import { buildScorecard, childrenOf, type ScorecardNode } from "../../../src/engine/scorecard/tree";
import { BG_COLUMNS, BG_ROWS, bgScorecardTable, PERSPECTIVES, type RowCells } from "./bg-scorecard-table";

const withRow = (index: number, change: RowCells): RowCells[] => BG_ROWS.map((r, i) => (i === index ? { ...r, ...change } : r));

describe("scorecard tree of the Bulgarian scorecard", () => {
  const card = buildScorecard(bgScorecardTable());

  it("has the four perspectives in sheet order, each with its objective", () => {
    expect(card.perspectives.map((p) => p.name)).toEqual(PERSPECTIVES);
    expect(card.perspectives.map((p) => p.objectives.length)).toEqual([1, 1, 1, 1]);
    expect(card.perspectives[0].objectives[0].name).toBe(
      "Подобрена ефективност на Механизма за съвместна работа на институциите по обхващане и включване в образователната система.",
    );
  });

  it("splits bulleted cells into one indicator per bullet", () => {
    expect(card.perspectives.map((p) => p.objectives[0].indicators.length)).toEqual([1, 1, 3, 3]);
    expect(card.perspectives[2].objectives[0].indicators.map((i) => i.name)).toEqual([
      "Брой внедрени информационни системи и технологии",
      "Размер на инвестиции/капиталови",
      "Брой споразумения за партньорство",
    ]);
  });

  it("matches one unit per line to the indicators when the counts agree", () => {
    const indicators = card.perspectives[2].objectives[0].indicators;
    expect(indicators.map((i) => i.unit)).toEqual(["Брой", "Лева", "Брой"]);
    expect(indicators.map((i) => i.target)).toEqual(["3", "50 000", "10"]);
    expect(indicators.every((i) => i.aligned)).toBe(true);
  });

  it("keeps units unmatched and flags the row when the line count differs from the indicators", () => {
    const single = card.perspectives[0].objectives[0].indicators[0];
    expect(single.unit).toBe("Брой\n%\n%\nВисока");
    expect(single.aligned).toBe(false);
    expect(single.unalignedRoles).toEqual(["unit"]);
    const people = card.perspectives[3].objectives[0].indicators;
    expect(people.map((i) => i.unit)).toEqual(["%\nЛева\n%\nВисока", "%\nЛева\n%\nВисока", "%\nЛева\n%\nВисока"]);
    expect(people.map((i) => i.aligned)).toEqual([false, false, false]);
    // The targets of the same row have one line per indicator and are still matched.
    expect(people.map((i) => i.target)).toEqual(["80%", "15 000", "Висока"]);
  });

  it("scores every indicator from its actual, target and baseline, levels included", () => {
    const scores = card.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.indicators.map((i) => i.score)));
    const expected = [1, null, 0, 0.1, 1 / 3, 0.75, 0.6, 1];
    scores.forEach((s, i) => (expected[i] === null ? expect(s).toBeNull() : expect(s).toBeCloseTo(expected[i] as number, 10)));
  });

  it("rolls objectives and perspectives up by weight, skipping indicators not measured", () => {
    const expected = [1, null, (0 + 0.1 + 1 / 3) / 3, (2 * 0.75 + 0.6 + 1) / 4];
    card.perspectives.forEach((p, i) => {
      const want = expected[i];
      if (want === null) {
        expect(p.score).toBeNull();
        expect(p.objectives[0].score).toBeNull();
      } else {
        expect(p.score).toBeCloseTo(want, 10);
        expect(p.objectives[0].score).toBeCloseTo(want, 10);
      }
    });
    expect(card.score).toBeCloseTo((2 * 1 + 0 + 0.1 + 1 / 3 + 2 * 0.75 + 0.6 + 1) / 9, 10);
    expect(card.weighted).toBe(true);
  });

  it("gives every level a traffic light", () => {
    expect(card.perspectives.map((p) => p.status)).toEqual(["green", "grey", "red", "amber"]);
    expect(card.status).toBe("amber");
    expect(card.perspectives[1].objectives[0].indicators[0].status).toBe("grey");
  });

  it("links each node to the cells it was read from", () => {
    expect(card.perspectives[0].refs).toEqual({ perspective: "A5" });
    expect(card.perspectives[0].objectives[0].refs).toEqual({ objective: "C5" });
    expect(card.perspectives[2].objectives[0].indicators[1].refs).toMatchObject({
      indicator: "D7",
      unit: "E7",
      baseline: "I7",
      target: "J7",
      actual: "K7",
      weight: "L7",
    });
    expect(card.perspectives[3].rows).toEqual([8]);
    expect(card.sheet).toBe("BSC");
  });

  it("walks down level by level, perspective to objective to indicator", () => {
    const walk = (n: ScorecardNode): string[] => [`${n.kind}:${n.name.slice(0, 12)}`, ...childrenOf(n).flatMap(walk)];
    expect(walk(card.perspectives[2])).toEqual([
      "perspective:ПАРТНЬОРСТВА",
      "objective:Осигуряване ",
      "indicator:Брой внедрен",
      "indicator:Размер на ин",
      "indicator:Брой споразу",
    ]);
  });

  it("uses thresholds given by the caller", () => {
    const strict = buildScorecard(bgScorecardTable(), { green: 0.99, amber: 0.8 });
    expect(strict.perspectives.map((p) => p.status)).toEqual(["green", "grey", "red", "red"]);
  });
});

describe("scorecard tree edge cases", () => {
  it("locates a value that is neither a number nor a level and passes the error up", () => {
    const card = buildScorecard(bgScorecardTable(withRow(0, { K: "почти" })));
    const indicator = card.perspectives[0].objectives[0].indicators[0];
    expect(indicator.score).toBeNull();
    expect(indicator.error).toEqual({ code: "value", cell: "K5", role: "actual" });
    expect(card.perspectives[0].error).toEqual({ code: "value", cell: "K5", role: "actual" });
    expect(card.error).toEqual({ code: "value", cell: "K5", role: "actual" });
    expect(card.perspectives[2].error).toBeNull();
  });

  it("treats several values on lines that do not match the indicators as unusable, at their cell", () => {
    const card = buildScorecard(bgScorecardTable(withRow(2, { K: "1\n5 000" })));
    const indicators = card.perspectives[2].objectives[0].indicators;
    expect(indicators.map((i) => i.unalignedRoles)).toEqual([["actual"], ["actual"], ["actual"]]);
    expect(indicators[0].error).toEqual({ code: "value", cell: "K7", role: "actual" });
  });

  it("requires a weight for a measured indicator when the table has a weight column", () => {
    const card = buildScorecard(bgScorecardTable(withRow(0, { L: "" })));
    expect(card.perspectives[0].error).toEqual({ code: "value", cell: "L5", role: "weight" });
    // A perspective whose indicators are all measured and weighted is unaffected.
    expect(card.perspectives[3].score).toBeCloseTo(0.775, 10);
  });

  it("divides by zero when the weights of a measured group add up to 0", () => {
    const card = buildScorecard(bgScorecardTable(withRow(0, { L: "0" })));
    expect(card.perspectives[0].error).toEqual({ code: "div0", cell: null, role: "weight" });
  });

  it("counts every indicator once when the table has no weight column", () => {
    const card = buildScorecard(bgScorecardTable(BG_ROWS, BG_COLUMNS.filter(([, , role]) => role !== "weight")));
    expect(card.weighted).toBe(false);
    expect(card.perspectives[3].score).toBeCloseTo((0.75 + 0.6 + 1) / 3, 10);
  });

  it("lets a perspective and an objective written once apply to the rows below them", () => {
    const rows: RowCells[] = [
      { A: "КАЧЕСТВО И РЕЗУЛТАТИ", C: "▪ Цел 1", D: "Индикатор 1", J: "10", K: "5", L: "1" },
      { D: "Индикатор 2", J: "10", K: "10", L: "1" },
      { C: "▪ Цел 2", D: "Индикатор 3", J: "4", K: "1", L: "2" },
      { A: "  качество и резултати ", D: "Индикатор 4", J: "4", K: "4", L: "1" },
      { A: "СТРУКТУРИ И ПРОЦЕСИ", D: "Индикатор 5", J: "2", K: "1", L: "1" },
    ];
    const card = buildScorecard(bgScorecardTable(rows));
    expect(card.perspectives.map((p) => p.name)).toEqual(["КАЧЕСТВО И РЕЗУЛТАТИ", "СТРУКТУРИ И ПРОЦЕСИ"]);
    const [quality, structures] = card.perspectives;
    expect(quality.objectives.map((o) => [o.name, o.indicators.map((i) => i.name)])).toEqual([
      ["Цел 1", ["Индикатор 1", "Индикатор 2"]],
      ["Цел 2", ["Индикатор 3"]],
      // The perspective written again starts without an objective.
      ["", ["Индикатор 4"]],
    ]);
    expect(quality.rows).toEqual([5, 6, 7, 8]);
    expect(quality.score).toBeCloseTo((0.5 + 1 + 2 * 0.25 + 1) / 5, 10);
    expect(structures.objectives.map((o) => o.name)).toEqual([""]);
    expect(structures.score).toBeCloseTo(0.5, 10);
  });

  it("scores a row that has values but no indicator text", () => {
    const card = buildScorecard(bgScorecardTable([{ A: "КАЧЕСТВО И РЕЗУЛТАТИ", J: "10", K: "9", L: "1" }]));
    const indicator = card.perspectives[0].objectives[0].indicators[0];
    expect(indicator.name).toBe("");
    expect(indicator.score).toBeCloseTo(0.9, 10);
  });

  it("is empty and not measured for a table without rows", () => {
    const card = buildScorecard(bgScorecardTable([]));
    expect(card.perspectives).toEqual([]);
    expect(card.score).toBeNull();
    expect(card.status).toBe("grey");
  });
});
