// Local ESLint plugin that keeps each layer of src/ to the imports it is allowed (ARCHITECTURE.md's layer
// diagram): engine ← plan ← excel / cli, the task pane and custom functions over excel.
//
// Rule `layer-boundary`: every module specifier in a file under a layer of LAYERS (import, export ... from,
// dynamic import(), require(), `import x = require()`, `import("...")` types, `/// <reference>` comments) must
// be relative and resolve inside the layer itself or a folder it `may` import, or be a package the layer's row
// allows: `only` lists every package a closed layer may use (the pure ones, engine and plan); `never` lists
// what an open layer (a host) must not use, so a host can take up a new library without editing this table.
//
// One rule with a table rather than `no-restricted-imports` per folder: that rule matches the specifier's text,
// so "../excel" and "../../excel/adapter" each need a pattern in every folder, and it sees neither require(),
// `import("...")` types nor `/// <reference>`. This one resolves a relative specifier against the file and
// checks the folder it lands in, for every form of import, from one table.
//
// It also exports `layerConfigs(root)`, the settings eslint.config.mjs applies (this rule on src/**, and per
// layer `no-restricted-globals` for the host globals it must not touch: Excel, Office, window, process, ...).
// `no-restricted-globals` ignores types, so this rule reports those globals used as types (`Excel.Range`).
//
// This file is CommonJS so that jest (ts-jest, no ESM transform) can load it in test/lint as well as
// eslint.config.mjs.

"use strict";

const path = require("node:path");
const { builtinModules } = require("node:module");

/** In a `never` list: every Node built-in (`fs`, `node:path`, ...) and Node's own types. */
const NODE = "<node built-ins>";
const REACT = ["react", "react-dom", "@fluentui/"];
const OFFICE = ["office-js", "@microsoft/office-js", "@types/office-js"];

/** What each host global is for, said when a layer must not touch it. */
const GLOBAL_HINTS = {
  Excel: "Workbook access belongs in src/excel",
  Office: "Office.js belongs in src/taskpane or src/excel",
  CustomFunctions: "Custom functions belong in src/functions",
  window: "No browser globals here",
  document: "No browser globals here",
  process: "No Node globals here; pass settings in as arguments",
  require: "Use an ES import",
};

const PURE_GLOBALS = ["Excel", "Office", "window", "document", "process", "require"];

/**
 * The layers, first match wins (a folder inside another would come first). `dir` and `may` are folders
 * relative to the repository; a layer may always import its own files.
 */
const LAYERS = [
  {
    dir: "src/engine",
    may: [],
    // opencc-js: pure JavaScript conversion tables, to read Traditional headers as Simplified.
    packages: { only: ["zod", "opencc-js"] },
    globals: PURE_GLOBALS,
    why: "src/engine is the pure grading core: it may import only its own files, zod and opencc-js (see ARCHITECTURE.md)",
  },
  {
    dir: "src/plan",
    may: ["src/engine"],
    packages: { only: ["zod"] },
    globals: [...PURE_GLOBALS, "CustomFunctions"],
    why: "src/plan decides what every host writes: it may import only its own files, src/engine and zod (see ARCHITECTURE.md)",
  },
  {
    dir: "src/excel",
    may: ["src/plan", "src/engine"],
    packages: { never: [NODE, "exceljs", ...REACT] },
    globals: ["window", "document", "process", "require"],
    why: "src/excel carries the plan out in a workbook, through Office.js: it may import src/plan and src/engine, never the command line, the task pane, React, Node or ExcelJS (see ARCHITECTURE.md)",
  },
  {
    dir: "src/cli",
    may: ["src/plan", "src/engine"],
    packages: { never: [...REACT, ...OFFICE] },
    globals: ["Excel", "Office", "CustomFunctions", "window", "document"],
    why: "src/cli carries the plan out on files, in Node: it may import src/plan and src/engine, never the Excel adapter, the task pane, the custom functions, React or Office.js (see ARCHITECTURE.md)",
  },
  {
    dir: "src/taskpane",
    may: ["src/shared", "src/excel", "src/plan", "src/engine"],
    packages: { never: [NODE, "exceljs"] },
    globals: ["Excel", "process", "require"],
    why: "src/taskpane reaches the workbook only through src/excel (the adapter src/shared gives it, as usePaneAdapter()), never through the command line, the simulator, Node or ExcelJS (see ARCHITECTURE.md)",
  },
  {
    dir: "src/functions",
    may: ["src/shared", "src/excel", "src/plan", "src/engine"],
    packages: { never: [NODE, "exceljs", ...REACT] },
    globals: ["Excel", "process", "require"],
    why: "src/functions reaches the workbook only through src/excel (the adapter src/shared gives it), never through the command line, the task pane, React, Node or ExcelJS (see ARCHITECTURE.md)",
  },
  {
    dir: "src/shared",
    may: ["src/excel", "src/plan", "src/engine"],
    packages: { never: [NODE, "exceljs", ...REACT] },
    globals: ["process", "require"],
    why: "src/shared is the one runtime the task pane, the custom functions and the ribbon share: it may import src/excel, src/plan and src/engine, never one host's own code, React, Node or ExcelJS (see ARCHITECTURE.md)",
  },
  {
    dir: "src/simulator",
    may: [],
    packages: { only: [] },
    globals: ["process", "require"],
    why: "src/simulator stands in for Excel in tests and the demo: it imports nothing of the product and no package, so it stays independent of the code it tests (see ARCHITECTURE.md)",
  },
  {
    dir: "src/demo",
    may: ["src/simulator", "samples"],
    packages: { only: [] },
    globals: ["process", "require"],
    why: "src/demo is the local demo page: it may import src/simulator and samples/, and loads the add-in's unchanged bundles instead of importing its code (see ARCHITECTURE.md)",
  },
];

