/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Webpack gets ES modules (tree-shaking); jest runs CommonJS. Type checking is `npm run typecheck`'s job.
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { isolatedModules: true, module: "commonjs", moduleResolution: "node", jsx: "react-jsx" } },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, whose ESM-only dependencies jest's CommonJS runtime
    // cannot load; the mock needs nothing from it (shared/TOOLCHAIN.md).
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest.cjs",
  },
};
