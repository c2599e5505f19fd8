import { isLang, type Lang } from "../i18n/catalog";

/** Parsed command line. Unknown options are an error, never silently ignored. */
export interface CliArgs {
  command: string | null;
  inputs: string[];
  json: boolean;
  lang: Lang;
  period: string | null;
  today: string | null;
  report: string | null;
  since: string | null;
  workers: number | null;
  /** Read limits (--max-bytes, --max-cells); null keeps the reader's defaults. */
  maxBytes: number | null;
  maxCells: number | null;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

const VALUE_OPTIONS = new Set(["--lang", "--period", "--today", "--report", "--since", "--workers", "--max-bytes", "--max-cells"]);

export function parseArgs(argv: string[], defaultLang: Lang): CliArgs {
  const args: CliArgs = {
    command: null,
    inputs: [],
    json: false,
    lang: defaultLang,
    period: null,
    today: null,
    report: null,
    since: null,
    workers: null,
    maxBytes: null,
    maxCells: null,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new UsageError("cli.usage.missing-value", { option: name });
      setValue(args, name, value);
    } else if (name === "--json") args.json = true;
    else if (name === "--help" || name === "-h") args.help = true;
    else if (name === "--version" || name === "-v") args.version = true;
    else if (name.startsWith("-") && name !== "-") throw new UsageError("cli.usage.unknown-option", { option: name });
    else if (args.command === null) args.command = raw;
    else args.inputs.push(raw);
  }
  return args;
}

function setValue(args: CliArgs, name: string, value: string): void {
  switch (name) {
    case "--lang":
      if (!isLang(value)) throw new UsageError("cli.usage.bad-lang", { value });
      args.lang = value;
      break;
    case "--period":
      args.period = value;
      break;
    case "--today":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError("cli.usage.bad-today", { value });
      args.today = value;
      break;
    case "--report":
      args.report = value;
      break;
    case "--since":
      args.since = value;
      break;
    case "--workers":
      if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError("cli.usage.bad-workers", { value });
      args.workers = Number(value);
      break;
    case "--max-bytes":
      args.maxBytes = byteSize(value);
      if (args.maxBytes === null) throw new UsageError("cli.usage.bad-max-bytes", { value });
      break;
    case "--max-cells":
      if (!/^[1-9]\d{0,14}$/.test(value)) throw new UsageError("cli.usage.bad-max-cells", { value });
      args.maxCells = Number(value);
      break;
  }
}

const BYTE_UNITS: Record<string, number> = { "": 1, B: 1, K: 1024, KB: 1024, M: 1024 ** 2, MB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3 };

/** `200MB`, `1GB`, `104857600`: binary units, as the file manager shows sizes. */
function byteSize(value: string): number | null {
  const m = /^([1-9]\d{0,14})\s*([KMG]?B?)$/i.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]) * BYTE_UNITS[m[2].toUpperCase()];
  return Number.isSafeInteger(n) ? n : null;
}
