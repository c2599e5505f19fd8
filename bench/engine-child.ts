import { syntheticPlan } from "./synthetic-plan";
import { checkSheet } from "../src/engine/check";
import { median } from "./stats";

/**
 * One engine measurement in a fresh process, so its peak memory (max RSS) belongs to this size
 * alone: detect + normalise + all rules on a synthetic plan of N data rows. The first call, made
 * before the code is warm, is reported apart (it is what the first check of a session costs);
 * the median comes from the calls after a warm-up.
 */
const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 5);
const grid = syntheticPlan(rows, 7);
let findings = 0;
const once = (): number => {
  const t0 = process.hrtime.bigint();
  findings = checkSheet(grid, { today: "2019-06-30" }).reduce((n, c) => n + c.findings.length, 0);
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const firstMs = once();
// Warm up for about as many rows as the largest size, so small sheets are not timed cold.
for (let done = rows; done < 100_000; done += rows) once();
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(once());
const ms = median(times);
process.stdout.write(
  JSON.stringify({ rows, runs, firstMs, medianMs: ms, rowsPerSecond: Math.round((rows / ms) * 1000), findings, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
);
