import type { Translator } from "../i18n";
import type { CliArgs } from "./args";
import type { CliIO } from "./io";
import { fileErrorText, type FileCheckOptions, type FileError, type FileJson } from "./check-files";
import type { FileFindings } from "./file-findings";

/**
 * What every command is given, and what they answer with: the commands and `main` both depend on
 * it, never on each other.
 */

/** Exit codes: 0 clean, 1 error findings, 2 an input could not be read or the call was wrong. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

export interface CommandContext {
  args: CliArgs;
  io: CliIO;
  t: Translator;
  options: FileCheckOptions;
  /** Workbooks named or found in folders, sorted. */
  workbooks: string[];
  skipped: { file: string; reason: string }[];
  /**
   * Checks every workbook and hands each on in the order of `workbooks`, in the user's language,
   * as soon as it and those before it are checked; none is kept once handed on.
   */
  checkFiles(onFile: (file: FileJson) => void): Promise<void>;
  /** The same with only what the text report prints: findings as data and counts, no typed rows. */
  checkFindings(onFile: (file: FileFindings) => void): Promise<void>;
}

/** Every workbook checked, gathered in order: for what needs them all at once (the overview, one JSON document). */
export async function allFiles(ctx: CommandContext): Promise<FileJson[]> {
  const files: FileJson[] = [];
  await ctx.checkFiles((f) => files.push(f));
  return files;
}

/** One line per unreadable file, on stderr, naming the file: the shape scripts grep for. */
export function reportUnreadable(ctx: CommandContext, files: FileJson[]): boolean {
  let any = false;
  for (const f of files) if (f.error) any = reportUnreadableFile(ctx, f.file, f.error) || any;
  return any;
}

/** The line of one unreadable file; false when the file was read. */
export function reportUnreadableFile(ctx: CommandContext, file: string, error: FileError | null): boolean {
  if (!error) return false;
  ctx.io.err(`plancheck: ${fileErrorText(file, error, ctx.t)}`);
  return true;
}
