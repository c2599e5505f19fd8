import { promises as fs, existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { checkFiles, checkFilesInOrder } from "../../src/cli/pool";
import type { FileJson } from "../../src/cli/check-files";
import { FIXTURES } from "./run-cli";

/** The compiled worker (`npm run build:cli`, run before the tests): the pool runs real threads only from it. */
const WORKER = path.join(__dirname, "..", "..", "build", "cli", "worker.js");

/** A batch with a large plan first and small ones after it, so later files finish before earlier ones. */
async function batch(copies: number): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-pool-"));
  const sources = ["bg-kyustendil-2019.xlsx", "pl-bochnia-2018.xlsx", "ru-volodarsk-2020.xlsx", "truncated.xlsx"];
  const files: string[] = [];
  for (let i = 0; i < copies; i++) {
    const file = path.join(dir, `plan-${String(i).padStart(3, "0")}.xlsx`);
    await fs.copyFile(path.join(FIXTURES, sources[i % sources.length]), file);
    files.push(file);
  }
  return files;
}

describe("a batch checked on the worker pool", () => {
  const options = { today: "2019-06-30" };

  it("hands every result on once, in the order of the files, the same as one worker gives", async () => {
    expect(existsSync(WORKER)).toBe(true);
    const files = await batch(24);
    const seen: { index: number; result: FileJson }[] = [];
    await checkFilesInOrder(files, options, "uk", { workers: 2, workerScript: WORKER }, (result, index) => seen.push({ index, result }));
    expect(seen.map((s) => s.index)).toEqual(files.map((_, i) => i));
    expect(seen.map((s) => s.result.file)).toEqual(files);
    const alone = await checkFiles(files, options, "uk", { workers: 1 });
    expect(seen.map((s) => s.result)).toEqual(alone);
  });

  it("hands every result on once and in order when workers are replaced by fresh ones along the batch", async () => {
    const files = await batch(14);
    const seen: { index: number; result: FileJson }[] = [];
    // Each worker retires after three files: five workers in turn on two threads, the last one cut short.
    await checkFilesInOrder(files, options, "bg", { workers: 2, workerScript: WORKER, filesPerWorker: 3 }, (result, index) => seen.push({ index, result }));
    expect(seen.map((s) => s.index)).toEqual(files.map((_, i) => i));
    expect(seen.map((s) => s.result)).toEqual(await checkFiles(files, options, "bg", { workers: 1 }));
  });

  it("fails only the file a worker died on, and checks the files sent to it after that one on a fresh worker", async () => {
    const files = await batch(12);
    // A copy named as the one that kills its thread: the worker below dies as it begins that file.
    const deadly = files[5].replace(/\.xlsx$/, "-dies.xlsx");
    await fs.rename(files[5], deadly);
    files[5] = deadly;
    const script = path.join(path.dirname(files[0]), "dying-worker.js");
    await fs.writeFile(
      script,
      [
        `const checks = require(${JSON.stringify(path.join(path.dirname(WORKER), "check-files.js"))});`,
        "const check = checks.checkFile;",
        "checks.checkFile = (file, options) => { if (file.endsWith('-dies.xlsx')) throw new Error('the thread died'); return check(file, options); };",
        `require(${JSON.stringify(WORKER)});`,
      ].join("\n"),
    );
    const seen: FileJson[] = [];
    await checkFilesInOrder(files, options, "en", { workers: 2, workerScript: script }, (result) => seen.push(result));
    expect(seen.map((r) => r.file)).toEqual(files);
    expect(seen[5].error?.code).toBe("file.corrupt");
    const alone = await checkFiles(files, options, "en", { workers: 1 });
    expect(seen.filter((_, i) => i !== 5)).toEqual(alone.filter((_, i) => i !== 5));
  });

  it("keeps only a few finished results waiting, however many files the batch holds", async () => {
    const files = await batch(40);
    let handed = 0;
    let mostWaiting = 0;
    await checkFilesInOrder(
      files,
      options,
      "en",
      { workers: 2, workerScript: WORKER, onProgress: (done) => (mostWaiting = Math.max(mostWaiting, done - handed)) },
      () => handed++,
    );
    expect(handed).toBe(40);
    // Two workers, each at most four files ahead of the first one not yet handed on.
    expect(mostWaiting).toBeLessThanOrEqual(8);
  });
});
