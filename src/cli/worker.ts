import { parentPort, workerData } from "worker_threads";
import { checkFile, fileData } from "./check-files";
import { fileFindings } from "./file-findings";
import type { CheckOptions } from "../engine/check";
import type { WorkerAnswer } from "./pool";

/**
 * A pool worker: checks the files it is sent, one at a time, and answers with plain data; the
 * findings' words are made by the process that prints them.
 */
interface WorkerSetup {
  options: CheckOptions;
  /** The whole outcome, or only what the text report prints. */
  answer: WorkerAnswer;
}

const setup = workerData as WorkerSetup;
const answer = setup.answer === "findings" ? fileFindings : fileData;

parentPort?.on("message", (msg: { id: number; file: string }) => {
  void checkFile(msg.file, setup.options).then((checked) => parentPort!.postMessage({ id: msg.id, result: answer(checked) }));
});
