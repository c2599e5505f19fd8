import { syntheticPlan } from "./synthetic-plan";
import { checkSheet } from "../src/engine/check";
import { median, timeRuns } from "./stats";

/**
 * One engine measurement in a fresh process, so its peak memory (max RSS) belongs to this size
 * alone: detect + normalise + all rules on a synthetic plan of N data rows.
 */
const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 5);
const grid = syntheticPlan(rows, 7);
let findings = 0;
const times = timeRuns(runs, () => {
  findings = checkSheet(grid, { today: "2019-06-30" }).reduce((n, c) => n + c.findings.length, 0);
});
const ms = median(times);
process.stdout.write(
  JSON.stringify({ rows, runs, medianMs: ms, rowsPerSecond: Math.round((rows / ms) * 1000), findings, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
);
