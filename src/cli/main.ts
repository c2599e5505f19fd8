import { langFromTag, translator, type Translator } from "../i18n/hosts/cli";
import { helpText, parseArgs, UsageError, type CliArgs } from "./args";
import { processIO, type CliIO } from "./io";
import { collectInputs } from "./inputs";
import type { FileCheckOptions } from "./check-files";
import { EXIT, type CommandContext } from "./command-context";
import { checkFilesInOrder, checkFindingsInOrder, type PoolOptions } from "./pool";
import { parsePeriodOption } from "../engine/deadline";
import { VERSION } from "./version";

type Command = (ctx: CommandContext) => Promise<number> | number;

/**
 * Each command is loaded when it is run: what one command needs (the scorecard's and the report
 * copy's zip library among them) is never loaded for another.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  table: async () => (await import("./commands/table")).runTable,
  check: async () => (await import("./commands/check")).runCheck,
  scorecard: async () => (await import("./commands/scorecard")).runScorecard,
};

export async function main(argv: string[], io: CliIO = processIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const defaultLang = langFromTag(env.PLANCHECK_LANG ?? env.LC_ALL ?? env.LANG ?? "en");
  let args: CliArgs;
  try {
    args = parseArgs(argv, defaultLang);
  } catch (e) {
    return usageFailure(e, io, translator(defaultLang));
  }
  const t = translator(args.lang);
  if (args.version) {
    io.out(`plancheck ${VERSION}`);
    return EXIT.ok;
  }
  if (args.help || args.command === null) {
    io.out(helpText(t, Object.keys(COMMANDS)));
    return args.help ? EXIT.ok : EXIT.unreadable;
  }
  const load = COMMANDS[args.command];
  if (!load) return usageFailure(new UsageError("cli.usage.unknown-command", { command: args.command }), io, t);
  if (args.inputs.length === 0) return usageFailure(new UsageError("cli.usage.no-input"), io, t);

  const options: FileCheckOptions = { today: args.today, limits: readLimits(args) };
  if (args.period !== null) {
    const period = parsePeriodOption(args.period);
    if (!period) return usageFailure(new UsageError("cli.usage.bad-period", { value: args.period }), io, t);
    options.period = period;
  }
  const [inputs, command] = await Promise.all([collectInputs(args.inputs), load()]);
  const { workbooks, skipped } = inputs;
  const progress = io.isTTY && !args.json && workbooks.length > 1 ? progressBar() : undefined;
  const pool: PoolOptions = { workers: args.workers ?? undefined, onProgress: progress };
  return command({
    args,
    io,
    t,
    options,
    workbooks,
    skipped,
    checkFiles: (onFile) => checkFilesInOrder(workbooks, options, args.lang, pool, onFile),
    checkFindings: (onFile) => checkFindingsInOrder(workbooks, options, pool, onFile),
  });
}

/** --max-bytes and --max-cells; the reader's defaults for those not given. */
function readLimits(args: CliArgs): FileCheckOptions["limits"] {
  return {
    ...(args.maxBytes !== null ? { maxBytes: args.maxBytes } : {}),
    ...(args.maxCells !== null ? { maxCells: args.maxCells } : {}),
  };
}

function usageFailure(e: unknown, io: CliIO, t: Translator): number {
  if (!(e instanceof UsageError)) throw e;
  io.err(`plancheck: ${t.t(e.key, e.params)}`);
  io.err(t.t("cli.usage.hint"));
  return EXIT.unreadable;
}

/** A one-line bar on a terminal; nothing when output is piped (plain lines come from the command). */
function progressBar(): (done: number, total: number) => void {
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}
