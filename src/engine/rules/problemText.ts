/**
 * A rule-set problem's message in each language, found by the zod issue's `code` and its parameters, never by
 * its English text. Zod words most issues itself in its zh-CN / zh-TW / en locales; the checks this package
 * writes itself name their message with `ownProblem`, and the issues an analyst meets most (an unknown kind,
 * a missing key) are worded here, so an analyst reading Chinese never gets English validation text.
 */
import { z } from "zod";
import type { Lang, Localized } from "../types";
import type { NumberMeaning, NumberRange } from "./numberRanges";
import { quoted } from "./quoted";

type ZodIssue = z.core.$ZodIssue;

/** The messages of the schema's own checks (a refinement names one with `ownProblem`). */
const OWN_PROBLEMS = {
  idFormat: {
    "zh-CN": "只能使用小写字母、数字和连字符，并以字母开头",
    "zh-TW": "只能使用小寫字母、數字和連字號，並以字母開頭",
    en: "use lower-case letters, digits and hyphens, starting with a letter",
  },
  comparisonNeedsValue: {
    "zh-CN": "此比较需要一个值",
    "zh-TW": "此比較需要一個值",
    en: "this comparison needs a value",
  },
  linearEndsEqual: {
    "zh-CN": "from 与 to 不能相同",
    "zh-TW": "from 與 to 不能相同",
    en: "from and to must differ",
  },
} satisfies Readonly<Record<string, Localized>>;

export type OwnProblem = keyof typeof OWN_PROBLEMS;

/**
 * A refinement's parameters naming its message: zod keeps `params` on the issue, so the message is found
 * by that name. `error` is the English text zod itself shows (`issue.message`).
 * @example z.number().refine((n) => n > 0, { ...ownProblem("idFormat"), path: ["x"] })
 */
export function ownProblem(problem: OwnProblem): { readonly error: string; readonly params: { problem: OwnProblem } } {
  return { error: OWN_PROBLEMS[problem].en, params: { problem } };
}

const isOwnProblem = (name: unknown): name is OwnProblem =>
  typeof name === "string" && Object.hasOwn(OWN_PROBLEMS, name);

/** The name a range check gives its issue; the range itself travels beside it. */
const OUT_OF_RANGE = "numberRange";

type RangeWords = Readonly<Record<Lang, (min: string, max: string) => string>>;

/** What each kind of number may be, in the analyst's words (`min` and `max` formatted for the language). */
const ALLOWED: Readonly<Record<NumberMeaning, RangeWords>> = {
  weight: {
    "zh-CN": (min, max) => `权重应为 0（不计入），或在 ${min} 到 ${max} 之间`,
    "zh-TW": (min, max) => `權重應為 0（不計入），或介於 ${min} 到 ${max} 之間`,
    en: (min, max) => `a weight is 0 (left out) or from ${min} to ${max}`,
  },
  points: {
    "zh-CN": (min, max) => `分数应在 ${min} 到 ${max} 之间`,
    "zh-TW": (min, max) => `分數應介於 ${min} 到 ${max} 之間`,
    en: (min, max) => `points go from ${min} to ${max}`,
  },
  minScore: {
    "zh-CN": (min, max) => `等级的最低分应在 ${min} 到 ${max} 之间`,
    "zh-TW": (min, max) => `等級的最低分應介於 ${min} 到 ${max} 之間`,
    en: (min, max) => `a grade's lowest score goes from ${min} to ${max}`,
  },
  share: {
    "zh-CN": (min, max) => `客户所占比例（百分比）应大于 ${min} 且不超过 ${max}`,
    "zh-TW": (min, max) => `客戶所佔比例（百分比）應大於 ${min} 且不超過 ${max}`,
    en: (min, max) => `a share of the table's customers (per cent) is above ${min} and at most ${max}`,
  },
  figure: {
    "zh-CN": (min, max) => `与表中数据比较的值应在 ${min} 到 ${max} 之间`,
    "zh-TW": (min, max) => `與表中資料比較的值應介於 ${min} 到 ${max} 之間`,
    en: (min, max) => `a value compared with the table's figures goes from ${min} to ${max}`,
  },
};

