import { promises as fs } from "fs";
import { fileKind } from "../xlsx/file-signature";
import type { OverviewFinding } from "../workbook/overview-model";

/**
 * `--since OVERVIEW.xlsx`: the findings of an earlier overview, or a refusal that names the file
 * and says what is wrong with it. Comparing with a file that is not an overview would mark every
 * finding new, which is a wrong answer: it is refused instead.
 */

export type SinceRefusalKey = "cli.error.since-missing" | "cli.error.since-not-overview" | "cli.error.since-encrypted" | "cli.error.since-damaged";

/** Why the earlier overview cannot be compared with; `key` is the catalog message, with `{file}`. */
export class SinceRefusal extends Error {
  constructor(
    readonly key: SinceRefusalKey,
    readonly file: string,
  ) {
    super(`${file}: ${key}`);
    this.name = "SinceRefusal";
  }
}

export async function readSince(file: string): Promise<OverviewFinding[]> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new SinceRefusal("cli.error.since-missing", file);
  if (!stat.isFile()) throw new SinceRefusal("cli.error.since-not-overview", file);
  const bytes = await fs.readFile(file).catch(() => {
    throw new SinceRefusal("cli.error.since-damaged", file);
  });
  switch (fileKind(bytes)) {
    case "encrypted-package":
      throw new SinceRefusal("cli.error.since-encrypted", file);
    case "legacy-xls":
    case "other":
      // A --json output, a plan in another format, a text file: not what --report writes.
      throw new SinceRefusal("cli.error.since-not-overview", file);
    case "zip":
      break;
  }
  // The overview's workbook library is loaded only when an overview is read or written.
  const { readOverviewFindings } = await import("../xlsx/write-overview");
  let findings: OverviewFinding[] | null;
  try {
    findings = await readOverviewFindings(file);
  } catch {
    // The zip library's own words ("Corrupted zip ?") are not for the user: the cause is the file's damage.
    throw new SinceRefusal("cli.error.since-damaged", file);
  }
  if (findings === null) throw new SinceRefusal("cli.error.since-not-overview", file);
  return findings;
}
