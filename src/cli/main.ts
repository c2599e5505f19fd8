import { langFromTag, translator, type Translator } from "../i18n";
import { helpText, parseArgs, UsageError, type CliArgs } from "./args";
import { processIO, type CliIO } from "./io";
import { collectInputs } from "./inputs";
import type { FileCheckOptions } from "./check-files";
import { EXIT, type CommandContext } from "./command-context";
import { checkFiles } from "./pool";
import { parsePeriodOption } from "../engine/deadline";
import { runTable } from "./commands/table";
import { runCheck } from "./commands/check";
import { runScorecard } from "./commands/scorecard";
import { VERSION } from "./version";


interface Command {
  run(ctx: CommandContext): Promise<number> | number;
  /** Commands that print checked files get them from the worker pool; others read files themselves. */
  checks: boolean;
}

const COMMANDS: Record<string, Command> = {
  table: { run: runTable, checks: true },
  check: { run: runCheck, checks: true },
  scorecard: { run: runScorecard, checks: false },
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
  const command = COMMANDS[args.command];
  if (!command) return usageFailure(new UsageError("cli.usage.unknown-command", { command: args.command }), io, t);
  if (args.inputs.length === 0) return usageFailure(new UsageError("cli.usage.no-input"), io, t);

  const options: FileCheckOptions = { today: args.today, limits: readLimits(args) };
  if (args.period !== null) {
    const period = parsePeriodOption(args.period);
    if (!period) return usageFailure(new UsageError("cli.usage.bad-period", { value: args.period }), io, t);
    options.period = period;
  }
  const inputs = await collectInputs(args.inputs);
  const progress = io.isTTY && !args.json && inputs.workbooks.length > 1 ? progressBar() : undefined;
  const files = command.checks
    ? await checkFiles(inputs.workbooks, options, args.lang, { workers: args.workers ?? undefined, onProgress: progress })
    : [];
  return command.run({ args, io, t, options, workbooks: inputs.workbooks, files, skipped: inputs.skipped });
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
