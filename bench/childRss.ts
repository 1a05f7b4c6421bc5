/** A child process's peak RSS, for the benchmarks that run the built command line. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes, in `dir`, a script to `--require` that prints the process's peak RSS when it exits
 * (`process.resourceUsage` is per process, so it must run inside the child); returns its path.
 */
export function rssPreload(dir: string): string {
  const path = join(dir, "max-rss.cjs");
  writeFileSync(
    path,
    'process.on("exit", () => process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n',
  );
  return path;
}

/** The peak RSS the preload printed, in MB; NaN when it printed none. */
export function peakRssMb(stderr: string): number {
  const rss = /maxRSS=(\d+)/.exec(stderr);
  return rss ? Number(rss[1]) / 1024 : Number.NaN;
}
