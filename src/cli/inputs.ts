import { promises as fs } from "fs";
import * as path from "path";

/** What the command found among its inputs: files to read and files passed over. */
export interface InputSet {
  /** Every file received, whatever its format: each is checked or reported as not checked. */
  workbooks: string[];
  /** Files that are not anyone's submission: office lock files and the file manager's own. */
  skipped: { file: string; reason: "not-a-workbook" | "not-found" | "lock-file" | "system-file" }[];
}

/** Excel's (~$plan.xlsx) and LibreOffice's (.~lock.plan.ods#) lock files, written while a plan is open. */
const LOCK_FILE = /^(~\$|\.~lock\.)/;
/** What file managers leave in folders: hidden dotfiles, thumbnails and folder settings. */
const SYSTEM_FILE = /^(\.|thumbs\.db$|desktop\.ini$)/i;

/**
 * Expands files and folders (recursively) into file paths, sorted so the output does not depend on
 * the order the file system lists them. Every file in a folder is an input, so a plan in a format
 * PlanCheck cannot read is reported as not checked instead of disappearing; a named file is read
 * whatever its name.
 */
export async function collectInputs(inputs: string[]): Promise<InputSet> {
  const set: InputSet = { workbooks: [], skipped: [] };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) set.workbooks.push(input); // reported as unreadable by the reader, with its name
    else if (stat.isDirectory()) await walk(input, set);
    else set.workbooks.push(input);
  }
  set.workbooks.sort();
  set.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return set;
}

async function walk(dir: string, set: InputSet): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".")) await walk(full, set);
    } else if (!e.isFile()) continue;
    else if (LOCK_FILE.test(e.name)) set.skipped.push({ file: full, reason: "lock-file" });
    else if (SYSTEM_FILE.test(e.name)) set.skipped.push({ file: full, reason: "system-file" });
    else set.workbooks.push(full);
  }
}
