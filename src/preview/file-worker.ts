/// <reference lib="webworker" />
/*
 * The page's file worker: opened files are read and checked here, off the page's thread, so a
 * large workbook never freezes the page; progress goes back after each file. The overview of the
 * files opened together is written here too.
 */
import { VERSION } from "../cli/version";
import { translator } from "../i18n/hosts/file-worker";
import { buildOverview } from "../workbook/overview-model";
import { overviewBytes } from "../xlsx/overview-bytes";
import { checkPlanBytes } from "./check-bytes";
import type { WorkerAnswer, WorkerRequest } from "./file-messages";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = (message: WorkerAnswer, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === "overview") {
      // The files were opened from no folder: each is named as the user's computer named it.
      const bytes = await overviewBytes(buildOverview(request.files), translator(request.lang), { folder: null, checkedAt: new Date(), version: VERSION, name: (f) => f });
      answer({ type: "overview", bytes }, [bytes.buffer]);
      return;
    }
    const count = request.files.length;
    for (let index = 0; index < count; index++) {
      const { name, bytes } = request.files[index];
      answer({ type: "progress", index, count, name });
      const file = await checkPlanBytes(new Uint8Array(bytes), name, request.lang);
      answer({ type: "file", index, file });
    }
    answer({ type: "opened" });
  } catch (err) {
    answer({ type: "failed", message: err instanceof Error ? err.message : String(err) });
  }
};
