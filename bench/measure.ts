/** Timing helpers for `npm run bench`: medians of several runs, side by side in one process. */

export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

export function time(runs: number, work: () => void): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.(); // with --expose-gc, start every run from a clean heap
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    runs,
    medianMs: samples[Math.floor(samples.length / 2)] as number,
    minMs: samples[0] as number,
    maxMs: samples[samples.length - 1] as number,
  };
}

export const rowsPerSecond = (rows: number, t: Timing): number => (rows / t.medianMs) * 1000;

export function formatInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${formatInt(ms)} ms` : `${ms.toFixed(1)} ms`;
}
