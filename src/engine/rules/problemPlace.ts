/**
 * Where in a rule set a problem is, in the analyst's words: `dimensions[0].criteria[1].bands[2].points` reads
 * 维度“安全性” › 标准“准时付款率” › 第 3 档 › 分数. Named from the file itself (labels, letters, remarks), so the
 * analyst finds the place in the pane's editors without knowing JSON; the raw path stays beside it for the file.
 * Not part of `loadRuleSet`: only the pane shows it, from a chunk loaded when a problem is first shown (its
 * words would otherwise weigh on the pane's first load).
 */
import type { Lang, Localized } from "../types";
import { quoted } from "./quoted";

type Words = Readonly<Record<Lang, string>>;
type Numbered = Readonly<Record<Lang, (n: number) => string>>;
type Named = Readonly<Record<Lang, (name: string) => string>>;

/** An entry of a list the file names: how to call it, by a name found in it or by its number. */
const LISTS: Readonly<Record<string, { readonly named: Named; readonly numbered: Numbered }>> = {
  dimensions: {
    named: {
      "zh-CN": (s) => `维度${quoted["zh-CN"](s)}`,
      "zh-TW": (s) => `維度${quoted["zh-TW"](s)}`,
      en: (s) => `dimension ${quoted.en(s)}`,
    },
    numbered: { "zh-CN": (n) => `第 ${n} 个维度`, "zh-TW": (n) => `第 ${n} 個維度`, en: (n) => `dimension ${n}` },
  },
  criteria: {
    named: {
      "zh-CN": (s) => `标准${quoted["zh-CN"](s)}`,
      "zh-TW": (s) => `標準${quoted["zh-TW"](s)}`,
      en: (s) => `criterion ${quoted.en(s)}`,
    },
    numbered: { "zh-CN": (n) => `第 ${n} 个标准`, "zh-TW": (n) => `第 ${n} 個標準`, en: (n) => `criterion ${n}` },
  },
  grades: {
    named: { "zh-CN": (s) => `等级 ${s}`, "zh-TW": (s) => `等級 ${s}`, en: (s) => `grade ${s}` },
    numbered: { "zh-CN": (n) => `第 ${n} 个等级`, "zh-TW": (n) => `第 ${n} 個等級`, en: (n) => `grade ${n}` },
  },
  rules: {
    named: {
      "zh-CN": (s) => `硬性规则${quoted["zh-CN"](s)}`,
      "zh-TW": (s) => `硬性規則${quoted["zh-TW"](s)}`,
      en: (s) => `hard rule ${quoted.en(s)}`,
    },
    numbered: {
      "zh-CN": (n) => `第 ${n} 条硬性规则`,
      "zh-TW": (n) => `第 ${n} 條硬性規則`,
      en: (n) => `hard rule ${n}`,
    },
  },
  fields: {
    named: {
      "zh-CN": (s) => `自定义指标${quoted["zh-CN"](s)}`,
      "zh-TW": (s) => `自訂指標${quoted["zh-TW"](s)}`,
      en: (s) => `own indicator ${quoted.en(s)}`,
    },
    numbered: {
      "zh-CN": (n) => `第 ${n} 个自定义指标`,
      "zh-TW": (n) => `第 ${n} 個自訂指標`,
      en: (n) => `own indicator ${n}`,
    },
  },
};

/** Entries named by their number only. */
const NUMBERED: Readonly<Record<string, Numbered>> = {
  when: { "zh-CN": (n) => `第 ${n} 个条件`, "zh-TW": (n) => `第 ${n} 個條件`, en: (n) => `condition ${n}` },
  bands: { "zh-CN": (n) => `第 ${n} 档`, "zh-TW": (n) => `第 ${n} 檔`, en: (n) => `band ${n}` },
  entries: { "zh-CN": (n) => `第 ${n} 组词`, "zh-TW": (n) => `第 ${n} 組詞`, en: (n) => `word group ${n}` },
  words: { "zh-CN": (n) => `第 ${n} 个词`, "zh-TW": (n) => `第 ${n} 個詞`, en: (n) => `word ${n}` },
  anyOf: { "zh-CN": (n) => `第 ${n} 个字段`, "zh-TW": (n) => `第 ${n} 個欄位`, en: (n) => `field ${n}` },
  aliases: { "zh-CN": (n) => `第 ${n} 个表头`, "zh-TW": (n) => `第 ${n} 個表頭`, en: (n) => `header ${n}` },
  tiers: { "zh-CN": (n) => `第 ${n} 档`, "zh-TW": (n) => `第 ${n} 檔`, en: (n) => `tier ${n}` },
};

