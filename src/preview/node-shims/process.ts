/**
 * The browser page's `process`, for the command-line modules the page's file worker shares with
 * `plancheck` (the report's and overview's models): no environment, no arguments, no exit.
 */
export const process = {
  env: {} as Record<string, string | undefined>,
  argv: [] as string[],
  platform: "browser",
  pid: 0,
  versions: {} as Record<string, string>,
  cwd: () => "/",
  exitCode: undefined as number | undefined,
  stdout: { isTTY: false, columns: 80, write: () => true },
  stderr: { isTTY: false, columns: 80, write: () => true },
  on: () => undefined,
  exit: (code?: number) => {
    throw new Error(`exit ${code ?? 0}`);
  },
};
