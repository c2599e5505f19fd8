import { Worker } from "worker_threads";
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { checkFile, fileData, fileWords, type FileCheck, type FileData, type FileJson } from "./check-files";
import { fileFindings, type FileFindings } from "./file-findings";
import { madeOnRead } from "./made-on-read";
import { translator, type Translator } from "../i18n/hosts/cli";
import type { Lang } from "../i18n/catalog";
import type { CheckOptions } from "../engine/check";
import { notCheckedReason } from "../workbook/not-checked";

export interface PoolOptions {
  /** How many files are checked at once; 1 checks in this process. Default: the machine's cores. */
  workers?: number;
  /** Compiled worker script; defaults to worker.js beside this module. */
  workerScript?: string;
  /** Heap limit per worker, so one huge file fails alone instead of taking the run down. */
  maxHeapMb?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Files a worker checks before a fresh one takes its place (FILES_PER_WORKER). */
  filesPerWorker?: number;
}

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/** Receives each file's result in the order of `files`, as soon as it and every file before it are done. */
export type ResultSink<R = FileJson> = (result: R, index: number) => void;

/**
 * What a worker answers with, as data: the whole outcome (`data`, the rows of the JSON contract
 * included) or only what the text report prints (`findings`). The name travels to the worker.
 */
export type WorkerAnswer = "data" | "findings";

/** How an answer is made from a checked file, and how the printing process reads it. */
interface Shape<Sent, R> {
  answer: WorkerAnswer;
  make(checked: FileCheck): Sent;
  receive(sent: Sent): R;
  /** The result made in this process, where nothing need be plain data to be sent. */
  local(checked: FileCheck): R;
  /** The result of a file whose worker died (out of memory on a huge file). */
  failed(file: string, error: { code: string; message: string }): R;
}

/** Files a worker may run ahead of the first one not yet handed on, per worker. */
const AHEAD_PER_WORKER = 4;

/**
 * Files sent to a worker at once: while it checks one, the next is already being read, so the
 * thread neither waits for this process to receive a result and send another file nor for the
 * next file's bytes (together about a tenth of each thread's time in a batch of typical plans).
 */
const SENT_PER_WORKER = 2;

/**
 * Files a worker checks before a fresh one takes its place. Nothing of a file outlives its check,
 * but a thread's heap does not stay the size of what it holds: the collector raises each heap's
 * ceiling as the thread runs on (its young space to twice 16 MB, the rest to several times what
 * survives a collection), and the engine's caches of texts already read fill up to their bounds.
 * Measured on typical plans: 13-15 MB live in each worker throughout, but 63 MB committed after
 * 500 plans and 90-95 MB after a few thousand. A fresh worker starts cold (about a second of CPU
 * before its code is fast again), so retiring one every 400 files cost a batch of ten thousand plans
 * half its speed; every few thousand files bounds a long batch's memory for a few seconds.
 */
export const FILES_PER_WORKER = 2500;

/**
 * Young space per worker, in MB. Left to itself V8 widens a thread's young space as it runs (to
 * 3 × 16 MB), and a batch's peak grows with the files each worker has checked although what
 * survives a collection stays at 15-17 MB. Measured in a worker over typical plans: committed heap
 * 83 → 98 MB (500 → 1,500 files) without a bound, 70 → 76 MB with this one, the files checked no
 * slower. It bounds only the space of short-lived objects, so a huge file still has all the old
 * space it may need.
 */
const YOUNG_SPACE_MB = 12;

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
export function checkFilesInOrder(files: string[], options: CheckOptions, lang: Lang, pool: PoolOptions, onResult: ResultSink): Promise<void> {
  return runPool(files, options, pool, wholeFiles(translator(lang)), onResult);
}

/**
 * The same, handing on only what the text report prints: each file's findings as data (the
 * printer puts them into words as it writes them) and its counts, without the typed rows.
 */
export function checkFindingsInOrder(files: string[], options: CheckOptions, pool: PoolOptions, onResult: ResultSink<FileFindings>): Promise<void> {
  return runPool(files, options, pool, FINDINGS, onResult);
}

/** Workers send findings as data; they are put into words here, once, in the user's language. */
function wholeFiles(t: Translator): Shape<FileData, FileJson> {
  return {
    answer: "data",
    make: fileData,
    receive: (d) => fileWords(d, t),
    // Rows and findings' words are made as they are read (written), not all held at once.
    local: (checked) => fileWords(fileData(checked, madeOnRead), t, madeOnRead),
    failed: (file, error) => ({ file, error, sheets: 0, tables: [] }),
  };
}

