/** Where the command line writes: injected so tests capture output without a terminal. */
export interface CliIO {
  out(text: string): void;
  /**
   * Writes bytes to the same place as `out`, as they are: large outputs (the text report, the
   * JSON) are encoded once as they are gathered instead of joined into text first. Optional: a
   * host without it is given text through `out`, the same bytes.
   */
  outBytes?(bytes: Uint8Array): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress and colour only then). */
  isTTY: boolean;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  outBytes: (bytes) => process.stdout.write(bytes),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  isTTY: Boolean(process.stdout.isTTY),
};
