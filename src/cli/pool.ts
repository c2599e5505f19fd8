import { Worker } from "worker_threads";
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { checkFile, fileJson, type FileJson } from "./check-files";
import { translator } from "../i18n";
import type { Lang } from "../i18n/catalog";
import type { CheckOptions } from "../engine/check";

export interface PoolOptions {
  /** How many files are checked at once; 1 checks in this process. Default: the machine's cores. */
  workers?: number;
  /** Compiled worker script; defaults to worker.js beside this module. */
  workerScript?: string;
  /** Heap limit per worker, so one huge file fails alone instead of taking the run down. */
  maxHeapMb?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/**
 * Checks files across worker threads. Results come back in the order of `files` whatever
 * order the workers finish in, so the output is the same for 1 or N workers.
 */
export async function checkFiles(files: string[], options: CheckOptions, lang: Lang, pool: PoolOptions = {}): Promise<FileJson[]> {
  const script = pool.workerScript ?? path.join(__dirname, "worker.js");
  const n = Math.min(pool.workers ?? defaultWorkers(), files.length);
  if (n <= 1 || !fs.existsSync(script)) return checkInProcess(files, options, lang, pool);

  const results: FileJson[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise<FileJson[]>((resolve) => {
    const start = (): void => {
      const worker = new Worker(script, {
        workerData: { options, lang },
        resourceLimits: { maxOldGenerationSizeMb: pool.maxHeapMb ?? 4096 },
      });
      let current = -1;
      const feed = (): void => {
        if (next >= files.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, file: files[current] });
      };
      const finish = (id: number, result: FileJson): void => {
        results[id] = result;
        done++;
        pool.onProgress?.(done, files.length, files[id]);
        if (done === files.length) resolve(results);
      };
      worker.on("message", (msg: { id: number; result: FileJson }) => {
        finish(msg.id, msg.result);
        feed();
      });
      // A worker that dies (out of memory on a huge file) fails only the file it held.
      worker.on("error", (err) => {
        if (current >= 0 && results[current] === undefined) {
          const file = files[current];
          const code = /memory|heap/i.test(String(err)) ? "file.too-large" : "file.corrupt";
          finish(current, { file, error: { code, message: `${file}: ${err.message}` }, sheets: 0, tables: [] });
        }
        if (done < files.length && next < files.length) start();
      });
      feed();
    };
    for (let i = 0; i < n; i++) start();
  });
}

async function checkInProcess(files: string[], options: CheckOptions, lang: Lang, pool: PoolOptions): Promise<FileJson[]> {
  const t = translator(lang);
  const out: FileJson[] = [];
  for (const file of files) {
    out.push(fileJson(await checkFile(file, options), t));
    pool.onProgress?.(out.length, files.length, file);
  }
  return out;
}