const FINDINGS: Shape<FileFindings, FileFindings> = {
  answer: "findings",
  make: fileFindings,
  receive: (f) => f,
  local: fileFindings,
  failed: (file, error) => ({ file, format: null, notChecked: notCheckedReason(error, 0), error, findings: [], summary: { tables: 0, rows: 0, errors: 0, warnings: 0 } }),
};

async function runPool<Sent, R>(files: string[], options: CheckOptions, pool: PoolOptions, shape: Shape<Sent, R>, onResult: ResultSink<R>): Promise<void> {
  const script = pool.workerScript ?? path.join(__dirname, "worker.js");
  const n = Math.min(pool.workers ?? defaultWorkers(), files.length);
  if (n <= 1 || !fs.existsSync(script)) return checkInProcess(files, options, pool, shape, onResult);

  const waiting = new Map<number, R>();
  const ahead = n * AHEAD_PER_WORKER;
  const filesPerWorker = Math.max(1, pool.filesPerWorker ?? FILES_PER_WORKER);
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
    // Files a dead worker held beside the one it died on: which of them killed it is not known.
    const resend: number[] = [];
    /**
     * A worker; a careful one checks the files a dead worker held one at a time, so that the one
     * that kills a thread again is the only file it holds and the only one failed.
     */
    const start = (careful = false): void => {
      const worker = new Worker(script, {
        workerData: { options, answer: shape.answer },
        resourceLimits: { maxOldGenerationSizeMb: pool.maxHeapMb ?? 4096, maxYoungGenerationSizeMb: YOUNG_SPACE_MB },
      });
      // The files sent and not yet answered.
      const held: number[] = [];
      let checked = 0;
      let stopped = false;
      let cautious = careful;
      const send = (id: number): void => {
        held.push(id);
        checked++;
        worker.postMessage({ id, file: files[id] });
      };
      const feed = (): void => {
        if (cautious && resend.length === 0 && held.length === 0) cautious = false;
        while (!stopped && held.length < (cautious ? 1 : SENT_PER_WORKER)) {
          if (cautious) {
            if (resend.length > 0) send(resend.shift()!);
            return;
          }
          if (next >= files.length || checked >= filesPerWorker) {
            // Done, or retired for a fresh worker, once it has answered for every file it holds.
            if (held.length > 0) return;
            stopped = true;
            void worker.terminate();
            if (next < files.length) start();
            return;
          }
          if (next - delivered >= ahead) {
            if (!idle.includes(feed)) idle.push(feed);
            return;
          }
          send(next++);
        }
      };
      const finish = (id: number, result: R): void => {
        waiting.set(id, result);
        done++;
        pool.onProgress?.(done, files.length, files[id]);
        deliver();
      };
      worker.on("message", (msg: { id: number; result: Sent }) => {
        held.splice(held.indexOf(msg.id), 1);
        // The next file first: the worker checks it while this result is read and handed on.
        feed();
        finish(msg.id, shape.receive(msg.result));
      });
      // A worker that dies (out of memory on a huge file) fails only the file it died on: the one
      // file it held, or, when it held several, the one that kills a careful worker again.
      worker.on("error", (err) => {
        stopped = true;
        // A dead worker waiting for room must never be handed a file.
        const waitingAt = idle.indexOf(feed);
        if (waitingAt >= 0) idle.splice(waitingAt, 1);
        const lost = held.splice(0).filter((id) => !waiting.has(id) && id >= delivered);
        if (lost.length === 1) {
          const file = files[lost[0]];
          const code = /memory|heap/i.test(String(err)) ? "file.too-large" : "file.corrupt";
          finish(lost[0], shape.failed(file, { code, message: `${file}: ${err.message}` }));
        } else resend.push(...lost);
        if (done < files.length && (next < files.length || resend.length > 0)) start(resend.length > 0);
      });
      feed();
    };
    for (let i = 0; i < n; i++) start();
  });
}

async function checkInProcess<Sent, R>(files: string[], options: CheckOptions, pool: PoolOptions, shape: Shape<Sent, R>, onResult: ResultSink<R>): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    onResult(shape.local(await checkFile(files[i], options)), i);
    pool.onProgress?.(i + 1, files.length, files[i]);
  }
}
