import { Worker } from "worker_threads";
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { checkFile, fileJson, fileWords, type FileData, type FileJson } from "./check-files";
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

/** Receives each file's result in the order of `files`, as soon as it and every file before it are done. */
export type ResultSink = (result: FileJson, index: number) => void;

/** Files a worker may run ahead of the first one not yet handed on, per worker. */
const AHEAD_PER_WORKER = 4;

/**
 * Checks files across worker threads. Results come back in the order of `files` whatever
 * order the workers finish in, so the output is the same for 1 or N workers.
 */
export async function checkFiles(files: string[], options: CheckOptions, lang: Lang, pool: PoolOptions = {}): Promise<FileJson[]> {
  const results: FileJson[] = [];
  await checkFilesInOrder(files, options, lang, pool, (result) => results.push(result));
  return results;
}

/**
 * Checks files across worker threads and hands each result on in the order of `files`, keeping
 * none once it is handed on: a batch of ten thousand plans takes the memory of a few. A result
 * that comes early waits for those before it, and workers are fed only a few files ahead of the
 * first one still out, so a slow file never lets finished ones pile up behind it.
 */
export async function checkFilesInOrder(files: string[], options: CheckOptions, lang: Lang, pool: PoolOptions, onResult: ResultSink): Promise<void> {
  const script = pool.workerScript ?? path.join(__dirname, "worker.js");
  const n = Math.min(pool.workers ?? defaultWorkers(), files.length);
  if (n <= 1 || !fs.existsSync(script)) return checkInProcess(files, options, lang, pool, onResult);

  // Workers send findings as data; they are put into words here, once, in the user's language.
  const t = translator(lang);
  const waiting = new Map<number, FileJson>();
  const ahead = n * AHEAD_PER_WORKER;
  let next = 0;
  let delivered = 0;
  let done = 0;
  const idle: (() => void)[] = [];
  return new Promise<void>((resolve) => {
    const deliver = (): void => {
      for (let r = waiting.get(delivered); r !== undefined; r = waiting.get(delivered)) {
        waiting.delete(delivered);
        onResult(r, delivered);
        delivered++;
      }
      if (delivered === files.length) resolve();
      // Handing results on makes room for workers that were held back (or lets them stop).
      while (idle.length > 0 && (next >= files.length || next - delivered < ahead)) idle.shift()!();
    };
    const start = (): void => {
      const worker = new Worker(script, {
        workerData: { options },
        resourceLimits: { maxOldGenerationSizeMb: pool.maxHeapMb ?? 4096 },
      });
      let current = -1;
      const feed = (): void => {
        if (next >= files.length) {
          void worker.terminate();
          return;
        }
        if (next - delivered >= ahead) {
          idle.push(feed);
          return;
        }
        current = next++;
        worker.postMessage({ id: current, file: files[current] });
      };
      const finish = (id: number, result: FileJson): void => {
        waiting.set(id, result);
        done++;
        pool.onProgress?.(done, files.length, files[id]);
        deliver();
      };
      worker.on("message", (msg: { id: number; result: FileData }) => {
        current = -1;
        finish(msg.id, fileWords(msg.result, t));
        feed();
      });
      // A worker that dies (out of memory on a huge file) fails only the file it held.
      worker.on("error", (err) => {
        // A dead worker waiting for room must never be handed a file.
        const waitingAt = idle.indexOf(feed);
        if (waitingAt >= 0) idle.splice(waitingAt, 1);
        if (current >= 0 && !waiting.has(current) && current >= delivered) {
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

async function checkInProcess(files: string[], options: CheckOptions, lang: Lang, pool: PoolOptions, onResult: ResultSink): Promise<void> {
  const t = translator(lang);
  for (let i = 0; i < files.length; i++) {
    onResult(fileJson(await checkFile(files[i], options), t), i);
    pool.onProgress?.(i + 1, files.length, files[i]);
  }
}
