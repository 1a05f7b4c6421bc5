// The translation table for the custom functions' metadata and the build step that applies it
// (scripts/functions-metadata-i18n.cjs). The files the build actually writes are checked in manifest.test.ts.
import { resolve } from "node:path";
import {
  FUNCTION_METADATA_I18N,
  METADATA_LOCALES,
  type FunctionMetadataTranslations,
} from "../../src/functions/metadata-i18n";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
interface LocalizeResult {
  metadata: Metadata;
  errors: string[];
  warnings: string[];
}
interface I18nScript {
  loadTranslations(file: string): { locales: string[]; translations: FunctionMetadataTranslations };
  localizeMetadata(metadata: Metadata, translations: FunctionMetadataTranslations, locale: string): LocalizeResult;
  localizedFileName(source: string, locale: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, shared with webpack.config.js
const script = require("../../scripts/functions-metadata-i18n.cjs") as I18nScript;

const TABLE_FILE = resolve(__dirname, "../../src/functions/metadata-i18n.ts");
const CJK = /[\u3400-\u9fff]/;

function sample(): Metadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "GRADEREMARK",
        name: "GRADEREMARK",
        description: "The remark for a grade.",
        parameters: [{ name: "grade", description: "A grade letter.", type: "string" }],
        result: { type: "string" },
      },
      {
        id: "CUSTOMERGRADE",
        name: "CUSTOMERGRADE",
        description: "The grade of each row.",
        parameters: [
          { name: "values", description: "Rows.", type: "any", dimensionality: "matrix" },
          { name: "headers", description: "Header row.", type: "any", dimensionality: "matrix", optional: true },
        ],
        result: { dimensionality: "matrix" },
      },
    ],
  };
}

const TABLE: FunctionMetadataTranslations = {
  GRADEREMARK: {
    "zh-CN": { description: "等级对应的建议", parameters: { grade: "等级字母" } },
    "zh-TW": { description: "等級對應的建議", parameters: { grade: "等級字母" } },
  },
  CUSTOMERGRADE: {
    "zh-CN": { description: "客户等级", parameters: { values: "客户行", headers: "标题行" } },
    "zh-TW": { name: "客戶等級", description: "客戶等級", parameters: { values: "客戶列", headers: "標題列" } },
  },
};

describe("the translation table (src/functions/metadata-i18n.ts)", () => {
  it("covers zh-CN and zh-TW", () => {
    expect([...METADATA_LOCALES]).toEqual(["zh-CN", "zh-TW"]);
  });

  it("has every function of the CG namespace, in both locales, with Chinese text", () => {
    expect(Object.keys(FUNCTION_METADATA_I18N).sort()).toEqual(
      [
        "ABCCLASS",
        "CUSTOMERGRADE",
        "CUSTOMERSCORE",
        "GRADEREASONS",
        "GRADEREMARK",
        "MASKPHONE",
        "RFMSCORE",
        "RFMSEGMENT",
      ].sort(),
    );
    const table: FunctionMetadataTranslations = FUNCTION_METADATA_I18N;
    for (const [id, byLocale] of Object.entries(table)) {
      for (const locale of METADATA_LOCALES) {
        const text = byLocale[locale];
        expect({ id, locale, description: CJK.test(text.description) }).toEqual({ id, locale, description: true });
        for (const [parameter, help] of Object.entries(text.parameters)) {
          expect({ id, locale, parameter, chinese: CJK.test(help) }).toEqual({ id, locale, parameter, chinese: true });
        }
      }
      // Traditional and Simplified descriptions are written separately, not copied.
      expect(byLocale["zh-TW"].description).not.toBe(byLocale["zh-CN"].description);
    }
  });

  it("keeps the English function names (the documented choice): no localised names", () => {
    const table: FunctionMetadataTranslations = FUNCTION_METADATA_I18N;
    for (const byLocale of Object.values(table)) {
      for (const locale of METADATA_LOCALES) expect(byLocale[locale].name).toBeUndefined();
    }
  });

  it("is what the build loads from the TypeScript source", () => {
    const loaded = script.loadTranslations(TABLE_FILE);
    expect(loaded.locales).toEqual([...METADATA_LOCALES]);
    expect(loaded.translations).toEqual(FUNCTION_METADATA_I18N);
  });
});

describe("localizeMetadata", () => {
  it("replaces descriptions and parameter help and keeps everything else as generated", () => {
    const source = sample();
    const { metadata, errors, warnings } = script.localizeMetadata(source, TABLE, "zh-CN");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    expect(metadata.functions.map((f) => [f.id, f.name, f.description])).toEqual([
      ["GRADEREMARK", "GRADEREMARK", "等级对应的建议"],
      ["CUSTOMERGRADE", "CUSTOMERGRADE", "客户等级"],
    ]);
    expect(metadata.functions[1]?.parameters).toEqual([
      { name: "values", description: "客户行", type: "any", dimensionality: "matrix" },
      { name: "headers", description: "标题行", type: "any", dimensionality: "matrix", optional: true },
    ]);
    expect(metadata.functions[1]?.result).toEqual({ dimensionality: "matrix" });
    expect(source).toEqual(sample()); // the input is not changed
  });

  it("uses a localised name when the table gives one", () => {
    const { metadata, errors } = script.localizeMetadata(sample(), TABLE, "zh-TW");
    expect(errors).toEqual([]);
    expect(metadata.functions[1]?.name).toBe("客戶等級");
    expect(metadata.functions[1]?.id).toBe("CUSTOMERGRADE");
  });

  it("refuses a name Excel would not accept", () => {
    const table: FunctionMetadataTranslations = {
      ...TABLE,
      GRADEREMARK: {
        ...TABLE.GRADEREMARK!,
        "zh-CN": { name: "1X", description: "建议", parameters: { grade: "等级" } },
      },
    };
    const { errors } = script.localizeMetadata(sample(), table, "zh-CN");
    expect(errors).toEqual([expect.stringContaining('GRADEREMARK: the zh-CN name "1X"')]);
  });

  it("reports a function or parameter without a translation as an error", () => {
    const metadata = sample();
    metadata.functions.push({ id: "NEWFUNCTION", name: "NEWFUNCTION", parameters: [], result: {} });
    metadata.functions[0]?.parameters.push({ name: "language", type: "string" });
    const { errors } = script.localizeMetadata(metadata, TABLE, "zh-CN");
    expect(errors).toEqual([
      'GRADEREMARK: no zh-CN description for parameter "language"',
      "NEWFUNCTION: no zh-CN entry in src/functions/metadata-i18n.ts",
    ]);
  });

  it("warns about translations no generated function or parameter uses", () => {
    const metadata = sample();
    metadata.functions = metadata.functions.slice(0, 1);
    metadata.functions[0]!.parameters = [];
    const { errors, warnings } = script.localizeMetadata(metadata, TABLE, "zh-CN");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'GRADEREMARK: the zh-CN text describes a parameter "grade" that the function does not have',
      "CUSTOMERGRADE: translated for zh-CN but not generated from src/functions/functions.ts",
    ]);
  });

  it("refuses metadata without a functions array", () => {
    const { errors } = script.localizeMetadata({} as Metadata, TABLE, "zh-CN");
    expect(errors).toHaveLength(1);
  });

  it("names the files after the locale", () => {
    expect(script.localizedFileName("functions.json", "zh-TW")).toBe("functions.zh-TW.json");
  });
});
