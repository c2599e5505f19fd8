import type { Translator } from "../i18n";
import type { CliArgs } from "./args";
import type { CliIO } from "./io";
import { fileErrorText, type FileCheckOptions, type FileJson } from "./check-files";

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
  files: FileJson[];
  skipped: { file: string; reason: string }[];
}

/** One line per unreadable file, on stderr, naming the file: the shape scripts grep for. */
export function reportUnreadable(ctx: CommandContext): boolean {
  let any = false;
  for (const f of ctx.files) {
    if (!f.error) continue;
    any = true;
    ctx.io.err(`plancheck: ${fileErrorText(f.file, f.error, ctx.t)}`);
  }
  return any;
}
