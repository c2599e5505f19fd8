import { rowChunks } from "../../src/excel/row-chunks";

describe("rows written to a sheet in requests under the sync budget", () => {
  const rows = Array.from({ length: 50 }, (_, i) => [`row ${i}`, "x".repeat(i * 10)]);
  const bytes = (row: string[]) => JSON.stringify(row).length;

  it("writes every row once, in order, each run starting where the last ended", () => {
    const chunks = rowChunks(rows, 7, bytes, 1000);
    expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
    expect(chunks[0].top).toBe(7);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].top).toBe(chunks[i - 1].top + chunks[i - 1].rows.length);
  });

  it("keeps each request under the budget, and sends a row larger than the budget alone", () => {
    const chunks = rowChunks(rows, 0, bytes, 300);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      const size = c.rows.reduce((n, r) => n + bytes(r), 0);
      if (c.rows.length > 1) expect(size).toBeLessThanOrEqual(300);
    }
    expect(chunks.some((c) => c.rows.length === 1 && bytes(c.rows[0]) > 300)).toBe(true);
  });

  it("sends an empty sheet's header-only write as one empty run", () => {
    expect(rowChunks([], 3, bytes)).toEqual([{ top: 3, rows: [] }]);
  });
});