/** What is wrong with the number given (`shown` as typed), before the allowed range. */
const FOUND = {
  tooBig: {
    "zh-CN": (shown: string) => `数值过大（${shown}）`,
    "zh-TW": (shown: string) => `數值過大（${shown}）`,
    en: (shown: string) => `too big (${shown})`,
  },
  tooSmall: {
    "zh-CN": (shown: string) => `数值过小（${shown}）`,
    "zh-TW": (shown: string) => `數值過小（${shown}）`,
    en: (shown: string) => `too small (${shown})`,
  },
  infinite: {
    "zh-CN": () => "数值过大，无法计算（像 1e400 这样的数会被读作无穷大）",
    "zh-TW": () => "數值過大，無法計算（像 1e400 這樣的數會被讀作無限大）",
    en: () => "too big to compute with (a number such as 1e400 reads as infinity)",
  },
  negativeInfinite: {
    "zh-CN": () => "数值过小，无法计算（像 -1e400 这样的数会被读作负无穷大）",
    "zh-TW": () => "數值過小，無法計算（像 -1e400 這樣的數會被讀作負無限大）",
    en: () => "too small to compute with (a number such as -1e400 reads as minus infinity)",
  },
  notANumber: {
    "zh-CN": () => "不是有效的数字",
    "zh-TW": () => "不是有效的數字",
    en: () => "not a number",
  },
  outside: {
    "zh-CN": () => "超出范围",
    "zh-TW": () => "超出範圍",
    en: () => "out of range",
  },
} satisfies Readonly<Record<string, Readonly<Record<Lang, (shown: string) => string>>>>;

function found(range: NumberRange, input: unknown): keyof typeof FOUND {
  if (typeof input !== "number") return "outside"; // parsed without `reportInput`
  if (Number.isNaN(input)) return "notANumber";
  if (input === Infinity) return "infinite";
  if (input === -Infinity) return "negativeInfinite";
  return input > range.max ? "tooBig" : "tooSmall";
}

const formatted = (value: number, lang: Lang): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(value);

/** "数值过大（1e+308）：权重应为 0（不计入），或在 0.000001 到 1,000,000 之间": the number given, then its range. */
function rangeText(range: NumberRange, input: unknown): Localized {
  const what = FOUND[found(range, input)];
  const shown = String(input);
  const text = (lang: Lang): string =>
    `${what[lang](shown)}${lang === "en" ? ": " : "："}` +
    ALLOWED[range.meaning][lang](formatted(range.min, lang), formatted(range.max, lang));
  return { "zh-CN": text("zh-CN"), "zh-TW": text("zh-TW"), en: text("en") };
}

/**
 * A range check's parameters (see `numberWithin`): the range rides on the issue, so its message names it in
 * each language; `error` is the English text zod itself shows.
 */
export function outOfRange(range: NumberRange): {
  readonly error: (issue: { readonly input?: unknown }) => string;
  readonly params: { readonly problem: typeof OUT_OF_RANGE; readonly range: NumberRange };
} {
  return { error: (issue) => rangeText(range, issue.input).en, params: { problem: OUT_OF_RANGE, range } };
}

function rangeOf(params: Record<string, unknown> | undefined): NumberRange | undefined {
  const range = params?.["problem"] === OUT_OF_RANGE ? params["range"] : undefined;
  return typeof range === "object" && range !== null && "meaning" in range ? (range as NumberRange) : undefined;
}

/** "A, B, or C" / "A、B或C": a list of alternatives as each language writes it. */
function alternatives(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { type: "disjunction" }).format(items);
}

const quoteZh = quoted["zh-CN"];
const quoteTw = quoted["zh-TW"];

