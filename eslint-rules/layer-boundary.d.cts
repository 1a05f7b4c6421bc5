// Types for layer-boundary.cjs, so TypeScript code (test/lint) can import the plugin.
import type { ESLint, Linter, Rule } from "eslint";

interface Layer {
  /** The layer's folder, relative to the repository. */
  readonly dir: string;
  /** Folders it may import besides its own. */
  readonly may: readonly string[];
  /** `only`: every package it may use; `never`: the packages it must not use. */
  readonly packages: { readonly only: readonly string[] } | { readonly never: readonly string[] };
  /** Globals it must not touch. */
  readonly globals: readonly string[];
  /** Why, as every message of the layer ends. */
  readonly why: string;
}

declare const plugin: ESLint.Plugin & {
  rules: { "layer-boundary": Rule.RuleModule };
  layers: readonly Layer[];
  /** A layer's `no-restricted-globals` entries. */
  restrictedGlobals(layer: Layer): Array<{ name: string; message: string }>;
  /** The settings for files under src/, with `root` the repository's folder (absolute, or relative to ESLint's cwd). */
  layerConfigs(root: string): Linter.Config[];
};

export = plugin;