/** Keys of the rule set's objects, as the pane's editors call them. */
const KEYS: Readonly<Record<string, Words>> = {
  format: { "zh-CN": "文件格式", "zh-TW": "檔案格式", en: "file format" },
  version: { "zh-CN": "格式版本", "zh-TW": "格式版本", en: "format version" },
  id: { "zh-CN": "编号（id）", "zh-TW": "編號（id）", en: "id" },
  name: { "zh-CN": "规则集名称", "zh-TW": "規則集名稱", en: "rule set name" },
  language: { "zh-CN": "备注语言", "zh-TW": "備註語言", en: "remark language" },
  label: { "zh-CN": "名称", "zh-TW": "名稱", en: "name" },
  weight: { "zh-CN": "权重", "zh-TW": "權重", en: "weight" },
  kind: { "zh-CN": "类型", "zh-TW": "類型", en: "kind" },
  field: { "zh-CN": "读取的字段", "zh-TW": "讀取的欄位", en: "field read" },
  letter: { "zh-CN": "等级字母", "zh-TW": "等級字母", en: "letter" },
  minScore: { "zh-CN": "最低分", "zh-TW": "最低分", en: "lowest score" },
  remark: { "zh-CN": "备注", "zh-TW": "備註", en: "remark" },
  grade: { "zh-CN": "最高等级", "zh-TW": "最高等級", en: "best grade allowed" },
  enabled: { "zh-CN": "是否启用", "zh-TW": "是否啟用", en: "on or off" },
  op: { "zh-CN": "比较方式", "zh-TW": "比較方式", en: "comparison" },
  value: { "zh-CN": "比较的值", "zh-TW": "比較的值", en: "value compared" },
  atLeast: { "zh-CN": "起点（至少）", "zh-TW": "起點（至少）", en: "at least" },
  points: { "zh-CN": "分数", "zh-TW": "分數", en: "points" },
  otherwise: { "zh-CN": "其余情况的分数", "zh-TW": "其餘情況的分數", en: "points otherwise" },
  from: { "zh-CN": "起点", "zh-TW": "起點", en: "from" },
  to: { "zh-CN": "终点", "zh-TW": "終點", en: "to" },
  top: { "zh-CN": "前百分比", "zh-TW": "前百分比", en: "top share" },
  order: { "zh-CN": "排序方向", "zh-TW": "排序方向", en: "order" },
  combine: { "zh-CN": "多个词的合并方式", "zh-TW": "多個詞的合併方式", en: "how several words combine" },
  type: { "zh-CN": "值的类型", "zh-TW": "值的類型", en: "value type" },
  "zh-CN": { "zh-CN": "简体中文", "zh-TW": "簡體中文", en: "Simplified Chinese" },
  "zh-TW": { "zh-CN": "繁体中文", "zh-TW": "繁體中文", en: "Traditional Chinese" },
  en: { "zh-CN": "英文", "zh-TW": "英文", en: "English" },
};

