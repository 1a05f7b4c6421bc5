/**
 * The texts of a row's detailed explanation, per language: kept here rather than in the engine's catalog, so
 * the pane's first load (which carries the catalog) does not carry them; the explanation is loaded on demand.
 */
import { localize } from "../lang";
import type { Lang, Localized } from "../types";

type Combine = "mean" | "max" | "min";

interface ExplainMessages {
  /** A number with its unit; the number is already formatted. */
  readonly days: (n: string) => string;
  readonly years: (n: string) => string;
  readonly months: (n: string) => string;
  readonly perYear: (n: string) => string;
  readonly yes: string;
  readonly no: string;
  /** A band reached: "≥ 300,000 → 70". */
  readonly band: (atLeast: string, points: string) => string;
  /** Below every band: "< 0 → 10". */
  readonly belowBands: (lowest: string, points: string) => string;
  /** One word of a list matched: "“良好” → 80". */
  readonly word: (word: string, points: string) => string;
  /** Several words matched, combined as the criterion says (`parts` from `word`). */
  readonly words: (parts: readonly string[], combine: Combine) => string;
  /** A straight line: `from` earns 0 points, `to` 100, in between in proportion. */
  readonly line: (from: string, to: string) => string;
  /** A place among the table's customers with a positive value, and the band it falls in ("top 10 %"). */
  readonly share: (place: number, of: number, top: number, points: string) => string;
  /** A place beyond every band. */
  readonly shareBeyond: (place: number, of: number, points: string) => string;
  /** Zero or less: no business at all. */
  readonly shareNone: (points: string) => string;
  /** A rank among the table's customers with a value. */
  readonly rank: (place: number, of: number) => string;
  /** Between the conditions of a hard rule. */
  readonly and: string;
  /** A condition that a field is blank, or filled. */
  readonly missing: (field: string) => string;
  readonly present: (field: string) => string;
}

const COMBINE_EN: Readonly<Record<Combine, string>> = { mean: "mean", max: "best", min: "worst" };
const COMBINE_ZH: Readonly<Record<Combine, string>> = { mean: "取平均", max: "取最高", min: "取最低" };

const en: ExplainMessages = {
  days: (n) => `${n} days`,
  years: (n) => `${n} years`,
  months: (n) => `${n} months`,
  perYear: (n) => `${n} a year`,
  yes: "yes",
  no: "no",
  band: (a, p) => `≥ ${a} → ${p}`,
  belowBands: (a, p) => `< ${a} → ${p}`,
  word: (w, p) => `"${w}" → ${p}`,
  words: (parts, c) => `${parts.join(", ")} (${COMBINE_EN[c]})`,
  line: (f, t) => `in proportion from ${f} (0) to ${t} (100)`,
  share: (n, of, t, p) => `${n} of ${of} in this table, top ${t}% → ${p}`,
  shareBeyond: (n, of, p) => `${n} of ${of} in this table → ${p}`,
  shareNone: (p) => `none → ${p}`,
  rank: (n, of) => `${n} of ${of} in this table`,
  and: " and ",
  missing: (f) => `${f} blank`,
  present: (f) => `${f} filled`,
};

const zhCN: ExplainMessages = {
  days: (n) => `${n} 天`,
  years: (n) => `${n} 年`,
  months: (n) => `${n} 个月`,
  perYear: (n) => `每年 ${n} 次`,
  yes: "是",
  no: "否",
  band: (a, p) => `≥ ${a} → ${p}`,
  belowBands: (a, p) => `< ${a} → ${p}`,
  word: (w, p) => `“${w}” → ${p}`,
  words: (parts, c) => `${parts.join("，")}（${COMBINE_ZH[c]}）`,
  line: (f, t) => `${f} 为 0 分、${t} 为 100 分，按比例计`,
  share: (n, of, t, p) => `本表 ${of} 家中第 ${n}，前 ${t}% → ${p}`,
  shareBeyond: (n, of, p) => `本表 ${of} 家中第 ${n} → ${p}`,
  shareNone: (p) => `无 → ${p}`,
  rank: (n, of) => `本表 ${of} 家中第 ${n}`,
  and: " 且 ",
  missing: (f) => `${f}为空`,
  present: (f) => `${f}已填`,
};

const zhTW: ExplainMessages = {
  ...zhCN,
  months: (n) => `${n} 個月`,
  word: (w, p) => `「${w}」 → ${p}`,
  line: (f, t) => `${f} 為 0 分、${t} 為 100 分，按比例計`,
  shareNone: (p) => `無 → ${p}`,
  missing: (f) => `${f}為空`,
};

const MESSAGES: Readonly<Record<Lang, ExplainMessages>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

/** A text of the explanation in every language. */
export const explainText = (text: (messages: ExplainMessages, lang: Lang) => string): Localized =>
  localize(MESSAGES, text);
