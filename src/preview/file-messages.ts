import type { Lang } from "../i18n";
import type { CheckedFile } from "./check-bytes";

/** What the page and its file worker say to each other; plain data, copied between the threads. */

export interface OpenRequest {
  type: "open";
  files: { name: string; bytes: ArrayBuffer }[];
  lang: Lang;
}

/** The overview of the files opened together, as `plancheck check FOLDER --report` writes it. */
export interface OverviewRequest {
  type: "overview";
  files: CheckedFile["json"][];
  lang: Lang;
}

export type WorkerRequest = OpenRequest | OverviewRequest;

/** The file being read (0-based) of how many, and whether it is being read or checked. */
export interface OpenProgress {
  type: "progress";
  index: number;
  count: number;
  name: string;
}

export type WorkerAnswer =
  | OpenProgress
  | { type: "file"; index: number; file: CheckedFile }
  | { type: "opened" }
  | { type: "overview"; bytes: Uint8Array }
  | { type: "failed"; message: string };