/** The kind (or other discriminator) an object gave that no option has, or none at all. */
function unknownKind(issue: z.core.$ZodIssueInvalidUnion, discriminator: string): Localized {
  const given =
    typeof issue.input === "object" && issue.input !== null ? Reflect.get(issue.input, discriminator) : undefined;
  const options = (("options" in issue ? issue.options : undefined) ?? []).map(String);
  const use = (lang: Lang): string => alternatives(options, lang);
  if (given === undefined) {
    return {
      "zh-CN": `缺少 ${discriminator}：请使用 ${use("zh-CN")}`,
      "zh-TW": `缺少 ${discriminator}：請使用 ${use("zh-TW")}`,
      en: `missing ${discriminator}: use ${use("en")}`,
    };
  }
  const shown = typeof given === "string" ? given : JSON.stringify(given);
  return {
    "zh-CN": `未知的 ${discriminator} ${quoteZh(shown)}：请使用 ${use("zh-CN")}`,
    "zh-TW": `未知的 ${discriminator} ${quoteTw(shown)}：請使用 ${use("zh-TW")}`,
    en: `unknown ${discriminator} "${shown}": use ${use("en")}`,
  };
}

/** What a missing key should have held, in the analyst's words; zod's own name for the other types. */
const EXPECTED: Readonly<Record<string, Localized>> = {
  number: { "zh-CN": "数字", "zh-TW": "數字", en: "a number" },
  string: { "zh-CN": "文字", "zh-TW": "文字", en: "a text" },
  array: { "zh-CN": "列表", "zh-TW": "清單", en: "a list" },
  object: { "zh-CN": "对象", "zh-TW": "物件", en: "an object" },
  boolean: { "zh-CN": "true 或 false", "zh-TW": "true 或 false", en: "true or false" },
};

function missingKey(expected: string): Localized {
  const name = (lang: Lang): string => EXPECTED[expected]?.[lang] ?? expected;
  return {
    "zh-CN": `缺少此项（应为${name("zh-CN")}）`,
    "zh-TW": `缺少此項（應為${name("zh-TW")}）`,
    en: `missing (expected ${name("en")})`,
  };
}

/** What the file holds instead, in the analyst's words: "文字“abc”", "a list". */
function givenText(input: unknown): Localized {
  if (typeof input === "string") {
    const shown = [...input].length > 24 ? `${[...input].slice(0, 24).join("")}…` : input;
    return { "zh-CN": `文字${quoteZh(shown)}`, "zh-TW": `文字${quoteTw(shown)}`, en: `the text "${shown}"` };
  }
  if (typeof input === "number" || typeof input === "boolean") {
    const shown = String(input);
    return { "zh-CN": shown, "zh-TW": shown, en: shown };
  }
  if (input === null) return { "zh-CN": "空值（null）", "zh-TW": "空值（null）", en: "nothing (null)" };
  const kind = Array.isArray(input) ? "array" : "object";
  return {
    "zh-CN": `一个${EXPECTED[kind]?.["zh-CN"]}`,
    "zh-TW": `一個${EXPECTED[kind]?.["zh-TW"]}`,
    en: EXPECTED[kind]?.en ?? kind,
  };
}

/** A value of the wrong type: what it should be, then what the file holds ("应为数字，这里是文字“三十”"). */
function wrongType(expected: string, input: unknown): Localized {
  const name = (lang: Lang): string => EXPECTED[expected]?.[lang] ?? expected;
  const given = givenText(input);
  return {
    "zh-CN": `应为${name("zh-CN")}，这里是${given["zh-CN"]}`,
    "zh-TW": `應為${name("zh-TW")}，這裡是${given["zh-TW"]}`,
    en: `should be ${name("en")}, but is ${given.en}`,
  };
}

