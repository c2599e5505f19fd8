#!/usr/bin/env node
/*
 * `npm run bench`: compiles the benchmark with the sources it measures (tsconfig.bench.json) and
 * runs it. Sizes, batches and parts can be narrowed for a quick look (BENCHMARKS.md lists them),
 * by environment or by switch (`npm run bench -- --only=cli --sizes=100000`):
 *   PLANCHECK_BENCH_SIZES=1000,10000 PLANCHECK_BENCH_PLANS=100 PLANCHECK_BENCH_ONLY=engine,cli npm run bench
 */
"use strict";
const { execFileSync } = require("child_process");
const path = require("path");

/** Switches and the variables they set. */
const SWITCHES = { "--only": "PLANCHECK_BENCH_ONLY", "--sizes": "PLANCHECK_BENCH_SIZES", "--plans": "PLANCHECK_BENCH_PLANS" };

const env = { ...process.env };
for (const arg of process.argv.slice(2)) {
  const [name, value] = arg.split("=");
  if (!SWITCHES[name] || !value) {
    console.error(`bench: unknown switch ${arg}; use ${Object.keys(SWITCHES).map((s) => `${s}=…`).join(", ")}`);
    process.exit(2);
  }
  env[SWITCHES[name]] = value;
}

const root = path.join(__dirname, "..");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.bench.json")], { stdio: "inherit", cwd: root });
execFileSync(process.execPath, ["--max-old-space-size=8192", path.join(root, "build-bench", "bench", "run.js")], { stdio: "inherit", cwd: root, env });
