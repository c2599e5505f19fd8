import { promises as fs } from "fs";
import * as path from "path";

/** What the command found among its inputs: workbooks to read and files passed over. */
export interface InputSet {
  workbooks: string[];
  skipped: { file: string; reason: "not-a-workbook" | "not-found" }[];
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/**
 * Expands files and folders (recursively) into workbook paths, sorted so the output does not
 * depend on the order the file system lists them. A named file is read whatever its extension,
 * so a mislabelled file gets a clear error instead of being skipped.
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
    if (e.isDirectory()) await walk(full, set);
    // Excel's lock files (~$plan.xlsx) are not plans.
    else if (WORKBOOK.test(e.name) && !e.name.startsWith("~$")) set.workbooks.push(full);
    else if (e.isFile()) set.skipped.push({ file: full, reason: "not-a-workbook" });
  }
}
