// Localised custom-function metadata: functions.zh-CN.json and functions.zh-TW.json, made at build time from
// the functions.json that custom-functions-metadata-plugin generates out of the JSDoc in
// src/functions/functions.ts, with names, descriptions and parameter help taken from the translation table
// src/functions/metadata-i18n.ts. Excel picks the file for its UI language through the
// <bt:Override Locale="…"> entries of the Functions.Metadata.Url resource in manifest.xml
// (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming, "Localize custom functions").
//
// Used by webpack.config.js (FunctionsMetadataI18nPlugin), so `npm run build` and `webpack serve` both write
// the files, and by test/manifest/ (localizeMetadata, loadTranslations).

const fs = require("node:fs");
const vm = require("node:vm");

const PLUGIN_NAME = "FunctionsMetadataI18nPlugin";

/**
 * Loads the translation table from its TypeScript source. The file is data and types only (no imports), so
 * transpiling it on its own is enough; it is read afresh on every build so `webpack serve` picks up edits.
 * @param {string} file absolute path of src/functions/metadata-i18n.ts
 * @returns {{ locales: string[], translations: Record<string, Record<string, {name?: string, description: string, parameters: Record<string, string>}>> }}
 */
function loadTranslations(file) {
  const ts = require("typescript");
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module = { exports: {} };
  const refuse = (id) => {
    throw new Error(`${file} must be self-contained (data and types only) but imports "${id}"`);
  };
  vm.compileFunction(outputText, ["exports", "module", "require"], { filename: file })(module.exports, module, refuse);
  const { METADATA_LOCALES: locales, FUNCTION_METADATA_I18N: translations } = module.exports;
  if (!Array.isArray(locales) || typeof translations !== "object" || translations === null) {
    throw new Error(`${file} must export METADATA_LOCALES (an array) and FUNCTION_METADATA_I18N (an object)`);
  }
  return { locales, translations };
}

/** Excel's rule for a function name: a letter first, at least three characters, letters, digits, "_" and ".". */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

/**
 * The metadata for one locale: a copy of the generated metadata with the translated name (if any),
 * description and parameter descriptions. Everything else (ids, types, dimensionality, options) is kept as
 * generated, so the localised files cannot drift from functions.ts.
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata parsed functions.json
 * @param {Record<string, Record<string, {name?: string, description: string, parameters: Record<string, string>}>>} translations
 * @param {string} locale e.g. "zh-CN"
 * @returns {{ metadata: object, errors: string[], warnings: string[] }}
 */
function localizeMetadata(metadata, translations, locale) {
  const errors = [];
  const warnings = [];
  if (!metadata || !Array.isArray(metadata.functions)) {
    return { metadata, errors: ['functions.json has no "functions" array'], warnings };
  }
  const localized = structuredClone(metadata);
  const generatedIds = new Set();
  for (const fn of localized.functions) {
    generatedIds.add(fn.id);
    const text = translations[fn.id] && translations[fn.id][locale];
    if (!text) {
      errors.push(`${fn.id}: no ${locale} entry in src/functions/metadata-i18n.ts`);
      continue;
    }
    if (typeof text.description !== "string" || text.description.trim() === "") {
      errors.push(`${fn.id}: the ${locale} description is empty`);
    } else {
      fn.description = text.description;
    }
    if (text.name !== undefined) {
      if (!FUNCTION_NAME.test(text.name)) {
        errors.push(`${fn.id}: the ${locale} name "${text.name}" is not a valid Excel function name`);
      } else {
        fn.name = text.name;
      }
    }
    const help = text.parameters || {};
    const declared = new Set();
    for (const parameter of fn.parameters || []) {
      declared.add(parameter.name);
      const description = help[parameter.name];
      if (typeof description !== "string" || description.trim() === "") {
        errors.push(`${fn.id}: no ${locale} description for parameter "${parameter.name}"`);
      } else {
        parameter.description = description;
      }
    }
    for (const name of Object.keys(help)) {
      if (!declared.has(name)) {
        warnings.push(`${fn.id}: the ${locale} text describes a parameter "${name}" that the function does not have`);
      }
    }
  }
  for (const id of Object.keys(translations)) {
    if (!generatedIds.has(id)) {
      warnings.push(`${id}: translated for ${locale} but not generated from src/functions/functions.ts`);
    }
  }
  return { metadata: localized, errors, warnings };
}

/** The file name of a locale's metadata, next to functions.json: functions.zh-CN.json. */
function localizedFileName(source, locale) {
  return source.replace(/\.json$/, `.${locale}.json`);
}

/**
 * Webpack plugin: after custom-functions-metadata-plugin has added functions.json to the compilation, adds
 * one localised copy per locale of the translation table. Problems in the table are compilation errors (the
 * production build fails); entries no function uses are warnings.
 */
class FunctionsMetadataI18nPlugin {
  /** @param {{ translations: string, source?: string }} options translations: absolute path of metadata-i18n.ts */
  constructor(options) {
    this.translations = options.translations;
    this.source = options.source || "functions.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(this.translations);
          const fail = (message) => compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${message}`));
          const asset = compilation.getAsset(this.source);
          if (!asset) {
            // custom-functions-metadata-plugin reports its own errors and then emits nothing.
            if (compilation.errors.length === 0) fail(`${this.source} was not generated`);
            return;
          }
          let metadata;
          let table;
          try {
            metadata = JSON.parse(asset.source.source().toString());
            table = loadTranslations(this.translations);
          } catch (error) {
            fail(error instanceof Error ? error.message : String(error));
            return;
          }
          for (const locale of table.locales) {
            const result = localizeMetadata(metadata, table.translations, locale);
            for (const message of result.errors) fail(message);
            for (const message of result.warnings) {
              compilation.warnings.push(new WebpackError(`${PLUGIN_NAME}: ${message}`));
            }
            if (result.errors.length === 0) {
              compilation.emitAsset(
                localizedFileName(this.source, locale),
                new sources.RawSource(`${JSON.stringify(result.metadata, null, 4)}\n`),
              );
            }
          }
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataI18nPlugin, loadTranslations, localizeMetadata, localizedFileName };
