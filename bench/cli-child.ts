import * as fs from "fs";

/**
 * One command-line measurement in a fresh process, as a user runs it: `floor` (inflate every part
 * and walk the sheet XML once), `check` or `check-json` of FILE with the output written to OUT.
 * Prints its peak memory (max RSS) and the bytes written; the parent times the whole process.
 */
const [mode, file, out] = process.argv.slice(2);

async function run(): Promise<number> {
  // Each mode loads only what it runs: the floor process does not pay for loading PlanCheck.
  if (mode === "floor") {
    const { inflateAndScan } = await import("./floor");
    inflateAndScan(file);
    return 0;
  }
  const { main } = await import("../src/cli/main");
  const fd = fs.openSync(out, "w");
  let bytes = 0;
  const write = (text: string) => {
    const s = text.endsWith("\n") ? text : text + "\n";
    bytes += fs.writeSync(fd, s);
  };
  const args = ["check", file, "--today", "2019-06-30", ...(mode === "check-json" ? ["--json"] : [])];
  // Bytes as the terminal's output takes them (src/cli/io.ts), text for the few lines written apart.
  const writeBytes = (chunk: Uint8Array) => void (bytes += fs.writeSync(fd, chunk));
  await main(args, { out: write, outBytes: writeBytes, err: () => undefined, isTTY: false }, { LANG: "en" });
  fs.closeSync(fd);
  return bytes;
}

run().then(
  (bytes) => void process.stdout.write(JSON.stringify({ mode, bytes, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
