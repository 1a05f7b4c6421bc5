/**
 * Runs a generator a slice at a time, handing the pane's thread back between slices so the progress shows and a
 * Cancel click lands: the fit never freezes the pane. Slices are counted in steps, not measured in time, so a
 * run does the same work in the same order on every machine.
 */

export interface SliceOptions<P> {
  /** Steps run before the thread is handed back. */
  readonly stepsPerSlice: number;
  /** Resolves when the pane has had its turn (a macrotask, so rendering and clicks come first). */
  readonly pause: () => Promise<void>;
  readonly cancelled: () => boolean;
  readonly onProgress: (progress: P) => void;
}

/** The generator's return value, or null when it was cancelled between slices. */
export async function runInSlices<P, R>(work: Generator<P, R, void>, options: SliceOptions<P>): Promise<R | null> {
  for (;;) {
    let last: P | null = null;
    for (let i = 0; i < options.stepsPerSlice; i++) {
      const step = work.next();
      if (step.done) return step.value;
      last = step.value;
    }
    if (last !== null) options.onProgress(last);
    await options.pause();
    if (options.cancelled()) {
      work.return(undefined as never);
      return null;
    }
  }
}

/** A macrotask: the browser renders and delivers input before it runs. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
