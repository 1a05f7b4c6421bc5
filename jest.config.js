// Two jest projects: `unit` (engine, command-line logic, the adapter on the simulator, components, lint rules:
// in-process, seconds) and `integration` (Chromium, LibreOffice, the built bundles and child processes: minutes).
// `npm test` runs both; `npm run test:unit` / `npm run test:integration` one each. A test file is unit unless
// its path is listed in INTEGRATION below, so a new test file lands in the fast loop by default.

/**
 * Test files (or folders, ending in "/") that need a browser, LibreOffice, a build, or a child process.
 * The builds they load are made once, before the tests, by test/support/integrationSetup.ts.
 */
const INTEGRATION = [
  "test/e2e/", // Chromium on the demo build
  "test/manifest/manifest.test.ts", // the production webpack build in dist/
  "test/cli/libreoffice.test.ts", // LibreOffice opens what the built command writes
  "test/cli/customersLibreOffice.test.ts", // LibreOffice opens the customer workbook the built command writes
  "test/cli/formatRender.test.ts", // LibreOffice renders it, poppler turns it into pixels
  "test/cli/badInput.test.ts", // the built command (lib/cli.cjs) as a child process
  "test/cli/tempFiles.test.ts", // a child node process stopped by a signal
  "test/demo/start.test.ts", // scripts/start.mjs in a child node process
  "test/demo/webpackConfig.test.ts", // loads webpack.config.js and its plugins
  "test/scale/", // a sheet's full 1,048,576 rows
  "test/runner/closingLine.test.ts", // runs scripts/run-tests.mjs (and so jest) on a fixture project
  "test/sql/postgresServer.test.ts", // starts PostgreSQL servers (initdb, pg_ctl) and child node processes
  "test/sql/postgresEquality.test.ts", // the compiled SQL on a PostgreSQL server it starts
  "test/sql/duckdbScale.test.ts", // 100,000 rows through the engine and DuckDB (half a minute)
  "test/sql/sparkSyntax.test.ts", // bundles dt-sql-parser's Spark grammar with esbuild first
];

/** A path in INTEGRATION as a regular expression on the test file's path. */
function pattern(path) {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return `<rootDir>/${escaped}${path.endsWith("/") ? "" : "$"}`;
}

/** What both projects share. */
const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Webpack gets ES modules (tree-shaking); jest runs CommonJS. Type checking is `npm run typecheck`'s job.
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { isolatedModules: true, module: "commonjs", moduleResolution: "node", jsx: "react-jsx" } },
    ],
    "^.+/node_modules/opencc-js/.+\\.js$": [
      "ts-jest",
      { tsconfig: { isolatedModules: true, module: "commonjs", moduleResolution: "node", allowJs: true } },
    ],
  },
  // opencc-js's character tables are ES modules only: jest's CommonJS runtime gets them compiled.
  transformIgnorePatterns: ["/node_modules/(?!opencc-js/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Property tests draw from one fixed seed; FC_SEED=random explores (test/support/fastCheckSeed.ts).
  setupFiles: ["<rootDir>/test/support/fastCheckSeed.ts"],
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, whose ESM-only dependencies jest's CommonJS runtime
    // cannot load; the mock needs nothing from it.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest.cjs",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  // The tests run on loaded 2-core machines, where the heaviest unit tests take seconds (jest's default is 5 s).
  // A timeout only bounds a failure, a hang; no test relies on it, and one that needs longer says so itself.
  // A global option: jest ignores it inside a project's settings.
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testPathIgnorePatterns: ["/node_modules/", ...INTEGRATION.map(pattern)],
    },
    {
      ...common,
      displayName: "integration",
      testMatch: INTEGRATION.map((path) =>
        path.endsWith("/") ? `<rootDir>/${path}**/*.test.{ts,tsx}` : `<rootDir>/${path}`,
      ),
      globalSetup: "<rootDir>/test/support/integrationSetup.ts",
    },
  ],
};