/** Parents of an identifier that make it a type, as `no-restricted-globals` tells them apart. */
const TYPE_PARENTS = new Set([
  "TSTypeReference",
  "TSInterfaceHeritage",
  "TSClassImplements",
  "TSTypeQuery",
  "TSQualifiedName",
]);

const SOURCE_FILES = "**/*.{ts,tsx,mts,cts,js,mjs,cjs}";

function isRelative(specifier) {
  return specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../");
}

function isInside(root, target) {
  const relative = path.relative(root, target);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isNodeBuiltin(specifier) {
  if (specifier === "node" || specifier === "@types/node" || specifier.startsWith("node:")) {
    return true;
  }
  return builtinModules.includes(specifier) || builtinModules.includes(specifier.split("/")[0]);
}

/** Whether a package specifier is one of `names` ("react" also covers "react/jsx-runtime"; "@fluentui/" a scope). */
function matches(specifier, names) {
  return names.some((name) => {
    if (name === NODE) {
      return isNodeBuiltin(specifier);
    }
    if (name.endsWith("/")) {
      return specifier.startsWith(name);
    }
    return specifier === name || specifier.startsWith(`${name}/`);
  });
}

function packageAllowed(specifier, packages) {
  return packages.only ? matches(specifier, packages.only) : !matches(specifier, packages.never);
}

/** The layer a path lies in, or undefined. */
function layerOf(root, file) {
  return LAYERS.find((layer) => isInside(path.join(root, layer.dir), file));
}

/** The string value of a static specifier node, or undefined when it is computed. */
function staticValue(node) {
  if (!node) {
    return undefined;
  }
  if (node.type === "Literal" && typeof node.value === "string") {
    return node.value;
  }
  if (node.type === "TemplateLiteral" && node.expressions.length === 0 && node.quasis.length === 1) {
    return node.quasis[0].value.cooked ?? undefined;
  }
  if (node.type === "TSLiteralType") {
    return staticValue(node.literal);
  }
  return undefined;
}

/** @type {import("eslint").Rule.RuleModule} */
const layerBoundary = {
  meta: {
    type: "problem",
    docs: {
      description:
        "Allow each layer of src/ to import only its own files, the layers below it and the packages its row allows.",
    },
    schema: [
      {
        type: "object",
        properties: {
          root: {
            type: "string",
            description: "The repository's folder: absolute, or relative to ESLint's working directory.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ root: "." }],
    messages: {
      notAllowed: `"{{specifier}}" is not allowed here. {{why}}.`,
      outside: `"{{specifier}}" resolves to {{target}}, which {{layer}} may not import. {{why}}.`,
      computed: `A computed module specifier cannot be checked. {{why}}.`,
      hostType: `The type "{{name}}" belongs to a host. {{why}}.`,
    },
  },

  create(context) {
    const [{ root }] = context.options;
    const repoRoot = path.resolve(context.cwd, root);
    const file = path.resolve(context.cwd, context.filename);
    const layer = layerOf(repoRoot, file);
    if (!layer) {
      return {};
    }
    const fileDir = path.dirname(file);
    const reachable = [layer.dir, ...layer.may].map((dir) => path.join(repoRoot, dir));

    /** What a resolved path is called in a message: its layer's folder, or its path in the repository. */
    function targetName(target) {
      const inLayer = layerOf(repoRoot, target);
      return inLayer ? inLayer.dir : path.relative(repoRoot, target).split(path.sep).join("/");
    }

    /** The report for a specifier the layer may not use, or undefined when it is fine. */
    function violation(specifier) {
      const data = { specifier, why: layer.why, layer: layer.dir };
      if (isRelative(specifier)) {
        const target = path.resolve(fileDir, specifier);
        if (reachable.some((dir) => isInside(dir, target))) {
          return undefined;
        }
        return { messageId: "outside", data: { ...data, target: targetName(target) } };
      }
      return packageAllowed(specifier, layer.packages) ? undefined : { messageId: "notAllowed", data };
    }

    function check(specifierNode, reportNode) {
      const specifier = staticValue(specifierNode);
      const node = specifierNode ?? reportNode;
      if (specifier === undefined) {
        context.report({ node, messageId: "computed", data: { why: layer.why } });
        return;
      }
      const problem = violation(specifier);
      if (problem) {
        context.report({ node, ...problem });
      }
    }

    function isRequireCall(callee) {
      if (callee.type === "Identifier") {
        return callee.name === "require";
      }
      // require.resolve("x")
      return (
        callee.type === "MemberExpression" && callee.object.type === "Identifier" && callee.object.name === "require"
      );
    }

    /** Host globals used as types, which `no-restricted-globals` leaves alone (it reports the values). */
    function checkTypes(program) {
      const scope = context.sourceCode.getScope(program);
      const declaredGlobals = scope.variables.filter((v) => v.defs.length === 0).flatMap((v) => v.references);
      for (const reference of [...scope.through, ...declaredGlobals]) {
        const { name, parent } = reference.identifier;
        if (layer.globals.includes(name) && TYPE_PARENTS.has(parent.type)) {
          context.report({ node: reference.identifier, messageId: "hostType", data: { name, why: layer.why } });
        }
      }
    }

    return {
      "Program:exit": checkTypes,
      Program() {
        // Triple-slash directives pull in declarations just like imports do.
        for (const comment of context.sourceCode.getAllComments()) {
          const match = /^\/\s*<reference\s+(path|types)\s*=\s*["']([^"']+)["']/.exec(comment.value);
          if (comment.type !== "Line" || !match) {
            continue;
          }
          const [, kind, target] = match;
          // A `path` reference is relative to the file even without a leading "./".
          const specifier = kind === "path" && !isRelative(target) && !path.isAbsolute(target) ? `./${target}` : target;
          const problem = violation(specifier);
          if (problem) {
            context.report({
              loc: comment.loc,
              messageId: problem.messageId,
              data: { ...problem.data, specifier: target },
            });
          }
        }
      },
      ImportDeclaration(node) {
        check(node.source, node);
      },
      ExportNamedDeclaration(node) {
        if (node.source) {
          check(node.source, node);
        }
      },
      ExportAllDeclaration(node) {
        check(node.source, node);
      },
      ImportExpression(node) {
        check(node.source, node);
      },
      CallExpression(node) {
        if (isRequireCall(node.callee)) {
          check(node.arguments[0], node);
        }
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === "TSExternalModuleReference") {
          check(node.moduleReference.expression, node);
        }
      },
      TSImportType(node) {
        check(node.source ?? node.argument, node);
      },
    };
  },
};

/** The `no-restricted-globals` entries of a layer, each saying what the global is for and why not here. */
function restrictedGlobals(layer) {
  return layer.globals.map((name) => ({ name, message: `${GLOBAL_HINTS[name]}. ${layer.why}.` }));
}

const plugin = {
  meta: { name: "layer-boundary" },
  rules: { "layer-boundary": layerBoundary },
  layers: LAYERS,
  restrictedGlobals,
};

/**
 * The settings for files under src/: the rule everywhere (it finds each file's layer itself), and each layer's
 * restricted globals. `root` is the repository's folder, resolved by the caller (eslint.config.mjs resolves it
 * from its own folder so that linting from a subfolder still finds the layers).
 */
plugin.layerConfigs = (root) => [
  {
    name: "project/layer-boundary",
    files: [`src/${SOURCE_FILES}`],
    plugins: { local: plugin },
    rules: { "local/layer-boundary": ["error", { root }] },
  },
  ...LAYERS.map((layer) => ({
    name: `project/layer-boundary/${layer.dir}`,
    files: [`${layer.dir}/${SOURCE_FILES}`],
    rules: { "no-restricted-globals": ["error", ...restrictedGlobals(layer)] },
  })),
];

module.exports = plugin;
