import { syntheticPlan } from "./synthetic-plan";
import { createMemoryExcel } from "../src/memory-host";
import { checkInExcel } from "../src/excel/check";
import type { BenchResult } from "./stats";

/**
 * The Excel adapter on the in-memory host: how many context.sync() round trips a check takes and
 * the largest payload one carries. On Excel on the web each sync is a network round trip and a
 * request or response may not exceed 5 MB.
 */
export async function measureAdapter(rows: number): Promise<BenchResult[]> {
  const grid = syntheticPlan(rows, 5);
  const host = createMemoryExcel({ sheets: [grid] });
  await host.Excel.run((context) => checkInExcel(context, { sheet: grid.sheet, lang: "en", today: "2019-06-30" }));
  const syncs = host.stats.syncs;
  // The goal allows one more sync for every further 5 MB block a large sheet needs.
  const total = host.stats.payloads.reduce((a, b) => a + b, 0);
  const allowed = 3 + Math.floor(total / (5 * 2 ** 20));
  const maxMb = Math.round((host.stats.maxPayload / 2 ** 20) * 100) / 100;
  return [
    { name: `adapter check ${rows} rows: context.sync() calls`, value: syncs, unit: "syncs", goal: `<= ${allowed} (3 + 1 per further 5 MB)`, met: syncs <= allowed, note: `${Math.round(total / 2 ** 20)} MB in all` },
    { name: `adapter check ${rows} rows: largest payload`, value: maxMb, unit: "MB", goal: "< 5", met: maxMb < 5 },
  ];
}
