import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

/**
 * Node adapter: old binary Office files (.xls, .doc) converted by LibreOffice to the formats
 * PlanCheck reads, in a private temporary folder (the plan, LibreOffice's profile and the result
 * all in it, removed afterwards), with a time limit after which LibreOffice is stopped.
 */

export type LegacyTarget = "xlsx" | "docx";

/** Why a conversion gave nothing: no LibreOffice, out of time, or LibreOffice failed. */
export class ConversionError extends Error {
  constructor(
    readonly problem: "no-converter" | "timeout" | "failed",
    message: string,
  ) {
    super(message);
    this.name = "ConversionError";
  }
}

/** Long enough for a first start with a fresh profile on a slow machine. */
export const CONVERSION_TIMEOUT_MS = 120_000;

/** LibreOffice's program: PLANCHECK_SOFFICE when set, else `soffice` or `libreoffice` on the PATH. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (env.PLANCHECK_SOFFICE) return (await isExecutable(env.PLANCHECK_SOFFICE)) ? env.PLANCHECK_SOFFICE : null;
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fs.constants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function convertWithSoffice(
  bytes: Uint8Array,
  from: "xls" | "doc",
  to: LegacyTarget,
  timeoutMs = CONVERSION_TIMEOUT_MS,
): Promise<Buffer> {
  const soffice = await findSoffice();
  if (!soffice) throw new ConversionError("no-converter", "LibreOffice (soffice) is not installed");
  // mkdtemp makes the folder readable by this user only.
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plancheck-convert-"));
  try {
    const input = path.join(dir, `plan.${from}`);
    const out = path.join(dir, "out");
    await fs.writeFile(input, bytes, { mode: 0o600 });
    await fs.mkdir(out);
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      `-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`,
      "--convert-to",
      to,
      "--outdir",
      out,
      input,
    ];
    await run(soffice, args, timeoutMs);
    const result = path.join(out, `plan.${to}`);
    try {
      return await fs.readFile(result);
    } catch {
      throw new ConversionError("failed", "LibreOffice wrote no converted file");
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Runs LibreOffice in its own process group, so that on time-out the whole group is stopped. */
function run(program: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
      reject(new ConversionError("timeout", `LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new ConversionError("failed", err.message));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new ConversionError("failed", `LibreOffice exited with ${code}${stderr ? `: ${stderr.trim().split("\n")[0]}` : ""}`));
    });
  });
}
