/**
 * @jest-environment node
 */
// The local ESLint rule that keeps src/engine pure (eslint-rules/engine-boundary.cjs), checked with ESLint's
// RuleTester (which registers its cases with jest's describe/it) and with a Linter running the same settings
// eslint.config.mjs applies to src/engine.

import path from "node:path";
import { Linter, RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import engineBoundary from "../../eslint-rules/layer-boundary.cjs";

const repoRoot = path.resolve(__dirname, "../..");
const engineRoot = path.join(repoRoot, "src", "engine");
const gradeFile = path.join(engineRoot, "grade.ts");
const bandFile = path.join(engineRoot, "criteria", "band.ts");

const WHY = "src/engine is the pure grading core: it may import only its own files and zod (see ARCHITECTURE.md)";

const rule = engineBoundary.rules["engine-boundary"];
const options = [{ root: engineRoot }];

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

ruleTester.run("engine-boundary", rule, {
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
      errors: [{ messageId: "notAllowed", data: { specifier: "react" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'import fs from "node:fs";',
      errors: [{ messageId: "notAllowed", data: { specifier: "node:fs" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'import fs from "fs";',
      errors: [{ messageId: "notAllowed", data: { specifier: "fs" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'import x from "../excel/adapter";',
      errors: [{ messageId: "outside", data: { specifier: "../excel/adapter" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'import ExcelJS from "exceljs";',
      errors: [{ messageId: "notAllowed", data: { specifier: "exceljs" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'import { Button } from "@fluentui/react-components";',
      errors: [{ messageId: "notAllowed", data: { specifier: "@fluentui/react-components" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'export * from "@microsoft/office-js";',
      errors: [{ messageId: "notAllowed", data: { specifier: "@microsoft/office-js" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'export { run } from "office-js";',
      errors: [{ messageId: "notAllowed", data: { specifier: "office-js" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'const mod = await import("node:path");',
      errors: [{ messageId: "notAllowed", data: { specifier: "node:path" } }],
    },
    {
      filename: gradeFile,
      options,
      code: "const name = 'react'; const mod = await import(name);",
      errors: [{ messageId: "computed" }],
    },
    {
      filename: gradeFile,
      options,
      code: 'const os = require("os");',
      errors: [{ messageId: "notAllowed", data: { specifier: "os" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'import path = require("path");',
      errors: [{ messageId: "notAllowed", data: { specifier: "path" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'type R = typeof import("react");',
      errors: [{ messageId: "notAllowed", data: { specifier: "react" } }],
    },
    {
      filename: gradeFile,
      options,
      code: '/// <reference types="node" />\nexport const one = 1;',
      errors: [{ messageId: "notAllowed", data: { specifier: "node" } }],
    },
    {
      filename: bandFile,
      options,
      code: 'import { run } from "../../excel/adapter";',
      errors: [{ messageId: "outside", data: { specifier: "../../excel/adapter" } }],
    },
    {
      filename: gradeFile,
      options,
      code: 'import "zodiac";',
      errors: [{ messageId: "notAllowed", data: { specifier: "zodiac" } }],
    },
  ],
});

describe("src/engine lint settings (engineConfig, as used by eslint.config.mjs)", () => {
  const linter = new Linter({ cwd: repoRoot });
  const config: Linter.Config[] = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tseslint.parser },
      ...engineBoundary.engineConfig(engineRoot),
    },
  ];
  const lint = (code: string, filename = gradeFile) => linter.verify(code, config, filename);

  it("explains why a forbidden import is rejected", () => {
    const messages = lint('import React from "react";\nexport { React };');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.ruleId).toBe("local/engine-boundary");
    expect(messages[0]?.message).toBe(`"react" is not allowed here. ${WHY}.`);
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
});
