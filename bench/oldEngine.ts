/**
 * The engine as of an older commit, built beside today's for `oldVsNew.ts`: `src/engine` of that commit taken
 * from git history (`git archive`, no worktree), bundled by esbuild the way `scripts/bench.mjs` bundles the
 * bench, and imported into the same process.
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type * as engine from "../src/engine";

/**
 * What the comparison calls. Typed as today's engine: these members and the parts of their results read here
 * (outputs' grades, scores and remarks; the mapping's columns) have the same shape at the older commits.
 */
export type EngineModule = Pick<typeof engine, "gradeTable" | "loadRuleSet" | "defaultRuleSet" | "defaultRuleSetJson">;

function git(args: readonly string[]): { ok: boolean; out: Buffer; err: string } {
  const run = spawnSync("git", args, { maxBuffer: 1 << 30 });
  return { ok: run.status === 0, out: run.stdout, err: run.stderr?.toString().trim() ?? String(run.error) };
}

/** The full commit id, or an error a person can act on (a shallow clone lacks the history). */
function resolveCommit(commit: string): string {
  const found = git(["rev-parse", "--verify", "--quiet", `${commit}^{commit}`]);
  if (found.ok) return found.out.toString().trim();
  const shallow = git(["rev-parse", "--is-shallow-repository"]).out.toString().trim() === "true";
  throw new Error(
    shallow
      ? `commit ${commit} is not in this clone: it is shallow (git history is missing). ` +
          "Fetch the history first (`git fetch --unshallow`), then run this again."
      : `commit ${commit} is not in this repository's history (git rev-parse: ${found.err || "unknown revision"}).`,
  );
}

/** Extracts the commit's `src/engine` under `.bench/` (so its imports resolve to this checkout's node_modules). */
export async function loadOldEngine(commit: string): Promise<{ commit: string; engine: EngineModule }> {
  const id = resolveCommit(commit);
  const dir = resolve(".bench", `engine-${id.slice(0, 12)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = git(["archive", "--format=tar", id, "src/engine"]);
  if (!archive.ok) throw new Error(`git archive ${id} src/engine failed: ${archive.err}`);
  const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.out });
  if (untar.status !== 0) throw new Error(`tar -x failed: ${untar.stderr?.toString().trim() ?? String(untar.error)}`);
  const outfile = join(dir, "engine.mjs");
  await build({
    entryPoints: [join(dir, "src/engine/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    packages: "external",
  });
  return { commit: id, engine: (await import(pathToFileURL(outfile).href)) as EngineModule };
}
