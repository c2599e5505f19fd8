import { parentPort, workerData } from "worker_threads";
import { checkFile, fileJson } from "./check-files";
import { translator } from "../i18n";
import type { Lang } from "../i18n/catalog";
import type { CheckOptions } from "../engine/check";

/** A pool worker: checks the files it is sent, one at a time, and answers with plain data. */
interface WorkerSetup {
  options: CheckOptions;
  lang: Lang;
}

const setup = workerData as WorkerSetup;
const t = translator(setup.lang);

parentPort?.on("message", async (msg: { id: number; file: string }) => {
  const result = fileJson(await checkFile(msg.file, setup.options), t);
  parentPort!.postMessage({ id: msg.id, result });
});
