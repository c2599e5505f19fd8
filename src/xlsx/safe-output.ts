import { randomBytes } from "crypto";
import { promises as fs, type Stats } from "fs";
import * as path from "path";
import { makeTranslator, type Params } from "../i18n/catalog";
import { WORKBOOK_FILE_MESSAGES } from "../i18n/messages/workbook-files";

/**
 * Where PlanCheck may write a file it produces (a report copy, an overview), and how: never over
 * a file it was given to read, whatever name leads to it (the same path, `..` detours, a symbolic
 * link, a hard link: real paths and file identity are compared); over another existing file only
 * when the user said so (`--force`); and never half-written: the bytes go to a new temporary file
 * in the target's folder and are renamed into place in one step, so the target is either the old
 * file or the whole new one, and a symbolic link at the target is replaced, never written through.
 */

export type OutputRefusalKey = "cli.error.report-is-input" | "cli.error.report-exists" | "cli.error.report-not-file";

/** Why a file is not written; `key` is the catalog message, in every language, with `params`. */
export class OutputRefusal extends Error {
  constructor(
    readonly key: OutputRefusalKey,
    readonly file: string,
    readonly params: Params,
  ) {
    super(makeTranslator(WORKBOOK_FILE_MESSAGES, "en").t(key, { ...params, file }));
    this.name = "OutputRefusal";
  }
}

export interface OutputOptions {
  /** Every file being read (plans, an earlier overview): none of them is ever written. */
  inputs: string[];
  /** The user allows replacing an existing file that is not an input. */
  force?: boolean;
}

/** Refuses a target that is an input or (without force) an existing file; returns normally when writing is allowed. */
export async function checkOutputTarget(output: string, options: OutputOptions): Promise<void> {
  const target = await identity(output);
  for (const input of options.inputs) {
    const other = await identity(input);
    if (samePath(target.real, other.real) || (target.stat !== null && other.stat !== null && sameFile(target.stat, other.stat))) {
      throw new OutputRefusal("cli.error.report-is-input", output, { input });
    }
  }
  if (target.stat === null) return;
  if (!target.stat.isFile()) throw new OutputRefusal("cli.error.report-not-file", output, {});
  if (!options.force) throw new OutputRefusal("cli.error.report-exists", output, {});
}

/**
 * Writes `bytes` to `output` after checkOutputTarget: a temporary file created next to it (never
 * an existing one), flushed, then renamed over the target. On any failure the temporary file is
 * removed and the target is as it was.
 */
export async function writeOutputFile(output: string, bytes: Uint8Array, options: OutputOptions): Promise<void> {
  await checkOutputTarget(output, options);
  const dir = path.dirname(path.resolve(output));
  const temp = path.join(dir, `.${path.basename(output)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(temp, "wx", 0o644);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again just before the rename: a file created meanwhile at the target is not replaced unasked.
    await checkOutputTarget(output, options);
    await fs.rename(temp, output);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}

interface Identity {
  /** The real path: links followed, `..` resolved; for a file not there yet, its real folder and its name. */
  real: string;
  /** The file's own status (through links), or null when there is no file. */
  stat: Stats | null;
}

async function identity(file: string): Promise<Identity> {
  const absolute = path.resolve(file);
  try {
    return { real: await fs.realpath(absolute), stat: await fs.stat(absolute) };
  } catch {
    // Not there (or a link to nowhere): the real folder and the name.
    let folder: string;
    try {
      folder = await fs.realpath(path.dirname(absolute));
    } catch {
      folder = path.dirname(absolute);
    }
    return { real: path.join(folder, path.basename(absolute)), stat: null };
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Real paths compared as the file system compares them: without case on Windows and macOS. */
function samePath(a: string, b: string): boolean {
  return process.platform === "win32" || process.platform === "darwin" ? a.toLowerCase() === b.toLowerCase() : a === b;
}
