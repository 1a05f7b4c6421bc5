// Types for engine-boundary.cjs, so TypeScript code (test/lint) can import the plugin.
import type { ESLint, Linter, Rule } from "eslint";

declare const plugin: ESLint.Plugin & {
  rules: { "engine-boundary": Rule.RuleModule };
  /** The `no-restricted-globals` entries applied to src/engine. */
  restrictedGlobals: ReadonlyArray<{ name: string; message: string }>;
  /** Rules for files under src/engine, with `root` the engine folder (absolute, or relative to ESLint's cwd). */
  engineConfig(root: string): Linter.Config;
};

export = plugin;
