// Local ESLint plugin that keeps src/engine a pure grading core.
//
// Rule `engine-boundary`: every module specifier in a file under src/engine (import, export ... from,
// dynamic import(), require(), `import x = require()`, `import("...")` types, `/// <reference>` comments)
// must be relative and resolve inside src/engine, or be an allowlisted package (zod).
//
// It also exports `engineConfig(root)`, the settings eslint.config.mjs applies to src/engine (this rule plus
// `no-restricted-globals` for Excel, Office, window, document, process and require).
//
// This file is CommonJS so that jest (ts-jest, no ESM transform) can load it in test/lint as well as
// eslint.config.mjs.

"use strict";

const path = require("node:path");

const WHY = "src/engine is the pure grading core: it may import only its own files and zod (see ARCHITECTURE.md)";

/** Packages src/engine may import besides its own files (a listed name also allows its subpaths). */
const DEFAULT_ALLOW = ["zod"];

/** Globals src/engine must not touch, for `no-restricted-globals`. */
const restrictedGlobals = [
  { name: "Excel", message: `Workbook access belongs in src/excel. ${WHY}.` },
  { name: "Office", message: `Office.js belongs in src/taskpane or src/excel. ${WHY}.` },
  { name: "window", message: `No browser globals here. ${WHY}.` },
  { name: "document", message: `No browser globals here. ${WHY}.` },
  { name: "process", message: `No Node globals here; pass settings in as arguments. ${WHY}.` },
  { name: "require", message: `Use a relative ES import of an engine file. ${WHY}.` },
];

function isRelative(specifier) {
  return specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../");
}

function isInside(root, target) {
  const relative = path.relative(root, target);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isAllowed(specifier, allow) {
  return allow.some((name) => specifier === name || specifier.startsWith(`${name}/`));
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
const engineBoundary = {
  meta: {
    type: "problem",
    docs: {
      description:
        "Allow src/engine to import only files inside src/engine and allowlisted packages (zod), so it stays a pure core.",
    },
    schema: [
      {
        type: "object",
        properties: {
          root: {
            type: "string",
            description: "The engine folder: absolute, or relative to ESLint's working directory.",
          },
          allow: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Packages the engine may import (each also allows its subpaths).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ root: "src/engine", allow: DEFAULT_ALLOW }],
    messages: {
      notAllowed: `"{{specifier}}" is not allowed here. ${WHY}.`,
      outside: `"{{specifier}}" resolves outside src/engine. ${WHY}.`,
      computed: `A computed module specifier cannot be checked. ${WHY}.`,
    },
  },

  create(context) {
    const [{ root, allow }] = context.options;
    const engineRoot = path.resolve(context.cwd, root);
    const fileDir = path.dirname(path.resolve(context.cwd, context.filename));

    /** The message id for a specifier the engine may not use, or undefined when it is fine. */
    function violation(specifier) {
      if (isRelative(specifier)) {
        return isInside(engineRoot, path.resolve(fileDir, specifier)) ? undefined : "outside";
      }
      return isAllowed(specifier, allow) ? undefined : "notAllowed";
    }

    function check(specifierNode, reportNode) {
      const specifier = staticValue(specifierNode);
      const node = specifierNode ?? reportNode;
      if (specifier === undefined) {
        context.report({ node, messageId: "computed" });
        return;
      }
      const messageId = violation(specifier);
      if (messageId) {
        context.report({ node, messageId, data: { specifier } });
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

    return {
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
          const messageId = violation(specifier);
          if (messageId) {
            context.report({ loc: comment.loc, messageId, data: { specifier: target } });
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

const plugin = {
  meta: { name: "engine-boundary" },
  rules: { "engine-boundary": engineBoundary },
  restrictedGlobals,
};

/**
 * The settings for files under src/engine. `root` is resolved by the caller (eslint.config.mjs resolves it
 * from its own folder so that linting from a subfolder still finds src/engine).
 */
plugin.engineConfig = (root) => ({
  plugins: { local: plugin },
  rules: {
    "local/engine-boundary": ["error", { root, allow: DEFAULT_ALLOW }],
    "no-restricted-globals": ["error", ...restrictedGlobals],
  },
});

module.exports = plugin;
