import * as fs from "fs";
import * as path from "path";
import { execFile } from "child_process";
import { promisify } from "util";
import * as os from "os";
import { pathToFileURL } from "url";

const exec = promisify(execFile);

/** LibreOffice's program on the PATH, or null: tests that need it are skipped, and say so. */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, "soffice");
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** The test's name, marked when LibreOffice is missing so the skip is visible in the run's output. */
export function needsSoffice(name: string): string {
  return sofficePath() ? name : `${name} [skipped: LibreOffice (soffice) is not installed]`;
}

/** Converts a file with LibreOffice into `outDir` (a fresh profile, so runs do not share state); returns the new file's path. */
export async function sofficeConvert(file: string, to: string, outDir: string): Promise<string> {
  const profile = await fs.promises.mkdtemp(path.join(os.tmpdir(), "plancheck-soffice-profile-"));
  try {
    await exec(sofficePath()!, ["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", to, "--outdir", outDir, file], { timeout: 180_000 });
  } finally {
    await fs.promises.rm(profile, { recursive: true, force: true });
  }
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  return path.join(outDir, `${base}.${to.split(":")[0]}`);
}