/** A list's own name, for a problem about the list as a whole ("at least one dimension"). */
const LIST_NAMES: Readonly<Record<string, Words>> = {
  dimensions: { "zh-CN": "维度", "zh-TW": "維度", en: "dimensions" },
  criteria: { "zh-CN": "标准", "zh-TW": "標準", en: "criteria" },
  grades: { "zh-CN": "等级", "zh-TW": "等級", en: "grades" },
  rules: { "zh-CN": "硬性规则", "zh-TW": "硬性規則", en: "hard rules" },
  fields: { "zh-CN": "自定义指标", "zh-TW": "自訂指標", en: "own indicators" },
  when: { "zh-CN": "条件", "zh-TW": "條件", en: "conditions" },
  bands: { "zh-CN": "分档", "zh-TW": "分檔", en: "bands" },
  entries: { "zh-CN": "词表", "zh-TW": "詞表", en: "word list" },
  words: { "zh-CN": "词", "zh-TW": "詞", en: "words" },
  anyOf: { "zh-CN": "字段", "zh-TW": "欄位", en: "fields" },
  aliases: { "zh-CN": "表头", "zh-TW": "表頭", en: "headers" },
  tiers: { "zh-CN": "分档", "zh-TW": "分檔", en: "tiers" },
};

const WHOLE_FILE: Words = { "zh-CN": "整个文件", "zh-TW": "整個檔案", en: "the whole file" };
const SEPARATOR: Words = { "zh-CN": " › ", "zh-TW": " › ", en: " › " };
/** Names longer than this (characters; Chinese says more in fewer) are cut with "…". */
const LONGEST_NAME: Readonly<Record<Lang, number>> = { "zh-CN": 16, "zh-TW": 16, en: 32 };

const child = (node: unknown, key: PropertyKey): unknown =>
  typeof node === "object" && node !== null ? Reflect.get(node, key) : undefined;

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

function shortened(name: string, lang: Lang): string {
  const characters = [...name];
  const longest = LONGEST_NAME[lang];
  return characters.length > longest ? `${characters.slice(0, longest).join("")}…` : name;
}

/** What the file calls an entry: its label (or remark) in the language, its letter, or its id. */
function nameOf(list: string, entry: unknown, lang: Lang): string | null {
  const own = (key: string): string | null => text(child(child(entry, key), lang)) ?? text(child(entry, key));
  const found =
    list === "grades"
      ? text(child(entry, "letter"))
      : list === "rules"
        ? own("remark")
        : (own("label") ?? text(child(entry, "field")));
  return found === null ? text(child(entry, "id")) : shortened(found, lang);
}

function segment(list: string | null, key: PropertyKey, node: unknown, lang: Lang): string {
  if (typeof key === "number" && list !== null) {
    const described = LISTS[list];
    if (described) {
      const name = nameOf(list, node, lang);
      return name === null ? described.numbered[lang](key + 1) : described.named[lang](name);
    }
    const numbered = NUMBERED[list];
    if (numbered) return numbered[lang](key + 1);
    return `${key + 1}`;
  }
  const known = typeof key === "string" ? KEYS[key] : undefined;
  return known ? known[lang] : quoted[lang](String(key));
}

/** `dimensions[0].weight` → ["dimensions", 0, "weight"]; `(root)` (the whole file) → []. */
export function pathParts(path: string): PropertyKey[] {
  if (path === "(root)") return [];
  const parts: PropertyKey[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

/** The place of `path` in `input` (the rule set as read), in each language. */
export function problemPlace(path: readonly PropertyKey[], input: unknown): Localized {
  const place = (lang: Lang): string => {
    if (path.length === 0) return WHOLE_FILE[lang];
    const parts: string[] = [];
    let node = input;
    let list: string | null = null;
    for (const key of path) {
      node = child(node, key);
      // A list's own key is said by its entries ("第 2 条硬性规则"), not on its own.
      if (typeof key === "string" && (LISTS[key] || NUMBERED[key])) {
        list = key;
        continue;
      }
      parts.push(segment(list, key, node, lang));
      list = null;
    }
    if (list !== null) parts.push(LIST_NAMES[list]?.[lang] ?? quoted[lang](list)); // the path ends at a list itself
    return parts.join(SEPARATOR[lang]);
  };
  return { "zh-CN": place("zh-CN"), "zh-TW": place("zh-TW"), en: place("en") };
}

/** Where a problem `loadRuleSet` reported in `json` is, in the analyst's words. */
export function placeOf(problem: { readonly path: string }, json: unknown): Localized {
  return problemPlace(pathParts(problem.path), json);
}
