import { execFileSync, execSync } from "child_process";
import { promises as fs, existsSync, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { syntheticPlan } from "./synthetic-plan";
import { writePlanXlsx } from "./write-plan-xlsx";
import { median, timeOnceAsync, timeRuns, type BenchResult } from "./stats";
import { checkFile } from "../src/cli/check-files";
import { checkFiles, defaultWorkers } from "../src/cli/pool";
import { checkSheet } from "../src/engine/check";
import { score, rollup } from "../src/functions/functions";
import { measureAdapter } from "./adapter";
import { measurePeer } from "./peer";
import { measureHuge } from "./huge";

/**
 * `npm run bench`: how fast PlanCheck is, against its goals and a peer. Prints a table and writes
 * bench/results.json (medians and the machine). Not part of `npm test`.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const SIZES = process.env.PLANCHECK_BENCH_SIZES ? process.env.PLANCHECK_BENCH_SIZES.split(",").map(Number) : [1_000, 10_000, 100_000];
const BATCH = Number(process.env.PLANCHECK_BENCH_PLANS ?? 1000);

type Result = BenchResult;

const results: Result[] = [];
const add = (r: Result) => {
  results.push(r);
  const goal = r.goal ? `  goal ${r.goal}: ${r.met ? "met" : "MISSED"}` : "";
  console.log(`${r.name.padEnd(48)} ${String(r.value).padStart(12)} ${r.unit}${goal}${r.note ? `  (${r.note})` : ""}`);
};

async function engine(): Promise<void> {
  for (const rows of SIZES) {
    const runs = rows >= 100_000 ? 3 : 5;
    const out = execFileSync(process.execPath, [path.join(__dirname, "engine-child.js"), String(rows), String(runs)], { encoding: "utf8" });
    const m = JSON.parse(out);
    add({ name: `engine ${rows} rows: rows/s`, value: m.rowsPerSecond, unit: "rows/s", goal: ">= 100000", met: m.rowsPerSecond >= 100_000, note: `median ${m.medianMs.toFixed(1)} ms warm, first call ${m.firstMs.toFixed(0)} ms, ${m.findings} findings` });
    add({ name: `engine ${rows} rows: peak memory`, value: m.maxRssMb, unit: "MB RSS" });
  }
}

async function commandLine(tmp: string): Promise<void> {
  for (const rows of SIZES) {
    const file = path.join(tmp, `plan-${rows}.xlsx`);
    await writePlanXlsx(syntheticPlan(rows, 11), file);
    // Interleaved, so a change in the machine's load touches both sides alike.
    const runs = rows >= 100_000 ? 3 : 15;
    const bytes = await fs.readFile(file);
    const readOnly = async () => void (await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer));
    const checkOnly = async () => void (await checkFile(file, { today: "2019-06-30" }));
    await readOnly();
    await checkOnly();
    const bareTimes: number[] = [];
    const fullTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      bareTimes.push(await timeOnceAsync(readOnly));
      fullTimes.push(await timeOnceAsync(checkOnly));
    }
    const bare = median(bareTimes);
    const full = median(fullTimes);
    const ratio = Math.round((full / bare) * 100) / 100;
    add({ name: `command line ${rows} rows: check / bare read`, value: ratio, unit: "x", goal: "<= 1.3", met: ratio <= 1.3, note: `check ${full.toFixed(0)} ms, exceljs read ${bare.toFixed(0)} ms` });
  }
}

function functions(): void {
  const calls = 1_000_000;
  const t = median(timeRuns(3, () => {
    for (let i = 0; i < calls; i++) score(i % 100, 100, 0, "higher");
  }));
  add({ name: "PLAN.SCORE per call", value: Math.round((t / calls) * 1e6), unit: "ns" });
  const cells: unknown[][] = [];
  for (let i = 0; i < 100_000; i++) cells.push([i % 7 === 0 ? "" : (i % 100) / 100]);
  const r = median(timeRuns(5, () => void rollup(cells)));
  add({ name: "PLAN.ROLLUP over 100,000 cells", value: Math.round(r * 10) / 10, unit: "ms" });
}

function bundles(): void {
  const dist = path.join(ROOT, "dist-bench");
  execSync(`npx webpack --mode production --output-path ${dist}`, { cwd: ROOT, stdio: "ignore" });
  const gz = (f: string) => zlib.gzipSync(readFileSync(path.join(dist, f))).length;
  const fnKb = Math.round(gz("functions.js") / 102.4) / 10;
  add({ name: "functions bundle (gzip)", value: fnKb, unit: "KB", goal: "< 40", met: fnKb < 40 });
  // What taskpane.html loads before the pane shows: its own script tags (office.js comes from Microsoft).
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The build minifies the page, so attribute quotes may be gone.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  const initial = gz("taskpane.html") + scripts.reduce((n, s) => n + (existsSync(path.join(dist, s)) ? gz(s) : 0), 0);
  const paneKb = Math.round(initial / 102.4) / 10;
  add({ name: "task pane initial load (gzip)", value: paneKb, unit: "KB", goal: "< 350", met: paneKb < 350, note: scripts.join(" ") });
}

async function batch(tmp: string): Promise<void> {
  const dir = path.join(tmp, "plans");
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < BATCH; i++) {
    const file = path.join(dir, `plan-${String(i).padStart(4, "0")}.xlsx`);
    await writePlanXlsx(syntheticPlan(60 + (i % 80), 1000 + i), file);
    files.push(file);
  }
  const workers = defaultWorkers();
  const t0 = Date.now();
  await checkFiles(files, { today: "2019-06-30" }, "en", { workers, workerScript: path.join(__dirname, "..", "src", "cli", "worker.js") });
  const seconds = (Date.now() - t0) / 1000;
  add({ name: `batch: ${BATCH} typical plans (${workers} workers)`, value: Math.round(seconds * 10) / 10, unit: "s", goal: "< 60", met: seconds < 60, note: `${Math.round((BATCH / seconds) * 60)} plans/min` });
}

async function main(): Promise<void> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-bench-"));
  console.log(`PlanCheck benchmark — ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}\n`);
  await engine();
  await commandLine(tmp);
  for (const rows of SIZES) for (const r of await measureAdapter(rows)) add(r);
  functions();
  for (const r of await measurePeer(Math.min(100_000, Math.max(...SIZES)), checkSheet)) add(r);
  if (!process.env.PLANCHECK_BENCH_SKIP_BUNDLES) bundles();
  await batch(tmp);
  if (process.env.PLANCHECK_BENCH_HUGE) for (const r of measureHuge(tmp)) add(r);
  const out = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    results,
  };
  await fs.writeFile(path.join(ROOT, "bench", "results.json"), JSON.stringify(out, null, 2) + "\n");
  await fs.rm(tmp, { recursive: true, force: true });
  console.log(`\nwritten bench/results.json`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