/** A list or text of the wrong length ("至少需要 1 项", "不能为空"); undefined for other origins (numbers have ranges). */
function lengthText(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Localized | undefined {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === "array") {
    return small
      ? {
          "zh-CN": `至少需要 ${limit} 项`,
          "zh-TW": `至少需要 ${limit} 項`,
          en: `needs at least ${limit} ${limit === 1 ? "entry" : "entries"}`,
        }
      : { "zh-CN": `最多 ${limit} 项`, "zh-TW": `最多 ${limit} 項`, en: `at most ${limit} entries` };
  }
  if (issue.origin === "string") {
    if (small && limit <= 1) return { "zh-CN": "不能为空", "zh-TW": "不能為空", en: "must not be empty" };
    return small
      ? { "zh-CN": `至少 ${limit} 个字符`, "zh-TW": `至少 ${limit} 個字元`, en: `at least ${limit} characters` }
      : { "zh-CN": `最多 ${limit} 个字符`, "zh-TW": `最多 ${limit} 個字元`, en: `at most ${limit} characters` };
  }
  return undefined;
}

/** Our wording of an issue, keyed by its code and parameters; undefined where zod's locales word it. */
function ownWording(issue: ZodIssue): Localized | undefined {
  switch (issue.code) {
    case "custom": {
      const range = rangeOf(issue.params);
      if (range) return rangeText(range, issue.input);
      return isOwnProblem(issue.params?.["problem"]) ? OWN_PROBLEMS[issue.params["problem"]] : undefined;
    }
    case "invalid_union":
      return issue.discriminator !== undefined && issue.errors.length === 0
        ? unknownKind(issue, issue.discriminator)
        : undefined;
    case "invalid_type":
      // Parsed with `reportInput`, an issue always has `input`; undefined there is a key the JSON lacks.
      if (!("input" in issue)) return undefined;
      return issue.input === undefined ? missingKey(issue.expected) : wrongType(issue.expected, issue.input);
    case "too_small":
    case "too_big":
      return lengthText(issue);
    default:
      return undefined;
  }
}

const zhCN = z.locales.zhCN().localeError;
const zhTW = z.locales.zhTW().localeError;

function worded(map: typeof zhCN, issue: ZodIssue): string {
  const out = map(issue as z.core.$ZodRawIssue);
  if (typeof out === "string") return out;
  return out?.message ?? issue.message;
}

/** A zod issue's message in each language (parse with `reportInput`, so "received …" and a missing key can be told). */
export function zodIssueText(issue: ZodIssue): Localized {
  return ownWording(issue) ?? { "zh-CN": worded(zhCN, issue), "zh-TW": worded(zhTW, issue), en: issue.message };
}

