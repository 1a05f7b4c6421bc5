// Chinese text for the custom functions' metadata (what Excel shows in formula AutoComplete and the Insert
// Function dialog). The build (scripts/functions-metadata-i18n.cjs, run by webpack after
// custom-functions-metadata-plugin has generated functions.json from the JSDoc in functions.ts) writes one
// copy of functions.json per locale, functions.zh-CN.json and functions.zh-TW.json, with these descriptions
// in place of the English ones; manifest.xml points Excel at them with <bt:Override Locale="…"> on the
// Functions.Metadata.Url resource.
//
// Keys are function ids (the upper-case names the metadata generator derives from the @customfunction
// functions) and, per function, parameter names exactly as declared in functions.ts. The build fails if a
// generated function or parameter has no entry here, and warns about entries no function uses.
//
// Names are deliberately NOT translated: a function keeps its English name in every language
// (=CG.CUSTOMERGRADE in zh-CN and zh-TW Excel too), as Excel's own functions do in Chinese Excel (SUM,
// VLOOKUP) and as the README and the task pane refer to them. One spelling means a formula reads the same in
// every copy of a shared workbook and in our documentation; a localised name that differs per language
// would confuse analysts who exchange workbooks between the mainland and Taiwan. Parameter names stay in
// English for the same reason; only descriptions are translated. `name` is available per locale if that
// choice is ever revisited (Excel accepts Unicode letters, digits, "_" and "." in names).
//
// Only the build reads this file (it is in no bundle): scripts/functions-metadata-i18n.cjs transpiles it on its
// own, so it must stay self-contained: data and types only, no import that survives transpiling (a type-only
// import is erased).
import type { Lang } from "../engine";

/** Languages with their own metadata file, as written in manifest.xml's <bt:Override Locale="…">. English is
 * the generated functions.json itself. */
export const METADATA_LOCALES = ["zh-CN", "zh-TW"] as const satisfies readonly Lang[];
type MetadataLang = (typeof METADATA_LOCALES)[number];

/** What one locale shows for one function. */
export interface LocalizedFunctionMetadata {
  /** Display name in this locale; omit to keep the generated (English) name, which is the policy above. */
  readonly name?: string;
  /** One line shown under the function name in AutoComplete and in the Insert Function dialog. */
  readonly description: string;
  /** Parameter name (as in functions.ts) → its help text. */
  readonly parameters: Readonly<Record<string, string>>;
}

export type FunctionMetadataTranslations = Readonly<
  Record<string, Readonly<Record<MetadataLang, LocalizedFunctionMetadata>>>
>;

/** The (values, [headers]) pair of CUSTOMERGRADE, CUSTOMERSCORE and GRADEREASONS. In Taiwan a row is 列 and a
 * column 欄; on the mainland a row is 行 and a column 列. */
const TABLE_PARAMETERS = {
  "zh-CN": {
    values: "客户行：整张表（如 Table1）每行一个结果。公式请放在表外，或只取输入列，否则会循环引用",
    headers: "可选：表的标题行（如 Table1[#Headers]）；列顺序与模板一致时可省略",
  },
  "zh-TW": {
    values: "客戶列：整張表（如 Table1）每列一個結果。公式請放在表外，或只取輸入欄，否則會循環參照",
    headers: "選用：表格的標題列（如 Table1[#Headers]）；欄順序與範本一致時可省略",
  },
} as const satisfies Record<MetadataLang, Readonly<Record<string, string>>>;

/** The (recency, frequency, monetary) columns of RFMSEGMENT and RFMSCORE, one customer a row. */
const RFM_PARAMETERS = {
  "zh-CN": {
    recency: "每个客户距最近一次交易的天数：一列，每行一个客户",
    frequency: "每个客户的订单数：与 recency 等长的一列",
    monetary: "每个客户的交易金额：与 recency 等长的一列",
  },
  "zh-TW": {
    recency: "每個客戶距最近一次交易的天數：一欄，每列一個客戶",
    frequency: "每個客戶的訂單數：與 recency 等長的一欄",
    monetary: "每個客戶的交易金額：與 recency 等長的一欄",
  },
} as const satisfies Record<MetadataLang, Readonly<Record<string, string>>>;

