/**
 * @jest-environment node
 */
// The local ESLint rule that keeps each layer of src/ to its allowed imports (eslint-rules/layer-boundary.cjs),
// checked with ESLint's RuleTester (which registers its cases with jest's describe/it) and with a Linter running
// the same settings eslint.config.mjs applies. Every boundary has a case that passes and one that is rejected.

import { readdirSync } from "node:fs";
import path from "node:path";
import { Linter, RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import layerBoundary from "../../eslint-rules/layer-boundary.cjs";

const repoRoot = path.resolve(__dirname, "../..");
const engineRoot = path.join(repoRoot, "src", "engine");
const gradeFile = path.join(engineRoot, "grade.ts");
const bandFile = path.join(engineRoot, "criteria", "band.ts");

const WHY =
  "src/engine is the pure grading core: it may import only its own files, zod and opencc-js (see ARCHITECTURE.md)";

const rule = layerBoundary.rules["layer-boundary"];
const options = [{ root: repoRoot }];

/** The reason every message of the layer in `dir` ends with. */
function whyOf(dir: string): string {
  const layer = layerBoundary.layers.find((l) => l.dir === dir);
  if (!layer) throw new Error(`${dir} is not in the layer table`);
  return layer.why;
}

/** The expected report for a package (or a `/// <reference types>`) the layer may not use. */
const notAllowed = (specifier: string, dir = "src/engine") => ({
  messageId: "notAllowed",
  data: { specifier, why: whyOf(dir), layer: dir },
});

/** The expected report for a relative path that lands outside what the layer may import. */
const outside = (specifier: string, target: string, dir = "src/engine") => ({
  messageId: "outside",
  data: { specifier, target, why: whyOf(dir), layer: dir },
});

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

ruleTester.run("layer-boundary: src/engine", rule, {
  valid: [
    { filename: bandFile, options, code: 'import { z } from "zod";' },
    { filename: bandFile, options, code: 'import { a } from "./criteria/band";' },
    { filename: bandFile, options, code: 'import { b } from "../types";' },
    { filename: gradeFile, options, code: 'import { z } from "zod/v4";' },
    { filename: gradeFile, options, code: 'export * from "./criteria/band";' },
    { filename: gradeFile, options, code: 'export { b } from "../engine/types";' },
    { filename: gradeFile, options, code: 'import type { Band } from "./criteria/band";' },
    { filename: gradeFile, options, code: 'const band = await import("./criteria/band");' },
    { filename: gradeFile, options, code: 'type Band = typeof import("./criteria/band");' },
  ],
  invalid: [
    {
      filename: gradeFile,
      options,
      code: 'import React from "react";',
      errors: [notAllowed("react")],
    },
    {
      filename: gradeFile,
      options,
      code: 'import fs from "node:fs";',
      errors: [notAllowed("node:fs")],
    },
    {
      filename: gradeFile,
      options,
      code: 'import fs from "fs";',
      errors: [notAllowed("fs")],
    },
    {
      filename: gradeFile,
      options,
      code: 'import x from "../excel/adapter";',
      errors: [outside("../excel/adapter", "src/excel")],
    },
    {
      filename: gradeFile,
      options,
      code: 'import ExcelJS from "exceljs";',
      errors: [notAllowed("exceljs")],
    },
    {
      filename: gradeFile,
      options,
      code: 'import { Button } from "@fluentui/react-components";',
      errors: [notAllowed("@fluentui/react-components")],
    },
    {
      filename: gradeFile,
      options,
      code: 'export * from "@microsoft/office-js";',
      errors: [notAllowed("@microsoft/office-js")],
    },
    {
      filename: gradeFile,
      options,
      code: 'export { run } from "office-js";',
      errors: [notAllowed("office-js")],
    },
    {
      filename: gradeFile,
      options,
      code: 'const mod = await import("node:path");',
      errors: [notAllowed("node:path")],
    },
    {
      filename: gradeFile,
      options,
      code: "const name = 'react'; const mod = await import(name);",
      errors: [{ messageId: "computed", data: { why: WHY } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'const os = require("os");',
      errors: [notAllowed("os")],
    },
    {
      filename: gradeFile,
      options,
      code: 'import path = require("path");',
      errors: [notAllowed("path")],
    },
    {
      filename: gradeFile,
      options,
      code: 'type R = typeof import("react");',
      errors: [notAllowed("react")],
    },
    {
      filename: gradeFile,
      options,
      code: '/// <reference types="node" />\nexport const one = 1;',
      errors: [notAllowed("node")],
    },
    {
      filename: bandFile,
      options,
      code: 'import { run } from "../../excel/adapter";',
      errors: [outside("../../excel/adapter", "src/excel")],
    },
    {
      filename: gradeFile,
      options,
      code: 'import "zodiac";',
      errors: [notAllowed("zodiac")],
    },
  ],
});

/** A file in a layer, for the cases below (the rule only reads the path). */
const fileIn = (dir: string, name = "file.ts") => path.join(repoRoot, dir, name);

const planFile = fileIn("src/plan", "formattingPlan.ts");
ruleTester.run("layer-boundary: src/plan", rule, {
  valid: [
    { filename: planFile, options, code: 'import { FIELDS } from "../engine";' },
    { filename: planFile, options, code: 'import { mapColumns } from "../engine/headers/mapColumns";' },
    { filename: planFile, options, code: 'import { columnLetters } from "./addresses";' },
    { filename: planFile, options, code: 'import { z } from "zod";' },
    {
      filename: planFile,
      options,
      code: "export function width(letters: readonly string[]): number { return letters.length; }",
    },
  ],
  invalid: [
    {
      filename: planFile,
      options,
      code: 'import { createExcelAdapter } from "../excel";',
      errors: [outside("../excel", "src/excel", "src/plan")],
    },
    {
      filename: planFile,
      options,
      code: 'import { run } from "../cli/run";',
      errors: [outside("../cli/run", "src/cli", "src/plan")],
    },
    { filename: planFile, options, code: 'import React from "react";', errors: [notAllowed("react", "src/plan")] },
    {
      filename: planFile,
      options,
      code: 'import { Workbook } from "exceljs";',
      errors: [notAllowed("exceljs", "src/plan")],
    },
    { filename: planFile, options, code: 'import fs from "node:fs";', errors: [notAllowed("node:fs", "src/plan")] },
    {
      filename: planFile,
      options,
      code: "export function write(sheet: Excel.Worksheet): void { void sheet; }",
      errors: [{ messageId: "hostType", data: { name: "Excel", why: whyOf("src/plan") } }],
    },
    {
      filename: planFile,
      options,
      code: "export type Ready = typeof Office.onReady;",
      errors: [{ messageId: "hostType", data: { name: "Office", why: whyOf("src/plan") } }],
    },
  ],
});

const excelFile = fileIn("src/excel", "gradeAll.ts");
ruleTester.run("layer-boundary: src/excel", rule, {
  valid: [
    { filename: excelFile, options, code: 'import { planOutputColumns } from "../plan";' },
    { filename: excelFile, options, code: 'import { gradeTable } from "../engine";' },
    { filename: excelFile, options, code: 'import { queueFreezeHeader } from "./template/freezeHeader";' },
    { filename: excelFile, options, code: "export function write(sheet: Excel.Worksheet): void { void sheet; }" },
  ],
  invalid: [
    {
      filename: excelFile,
      options,
      code: 'import { run } from "../cli/run";',
      errors: [outside("../cli/run", "src/cli", "src/excel")],
    },
    {
      filename: excelFile,
      options,
      code: 'import { usePaneAdapter } from "../taskpane/paneAdapter";',
      errors: [outside("../taskpane/paneAdapter", "src/taskpane", "src/excel")],
    },
    {
      filename: excelFile,
      options,
      code: 'import { hostOf } from "../simulator";',
      errors: [outside("../simulator", "src/simulator", "src/excel")],
    },
    { filename: excelFile, options, code: 'import React from "react";', errors: [notAllowed("react", "src/excel")] },
    {
      filename: excelFile,
      options,
      code: 'import { Button } from "@fluentui/react-components";',
      errors: [notAllowed("@fluentui/react-components", "src/excel")],
    },
    { filename: excelFile, options, code: 'import fs from "node:fs";', errors: [notAllowed("node:fs", "src/excel")] },
    {
      filename: excelFile,
      options,
      code: 'import fs from "fs/promises";',
      errors: [notAllowed("fs/promises", "src/excel")],
    },
    {
      filename: excelFile,
      options,
      code: 'import { Workbook } from "exceljs";',
      errors: [notAllowed("exceljs", "src/excel")],
    },
  ],
});

const cliFile = fileIn("src/cli", "gradeCommand.ts");
ruleTester.run("layer-boundary: src/cli", rule, {
  valid: [
    { filename: cliFile, options, code: 'import { planOutputColumns } from "../plan";' },
    { filename: cliFile, options, code: 'import { gradeTable } from "../engine";' },
    { filename: cliFile, options, code: 'import { columnLetters } from "../plan/addresses";' },
    { filename: cliFile, options, code: 'import { readFile } from "node:fs/promises";' },
    { filename: cliFile, options, code: 'import { Workbook } from "exceljs";' },
    { filename: cliFile, options, code: 'import { SaxesParser } from "saxes";' },
  ],
  invalid: [
    {
      filename: cliFile,
      options,
      code: 'import { OUTPUT_FIELDS } from "../excel/outputColumns";',
      errors: [outside("../excel/outputColumns", "src/excel", "src/cli")],
    },
    {
      filename: cliFile,
      options,
      code: 'import { paneText } from "../taskpane/i18n";',
      errors: [outside("../taskpane/i18n", "src/taskpane", "src/cli")],
    },
    {
      filename: cliFile,
      options,
      code: 'import { gradeFunctions } from "../functions/core/gradeFunctions";',
      errors: [outside("../functions/core/gradeFunctions", "src/functions", "src/cli")],
    },
    { filename: cliFile, options, code: 'import React from "react";', errors: [notAllowed("react", "src/cli")] },
    {
      filename: cliFile,
      options,
      code: 'import { createRoot } from "react-dom/client";',
      errors: [notAllowed("react-dom/client", "src/cli")],
    },
    {
      filename: cliFile,
      options,
      code: "export function write(sheet: Excel.Worksheet): void { void sheet; }",
      errors: [{ messageId: "hostType", data: { name: "Excel", why: whyOf("src/cli") } }],
    },
  ],
});

const paneFile = fileIn("src/taskpane", "components/GradePanel.tsx");
ruleTester.run("layer-boundary: src/taskpane", rule, {
  valid: [
    { filename: paneFile, options, code: 'import type { ExcelAdapter } from "../../excel";' },
    { filename: paneFile, options, code: 'import { adapter } from "../../shared/runtime";' },
    { filename: paneFile, options, code: 'import { FIELDS } from "../../engine";' },
    { filename: paneFile, options, code: 'import { columnLetters } from "../../plan";' },
    { filename: paneFile, options, code: 'import { useState } from "react";' },
    { filename: paneFile, options, code: 'import { Button } from "@fluentui/react-components";' },
  ],
  invalid: [
    {
      filename: paneFile,
      options,
      code: 'import { run } from "../../cli/run";',
      errors: [outside("../../cli/run", "src/cli", "src/taskpane")],
    },
    {
      filename: paneFile,
      options,
      code: 'import { SimWorkbook } from "../../simulator";',
      errors: [outside("../../simulator", "src/simulator", "src/taskpane")],
    },
    {
      filename: paneFile,
      options,
      code: 'import path from "node:path";',
      errors: [notAllowed("node:path", "src/taskpane")],
    },
    {
      filename: paneFile,
      options,
      code: 'import { Workbook } from "exceljs";',
      errors: [notAllowed("exceljs", "src/taskpane")],
    },
  ],
});

const functionsFile = fileIn("src/functions", "functions.ts");
ruleTester.run("layer-boundary: src/functions", rule, {
  valid: [
    { filename: functionsFile, options, code: 'import { adapter } from "../shared/runtime";' },
    { filename: functionsFile, options, code: 'import { gradeTable } from "../engine";' },
    { filename: functionsFile, options, code: 'import { cellError } from "./core/cellError";' },
  ],
  invalid: [
    {
      filename: functionsFile,
      options,
      code: 'import { paneText } from "../taskpane/i18n";',
      errors: [outside("../taskpane/i18n", "src/taskpane", "src/functions")],
    },
    {
      filename: functionsFile,
      options,
      code: 'import { run } from "../cli/run";',
      errors: [outside("../cli/run", "src/cli", "src/functions")],
    },
    {
      filename: functionsFile,
      options,
      code: 'import React from "react";',
      errors: [notAllowed("react", "src/functions")],
    },
    {
      filename: functionsFile,
      options,
      code: 'import fs from "node:fs";',
      errors: [notAllowed("node:fs", "src/functions")],
    },
  ],
});

const sharedFile = fileIn("src/shared", "runtime.ts");
ruleTester.run("layer-boundary: src/shared", rule, {
  valid: [{ filename: sharedFile, options, code: 'import { createExcelAdapter, officeHost } from "../excel";' }],
  invalid: [
    {
      filename: sharedFile,
      options,
      code: 'import { App } from "../taskpane/components/App";',
      errors: [outside("../taskpane/components/App", "src/taskpane", "src/shared")],
    },
    { filename: sharedFile, options, code: 'import React from "react";', errors: [notAllowed("react", "src/shared")] },
  ],
});

const simulatorFile = fileIn("src/simulator", "range.ts");
ruleTester.run("layer-boundary: src/simulator", rule, {
  valid: [{ filename: simulatorFile, options, code: 'import { columnLetters } from "./address";' }],
  invalid: [
    {
      filename: simulatorFile,
      options,
      code: 'import type { Lang } from "../engine";',
      errors: [outside("../engine", "src/engine", "src/simulator")],
    },
    {
      filename: simulatorFile,
      options,
      code: 'import { columnLetters } from "../plan";',
      errors: [outside("../plan", "src/plan", "src/simulator")],
    },
    {
      filename: simulatorFile,
      options,
      code: 'import { z } from "zod";',
      errors: [notAllowed("zod", "src/simulator")],
    },
  ],
});

const demoFile = fileIn("src/demo", "sampleWorkbook.ts");
ruleTester.run("layer-boundary: src/demo", rule, {
  valid: [
    { filename: demoFile, options, code: 'import { SimWorkbook } from "../simulator";' },
    { filename: demoFile, options, code: 'import sample from "../../samples/logistics-customers.json";' },
  ],
  invalid: [
    {
      filename: demoFile,
      options,
      code: 'import { createExcelAdapter } from "../excel";',
      errors: [outside("../excel", "src/excel", "src/demo")],
    },
    {
      filename: demoFile,
      options,
      code: 'import "../taskpane/index";',
      errors: [outside("../taskpane/index", "src/taskpane", "src/demo")],
    },
    {
      filename: demoFile,
      options,
      code: 'import pkg from "../../package.json";',
      errors: [outside("../../package.json", "package.json", "src/demo")],
    },
    { filename: demoFile, options, code: 'import React from "react";', errors: [notAllowed("react", "src/demo")] },
  ],
});

ruleTester.run("layer-boundary: outside src", rule, {
  valid: [
    { filename: path.join(repoRoot, "test", "plan", "x.test.ts"), options, code: 'import "../../src/excel";' },
    { filename: path.join(repoRoot, "scripts", "x.mjs"), options, code: 'import React from "react";' },
  ],
  invalid: [],
});

describe("lint settings (layerConfigs, as used by eslint.config.mjs)", () => {
  const linter = new Linter({ cwd: repoRoot });
  const config: Linter.Config[] = [
    { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tseslint.parser } },
    ...layerBoundary.layerConfigs(repoRoot),
  ];
  const lint = (code: string, filename = gradeFile) => linter.verify(code, config, filename);

  it("explains why a forbidden import is rejected", () => {
    const messages = lint('import React from "react";\nexport { React };');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.ruleId).toBe("local/layer-boundary");
    expect(messages[0]?.message).toBe(`"react" is not allowed here. ${WHY}.`);
  });

  it("names where a relative import lands", () => {
    const messages = lint('import { run } from "../cli/run";\nexport { run };', planFile);
    expect(messages.map((m) => m.message)).toEqual([
      `"../cli/run" resolves to src/cli, which src/plan may not import. ${whyOf("src/plan")}.`,
    ]);
  });

  it.each(["Excel", "Office", "window", "document", "process", "require"])("forbids the %s global", (name) => {
    const messages = lint(`export const host = ${name};`);
    expect(messages.map((m) => m.ruleId)).toEqual(["no-restricted-globals"]);
    expect(messages[0]?.message).toContain(WHY);
  });

  it("accepts an engine file that imports only zod and engine files", () => {
    const code =
      'import { z } from "zod";\nimport { a } from "./band";\nimport { b } from "../types";\nexport { z, a, b };';
    expect(lint(code, bandFile)).toEqual([]);
  });

  const globalCases = layerBoundary.layers.flatMap((layer) => layer.globals.map((name) => [layer.dir, name] as const));
  it.each(globalCases)("in %s, forbids the %s global", (dir, name) => {
    const messages = lint(`export const host = ${name};`, fileIn(dir));
    expect(messages.map((m) => m.ruleId)).toEqual(["no-restricted-globals"]);
    expect(messages[0]?.message).toContain(whyOf(dir));
  });

  it.each([
    ["src/excel", "export const run = Excel.run;"],
    ["src/taskpane", "export const ready = Office.onReady;"],
    ["src/functions", "export const ready = Office.onReady;"],
    ["src/cli", "export const argv = process.argv;"],
    ["src/demo", "export const page = window.location;"],
  ])("in %s, accepts the host's own globals: %s", (dir, code) => {
    expect(lint(code, fileIn(dir))).toEqual([]);
  });

  it("has a row for every folder of src, so a new folder is placed on purpose", () => {
    const folders = readdirSync(path.join(repoRoot, "src"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/${entry.name}`);
    expect(layerBoundary.layers.map((l) => l.dir).sort()).toEqual(folders.sort());
  });

  it("lets each layer import only layers beneath it, so no two layers import each other", () => {
    const may = new Map(layerBoundary.layers.map((l) => [l.dir, l.may]));
    for (const [dir, below] of may) {
      for (const other of below) expect(may.get(other) ?? []).not.toContain(dir);
    }
  });
});
