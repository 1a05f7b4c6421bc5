// ESLint 9 flat config: @eslint/js and typescript-eslint recommended everywhere, Node globals for scripts and
// config files, and the local layer-boundary rule that keeps each layer of src/ to its allowed imports
// (engine ← plan ← excel / cli; see eslint-rules/layer-boundary.cjs for the table).

import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import layerBoundary from "./eslint-rules/layer-boundary.cjs";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));

/** Globals Node provides beyond the ECMAScript ones ESLint already knows. */
const nodeGlobals = Object.fromEntries(
  [
    "AbortController",
    "AbortSignal",
    "Buffer",
    "TextDecoder",
    "TextEncoder",
    "URL",
    "URLSearchParams",
    "__dirname",
    "__filename",
    "clearImmediate",
    "clearInterval",
    "clearTimeout",
    "console",
    "exports",
    "fetch",
    "global",
    "module",
    "performance",
    "process",
    "queueMicrotask",
    "require",
    "setImmediate",
    "setInterval",
    "setTimeout",
    "structuredClone",
  ].map((name) => [name, "readonly"]),
);

export default defineConfig([
  globalIgnores(["dist/", "lib/", "node_modules/", "coverage/", ".test-results/", ".bench/"]),

  {
    name: "project/recommended",
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
  },

  {
    name: "project/node",
    files: [
      "*.{js,mjs,cjs,ts,mts,cts}",
      "scripts/**",
      "eslint-rules/**",
      "test/**",
      "bench/**",
      "bin/**",
      "src/cli/**",
      ".ci/**",
    ],
    languageOptions: { globals: nodeGlobals },
  },

  {
    name: "project/commonjs",
    files: ["**/*.{js,cjs}"],
    ignores: ["src/**"],
    languageOptions: { sourceType: "commonjs" },
    rules: {
      // Off: these files are CommonJS modules (webpack.config.js, eslint-rules/*.cjs), which load with require().
      "@typescript-eslint/no-require-imports": "off",
    },
  },

  ...layerBoundary.layerConfigs(repoRoot),
]);