/** The custom functions of the CG namespace, in zh-CN and zh-TW. */
export const FUNCTION_METADATA_I18N = {
  CUSTOMERGRADE: {
    "zh-CN": {
      description: "客户等级（按工作簿中的分级规则）",
      parameters: TABLE_PARAMETERS["zh-CN"],
    },
    "zh-TW": {
      description: "客戶等級（依活頁簿中的分級規則）",
      parameters: TABLE_PARAMETERS["zh-TW"],
    },
  },
  CUSTOMERSCORE: {
    "zh-CN": {
      description: "综合评分（0–100）",
      parameters: TABLE_PARAMETERS["zh-CN"],
    },
    "zh-TW": {
      description: "綜合評分（0–100）",
      parameters: TABLE_PARAMETERS["zh-TW"],
    },
  },
  GRADEREMARK: {
    "zh-CN": {
      description: "等级对应的建议（备注）",
      parameters: {
        grade: "等级字母，如 A",
      },
    },
    "zh-TW": {
      description: "等級對應的建議（備註）",
      parameters: {
        grade: "等級字母，如 A",
      },
    },
  },
  GRADEREASONS: {
    "zh-CN": {
      description: "评分理由（各维度得分与规则）",
      parameters: TABLE_PARAMETERS["zh-CN"],
    },
    "zh-TW": {
      description: "評分理由（各維度得分與規則）",
      parameters: TABLE_PARAMETERS["zh-TW"],
    },
  },
  ABCCLASS: {
    "zh-CN": {
      description: "按金额的 ABC 分类（帕累托）",
      parameters: {
        value: "该客户的金额，或一整列金额（逐行溢出结果）",
        values: "全部客户的金额",
        aShare: "可选：A 类占总金额的累计比例（默认 0.8）",
        bShare: "可选：A 类与 B 类合计占总金额的累计比例（默认 0.95）",
      },
    },
    "zh-TW": {
      description: "依金額的 ABC 分類（柏拉圖）",
      parameters: {
        value: "該客戶的金額，或一整欄金額（逐列溢出結果）",
        values: "全部客戶的金額",
        aShare: "選用：A 類占總金額的累計比例（預設 0.8）",
        bShare: "選用：A 類與 B 類合計占總金額的累計比例（預設 0.95）",
      },
    },
  },
  MASKPHONE: {
    "zh-CN": {
      description: "隐藏电话号码中间的数字（如 139****5688）",
      parameters: {
        phone: "电话号码",
      },
    },
    "zh-TW": {
      description: "隱藏電話號碼中間的數字（如 139****5688）",
      parameters: {
        phone: "電話號碼",
      },
    },
  },
  RFMSEGMENT: {
    "zh-CN": {
      description: "RFM 客户类型（重要价值客户等八类，按高于全部客户平均值划分）",
      parameters: RFM_PARAMETERS["zh-CN"],
    },
    "zh-TW": {
      description: "RFM 客戶類型（重要價值客戶等八類，依高於全部客戶平均值劃分）",
      parameters: RFM_PARAMETERS["zh-TW"],
    },
  },
  RFMSCORE: {
    "zh-CN": {
      description: "RFM 评分 r、f、m（1–5，同 SQL 的 NTILE(5)），每个客户一行三列",
      parameters: {
        ...RFM_PARAMETERS["zh-CN"],
        names: "可选：客户名称；数值相同时按名称排序（同 SQL 的 ORDER BY 指标, 客户），省略时按行的顺序",
      },
    },
    "zh-TW": {
      description: "RFM 評分 r、f、m（1–5，同 SQL 的 NTILE(5)），每個客戶一列三欄",
      parameters: {
        ...RFM_PARAMETERS["zh-TW"],
        names: "選用：客戶名稱；數值相同時依名稱排序（同 SQL 的 ORDER BY 指標, 客戶），省略時依列的順序",
      },
    },
  },
} as const satisfies FunctionMetadataTranslations;
