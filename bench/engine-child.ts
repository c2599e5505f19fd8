import { syntheticPlan } from "./synthetic-plan";
import { checkSheet } from "../src/engine/check";
import { median } from "./stats";

/**
 * One engine measurement in a fresh process, so its peak memory (max RSS) belongs to this size
 * alone: detect + normalise + all rules on a synthetic plan of N data rows. The first call, made
 * before the code is warm, is reported apart (it is what the first check of a session costs), and
 * so is the peak memory up to its end (what one check needs); the median comes from the calls
 * after a warm-up, and the peak after them all is what a process left to collect at leisure holds.
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
// The peak of one check, as the command line runs it: a fresh process, the sheet, one check.
const firstRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
// Warm up for about as many rows as the largest size, so small sheets are not timed cold.
for (let done = rows; done < 100_000; done += rows) once();
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(once());
const ms = median(times);
process.stdout.write(
  JSON.stringify({ rows, runs, firstMs, medianMs: ms, rowsPerSecond: Math.round((rows / ms) * 1000), findings, firstRssMb, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
);