/** The problems `loadRuleSet` finds beyond the schema, in each language. */
export const crossCheckText = {
  notARuleSet: (format: string): Localized => ({
    "zh-CN": `这不是 Customer Grader 规则集：应为包含 "format": "${format}" 的对象`,
    "zh-TW": `這不是 Customer Grader 規則集：應為包含 "format": "${format}" 的物件`,
    en: `not a Customer Grader rule set: expected an object with "format": "${format}"`,
  }),
  idUsed: (id: string, first: string): Localized => ({
    "zh-CN": `id ${quoteZh(id)} 已在 ${first} 使用`,
    "zh-TW": `id ${quoteTw(id)} 已在 ${first} 使用`,
    en: `id "${id}" is already used at ${first}`,
  }),
  readsText: (kind: string, field: string, type: string): Localized => ({
    "zh-CN": `${quoteZh(kind)} 标准读取文字，但 ${quoteZh(field)} 是${type}类型的值`,
    "zh-TW": `${quoteTw(kind)} 標準讀取文字，但 ${quoteTw(field)} 是${type}類型的值`,
    en: `a "${kind}" criterion reads text, but "${field}" holds ${type} values`,
  }),
  readsNumbers: (kind: string, field: string, type: string): Localized => ({
    "zh-CN": `${quoteZh(kind)} 标准读取数字，但 ${quoteZh(field)} 是${type}类型`,
    "zh-TW": `${quoteTw(kind)} 標準讀取數字，但 ${quoteTw(field)} 是${type}類型`,
    en: `a "${kind}" criterion reads numbers, but "${field}" holds ${type}`,
  }),
  outputAsInput: (field: string): Localized => ({
    "zh-CN": `${quoteZh(field)} 由加载项写入，不能作为输入`,
    "zh-TW": `${quoteTw(field)} 由增益集寫入，不能作為輸入`,
    en: `"${field}" is written by the add-in and cannot be an input`,
  }),
  unknownField: (field: string): Localized => ({
    "zh-CN": `没有名为 ${quoteZh(field)} 的字段：请使用内置字段（例如 annualAmount），或在 "fields" 中声明它`,
    "zh-TW": `沒有名為 ${quoteTw(field)} 的欄位：請使用內建欄位（例如 annualAmount），或在 "fields" 中宣告它`,
    en: `there is no field "${field}": use a built-in field (such as annualAmount) or declare it under "fields"`,
  }),
  builtInId: (id: string): Localized => ({
    "zh-CN": `${quoteZh(id)} 是内置字段的名称：请为自己的指标另取一个 id`,
    "zh-TW": `${quoteTw(id)} 是內建欄位的名稱：請為自己的指標另取一個 id`,
    en: `"${id}" is the name of a built-in field: give your own indicator another id`,
  }),
  criterionWeight: (): Localized => ({
    "zh-CN": "至少一个标准的权重需大于 0",
    "zh-TW": "至少一個標準的權重需大於 0",
    en: "at least one criterion needs a weight above 0",
  }),
  dimensionWeight: (): Localized => ({
    "zh-CN": "至少一个维度的权重需大于 0",
    "zh-TW": "至少一個維度的權重需大於 0",
    en: "at least one dimension needs a weight above 0",
  }),
  gradeTwice: (letter: string): Localized => ({
    "zh-CN": `等级 ${quoteZh(letter)} 出现了两次`,
    "zh-TW": `等級 ${quoteTw(letter)} 出現了兩次`,
    en: `grade "${letter}" appears twice`,
  }),
  gradeOrder: (previous: number): Localized => ({
    "zh-CN": `必须低于上一个更高等级的 minScore（${previous}）；请把最高等级列在最前`,
    "zh-TW": `必須低於上一個更高等級的 minScore（${previous}）；請把最高等級列在最前`,
    en: `must be below the better grade's minScore (${previous}); list the best grade first`,
  }),
  lowestGrade: (): Localized => ({
    "zh-CN": "最低等级必须从 0 开始，每个分数才都有等级",
    "zh-TW": "最低等級必須從 0 開始，每個分數才都有等級",
    en: "the lowest grade must start at 0 so every score has a grade",
  }),
  textComparison: (field: string): Localized => ({
    "zh-CN": `${quoteZh(field)} 是文字；只能使用 "missing" 和 "present"`,
    "zh-TW": `${quoteTw(field)} 是文字；只能使用 "missing" 和 "present"`,
    en: `"${field}" holds text; only "missing" and "present" apply to it`,
  }),
  unknownPlaceholder: (name: string, known: readonly string[]): Localized => ({
    "zh-CN": `备注中的 {${name}} 不是这条规则的数值${known.length > 0 ? `（可用：${known.map((k) => `{${k}}`).join("、")}）` : "（这条规则没有可引用的数值）"}`,
    "zh-TW": `備註中的 {${name}} 不是這條規則的數值${known.length > 0 ? `（可用：${known.map((k) => `{${k}}`).join("、")}）` : "（這條規則沒有可引用的數值）"}`,
    en: `{${name}} in the remark is not one of this rule's numbers${known.length > 0 ? ` (you can use ${known.map((k) => `{${k}}`).join(", ")})` : " (this rule has no number to name)"}`,
  }),
  unknownGrade: (grade: string, letters: readonly string[]): Localized => ({
    "zh-CN": `${quoteZh(grade)} 不是已定义的等级（${alternatives(letters, "zh-CN")}）`,
    "zh-TW": `${quoteTw(grade)} 不是已定義的等級（${alternatives(letters, "zh-TW")}）`,
    en: `"${grade}" is not one of the grades (${alternatives(letters, "en")})`,
  }),
};
