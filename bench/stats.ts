/** One benchmark figure, with the goal it is held to where the issue sets one. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  met?: boolean;
  note?: string;
}

/** Small statistics for benchmark runs: medians, not means, so one slow run does not skew a figure. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `runs` times (after one warm-up) and returns the wall times in milliseconds. */
export function timeRuns(runs: number, fn: () => void): number[] {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

/** Wall time of one call, in milliseconds. */
export async function timeOnceAsync(fn: () => Promise<void>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
