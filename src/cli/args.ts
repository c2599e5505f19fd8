import { parseArgs as parseTokens } from "node:util";
import { isLang, type Lang, type Translator } from "../i18n/catalog";

/**
 * The command line's options: one table from which parsing, the parsed type and `--help` come.
 * An option is one line here plus its words in src/i18n/messages/cli-help.ts: `cli.option.<name>`
 * (what it does) and, for an option with a value, `cli.option.<name>.arg` (the value's shape).
 * The field name is the option's name in camelCase (`--max-bytes` -> `maxBytes`).
 */
const OPTIONS = {
  json: flag(),
  lang: valued((value): Lang => (isLang(value) ? value : refuse("cli.usage.bad-lang", value))),
  period: valued(text),
  today: valued((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : refuse("cli.usage.bad-today", value))),
  report: valued(text),
  planFormulas: flag(),
  timeline: flag(),
  since: valued(text),
  force: flag(),
  workers: valued((value) => (/^[1-9]\d{0,2}$/.test(value) ? Number(value) : refuse("cli.usage.bad-workers", value))),
  maxBytes: valued((value) => byteSize(value) ?? refuse("cli.usage.bad-max-bytes", value)),
  maxCells: valued((value) => (/^[1-9]\d{0,14}$/.test(value) ? Number(value) : refuse("cli.usage.bad-max-cells", value))),
  help: flag("h"),
  version: flag("v"),
};

interface Flag {
  kind: "flag";
  short?: string;
}
interface Valued<T> {
  kind: "valued";
  /** Turns the text after the option into its value; throws a UsageError when it cannot. */
  read: (value: string) => T;
}
type OptionSpec = Flag | Valued<unknown>;

function flag(short?: string): Flag {
  return { kind: "flag", short };
}
function valued<T>(read: (value: string) => T): Valued<T> {
  return { kind: "valued", read };
}
function text(value: string): string {
  return value;
}
function refuse(key: string, value: string): never {
  throw new UsageError(key, { value });
}

type Options = typeof OPTIONS;
type OptionValues = {
  [K in keyof Options]: Options[K] extends Valued<infer T> ? T | null : boolean;
};

/** Parsed command line. Unknown options are an error, never silently ignored. */
export type CliArgs = Omit<OptionValues, "lang"> & {
  command: string | null;
  inputs: string[];
  /** --lang, or the language of the environment. */
  lang: Lang;
};

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

const FIELDS = Object.keys(OPTIONS) as (keyof Options)[];

/** `maxBytes` -> `max-bytes`. */
function optionName(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const BY_NAME = new Map<string, keyof Options>(FIELDS.map((f) => [optionName(f), f]));

export function parseArgs(argv: string[], defaultLang: Lang): CliArgs {
  const config = Object.fromEntries(
    FIELDS.map((f) => {
      const spec: OptionSpec = OPTIONS[f];
      return [optionName(f), spec.kind === "flag" ? { type: "boolean" as const, ...(spec.short ? { short: spec.short } : {}) } : { type: "string" as const }];
    }),
  );
  // Not strict: unknown options and missing values come back as tokens, so the messages are ours.
  const { tokens } = parseTokens({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, unknown> = Object.fromEntries(FIELDS.map((f) => [f, OPTIONS[f].kind === "flag" ? false : null]));
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const field = BY_NAME.get(token.name);
    if (field === undefined) throw new UsageError("cli.usage.unknown-option", { option: token.rawName });
    const spec: OptionSpec = OPTIONS[field];
    if (spec.kind === "flag") {
      if (token.value !== undefined) throw new UsageError("cli.usage.unknown-option", { option: `${token.rawName}=${token.value}` });
      values[field] = true;
    } else {
      if (token.value === undefined || token.value === "") throw new UsageError("cli.usage.missing-value", { option: token.rawName });
      values[field] = spec.read(token.value);
    }
  }
  // The timeline is a sheet of the report copy: without a copy it would be silently dropped.
  if (values.timeline === true && values.report === null) throw new UsageError("cli.usage.needs-report", { option: "--timeline" });
  const [command = null, ...inputs] = positionals;
  return { ...(values as OptionValues), lang: (values.lang as Lang | null) ?? defaultLang, command, inputs };
}

/** `--help`: the usage line, the commands and every option of the table, in the user's language. */
export function helpText(t: Translator, commands: readonly string[]): string {
  const rows = FIELDS.map((f) => {
    const name = optionName(f);
    const spec: OptionSpec = OPTIONS[f];
    const flagText = spec.kind === "flag" && spec.short ? `-${spec.short}, --${name}` : `--${name}`;
    return { left: spec.kind === "valued" ? `${flagText} ${t.t(`cli.option.${name}.arg`)}` : flagText, text: t.t(`cli.option.${name}`) };
  });
  const width = Math.max(...rows.map((r) => r.left.length), ...commands.map((c) => c.length)) + 2;
  const line = (left: string, words: string) =>
    words
      .split("\n")
      .map((part, i) => `  ${(i === 0 ? left : "").padEnd(width)}${part}`)
      .join("\n");
  return [
    t.t("cli.help.usage"),
    "",
    t.t("cli.help.commands"),
    ...commands.map((c) => line(c, t.t(`cli.command.${c}`))),
    "",
    t.t("cli.help.options"),
    ...rows.map((r) => line(r.left, r.text)),
    "",
    t.t("cli.help.exit"),
  ].join("\n");
}

const BYTE_UNITS: Record<string, number> = { "": 1, B: 1, K: 1024, KB: 1024, M: 1024 ** 2, MB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3 };

/** `200MB`, `1GB`, `104857600`: binary units, as the file manager shows sizes. */
function byteSize(value: string): number | null {
  const m = /^([1-9]\d{0,14})\s*([KMG]?B?)$/i.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]) * BYTE_UNITS[m[2].toUpperCase()];
  return Number.isSafeInteger(n) ? n : null;
}
