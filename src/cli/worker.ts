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

parentPort?.on("message", (msg: { id: number; file: string }) => {
  void checkFile(msg.file, setup.options).then((checked) => parentPort!.postMessage({ id: msg.id, result: fileJson(checked, t) }));
});
