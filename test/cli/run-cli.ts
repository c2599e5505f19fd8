import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process with captured output, as a terminal would show it. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = { LANG: "en_GB.UTF-8" }): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    // One worker keeps these tests in-process; the pool has its own test.
    [...args, "--workers", "1"],
    { out: (s) => (stdout += s.endsWith("\n") ? s : s + "\n"), err: (s) => (stderr += s.endsWith("\n") ? s : s + "\n"), isTTY: false },
    env,
  );
  return { code, stdout, stderr };
}

export const FIXTURES = `${__dirname}/../fixtures`;
