import { readFileSync } from "fs";
import * as path from "path";
import { checkFilesInOrder, defaultWorkers } from "../src/cli/pool";

/**
 * A batch in a fresh process, so its peak memory (max RSS, worker threads included) belongs to
 * this batch alone: the files listed in the file named on the command line, checked on the pool,
 * each result counted as it is handed on and then let go, as a summary of a ministry's batch needs.
 */
const files = readFileSync(process.argv[2], "utf8").split("\n").filter((f) => f !== "");
const workers = defaultWorkers();
const t0 = process.hrtime.bigint();
let errors = 0;
let rows = 0;
checkFilesInOrder(files, { today: "2019-06-30" }, "en", { workers, workerScript: path.join(__dirname, "..", "src", "cli", "worker.js") }, (result) => {
  for (const t of result.tables) {
    rows += t.rows.length;
    errors += t.findings.filter((f) => f.severity === "error").length;
  }
}).then(
  () => {
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stdout.write(JSON.stringify({ plans: files.length, workers, seconds, rows, errors, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
