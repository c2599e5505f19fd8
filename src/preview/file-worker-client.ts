import type { Lang } from "../i18n";
import type { CheckedFile } from "./check-bytes";
import type { OpenProgress, WorkerAnswer, WorkerRequest } from "./file-messages";

/**
 * The page's side of the file worker: hands it the opened files' bytes (nothing leaves the
 * computer: the worker is a script of the page's own) and gets back each file read and checked.
 * One request at a time. The worker starts with the page, so its script is fetched while the
 * page loads and nothing is requested afterwards.
 */

/** The worker's script, built beside the page (webpack entry `file-worker`). */
const WORKER_URL = "file-worker.js";

export interface FileWorkerClient {
  open(files: File[], lang: Lang, onProgress: (p: OpenProgress) => void): Promise<CheckedFile[]>;
  /** The receiving office's overview workbook of the files opened together. */
  overview(files: CheckedFile[], lang: Lang): Promise<Uint8Array>;
}

export function fileWorkerClient(): FileWorkerClient {
  const worker = new Worker(WORKER_URL);
  let queue: Promise<unknown> = Promise.resolve();

  /** Sends one request and collects the answers until `done` says it is over. */
  function ask<T>(request: WorkerRequest, transfer: Transferable[], done: (a: WorkerAnswer) => T | undefined, onOther?: (a: WorkerAnswer) => void) {
    const next = queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          const w = worker;
          w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
            const a = event.data;
            if (a.type === "failed") return reject(new Error(a.message));
            const result = done(a);
            if (result !== undefined) resolve(result);
            else onOther?.(a);
          };
          w.onerror = (event) => reject(new Error(event.message || "the file worker stopped"));
          w.postMessage(request, transfer);
        }),
    );
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    async open(files, lang, onProgress) {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      const checked: CheckedFile[] = [];
      return ask<CheckedFile[]>(
        { type: "open", files: read, lang },
        read.map((f) => f.bytes),
        (a) => (a.type === "opened" ? checked : undefined),
        (a) => {
          if (a.type === "progress") onProgress(a);
          if (a.type === "file") checked[a.index] = a.file;
        },
      );
    },
    overview(files, lang) {
      return ask<Uint8Array>({ type: "overview", files: files.map((f) => f.json), lang }, [], (a) => (a.type === "overview" ? a.bytes : undefined));
    },
  };
}

/** Saves bytes as a file the user downloads; made in the page, from memory. */
export function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `plan.xlsx` -> `plan (checked).xlsx`, in the user's words. */
export function checkedName(name: string, suffix: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)} (${suffix})${name.slice(dot)}` : `${name} (${suffix})`;
}
