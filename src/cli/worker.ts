import { parentPort, workerData } from "worker_threads";
import { checkFile, fileData } from "./check-files";
import type { CheckOptions } from "../engine/check";

/**
 * A pool worker: checks the files it is sent, one at a time, and answers with plain data; the
 * findings' words are made by the process that prints them.
 */
interface WorkerSetup {
  options: CheckOptions;
}

const setup = workerData as WorkerSetup;

parentPort?.on("message", (msg: { id: number; file: string }) => {
  void checkFile(msg.file, setup.options).then((checked) => parentPort!.postMessage({ id: msg.id, result: fileData(checked) }));
});
