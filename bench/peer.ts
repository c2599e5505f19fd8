import { writeFileSync, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticPlan } from "./synthetic-plan";
import type { SheetGrid } from "../src/engine/grid";
import type { checkSheet as CheckSheet } from "../src/engine/check";
import { median, timeRuns, type BenchResult } from "./stats";

/**
 * The peer, side by side: the Frictionless Table Schema library validating the same rows as CSV
 * against the nearest schema it can express (required fields, a unit enum, a date pattern), and
 * our full check on the same rows. Its API is asynchronous; it is timed with the same clock.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Table } = require("tableschema");

const UNITS = ["Брой", "Процент", "Повишена", "Създаден"];

function csvOf(grid: SheetGrid): string {
  const esc = (v: unknown) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  const header = ["number", "activity", "deadline", "responsible", "financing", "indicator", "unit"];
  const lines = [header.join(",")];
  for (const row of grid.values.slice(7)) {
    const unit = String(row[5] ?? "").split(/\s/)[0];
    lines.push([...row.slice(0, 6), unit].map(esc).join(","));
  }
  return lines.join("\n");
}

const SCHEMA = {
  fields: [
    { name: "number", type: "string", constraints: { required: true, pattern: "\\d+(\\.\\d+)*\\." } },
    { name: "activity", type: "string", constraints: { required: true } },
    // The closest a pattern gets to our deadline parser: a date, a month and year, a year, or "постоянен".
    { name: "deadline", type: "string", constraints: { required: true, pattern: "(до )?\\d{2}\\.\\d{2}\\.\\d{4} г\\.|(м\\.|месец) [а-я]+( – [а-я]+)? \\d{4} г\\.|\\d{4} (г\\.|година)|постоянен" } },
    { name: "responsible", type: "string", constraints: { required: true } },
    { name: "financing", type: "string" },
    { name: "indicator", type: "string", constraints: { required: true } },
    { name: "unit", type: "string", constraints: { enum: UNITS } },
  ],
};


export async function measurePeer(rows: number, checkSheet: typeof CheckSheet): Promise<BenchResult[]> {
  const grid = syntheticPlan(rows, 3);
  const dir = mkdtempSync(path.join(os.tmpdir(), "plancheck-peer-"));
  const file = path.join(dir, "plan.csv");
  writeFileSync(file, csvOf(grid));

  const peerTimes: number[] = [];
  let peerErrors = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const table = await Table.load(file, { schema: SCHEMA });
    const out: unknown[] = await table.read({ forceCast: true });
    peerTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    peerErrors = out.filter((r) => r instanceof Error).length;
  }
  const peerMs = median(peerTimes);
  let ours = 0;
  const ourMs = median(timeRuns(3, () => {
    ours = checkSheet(grid, { today: "2019-06-30" }).reduce((n, c) => n + c.findings.length, 0);
  }));
  const peerRate = Math.round((rows / peerMs) * 1000);
  const ourRate = Math.round((rows / ourMs) * 1000);
  const ratio = Math.round((ourRate / peerRate) * 10) / 10;
  return [
    { name: `peer tableschema ${rows} rows (CSV)`, value: peerRate, unit: "rows/s", note: `${peerErrors} rows with errors` },
    { name: `PlanCheck full check ${rows} rows`, value: ourRate, unit: "rows/s", note: `${ours} findings` },
    { name: "PlanCheck / peer speed", value: ratio, unit: "x", goal: ">= 5", met: ratio >= 5 },
  ];
}
