/** Timing helpers for `npm run bench`: medians of several runs, side by side in one process. */

export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /**
   * The process's CPU time (user + system, all threads, so the collector's helpers too), median: less moved
   * than wall time by other jobs on a shared machine, but not a figure a user waits.
   */
  readonly cpuMedianMs: number;
}

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export function time(runs: number, work: () => void): Timing {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(once(work));
  return timingOf(samples);
}

/**
 * Two pieces of work timed in turns (a b, b a, a b …), so a change in the machine's load during the
 * measurement falls on both alike.
 */
export function alternate(runs: number, a: () => void, b: () => void): readonly [Timing, Timing] {
  const samplesA: Sample[] = [];
  const samplesB: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      samplesA.push(once(a));
      samplesB.push(once(b));
    } else {
      samplesB.push(once(b));
      samplesA.push(once(a));
    }
  }
  return [timingOf(samplesA), timingOf(samplesB)];
}

/** Sleeping (untimed) lets the collector's background threads finish the last run's sweeping first. */
const pause = new Int32Array(new SharedArrayBuffer(4));
const SETTLE_MS = 25;

function once(work: () => void): Sample {
  globalThis.gc?.(); // with --expose-gc, start every run from a clean heap
  Atomics.wait(pause, 0, 0, SETTLE_MS);
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (sorted: readonly number[]): number => sorted[Math.floor(sorted.length / 2)] as number;

function timingOf(samples: readonly Sample[]): Timing {
  const wall = samples.map((s) => s.wallMs).sort((a, b) => a - b);
  return {
    runs: samples.length,
    medianMs: median(wall),
    minMs: wall[0] as number,
    maxMs: wall[wall.length - 1] as number,
    cpuMedianMs: median(samples.map((s) => s.cpuMs).sort((a, b) => a - b)),
  };
}

export const rowsPerSecond = (rows: number, t: Timing): number => (rows / t.medianMs) * 1000;

export function formatInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${formatInt(ms)} ms` : `${ms.toFixed(1)} ms`;
}
