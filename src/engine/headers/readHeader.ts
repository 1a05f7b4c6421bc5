/**
 * A header read the way an analyst reads it: what it names, over which period, in which unit, and whether its
 * values are an amount, a rate, a count or days. "本年运费收入(万元)" names freight revenue, this year to date, in
 * 万元, an amount; "Profit Margin %" names a margin, a rate.
 */
import { normalizeText } from "../values/text";
import { type Period, readPeriod } from "./periods";
import { toSimplified } from "./script";
import { type Unit, type UnitKind, gluedUnit, readUnit, unitWord } from "./units";

export interface HeaderReading {
  /** The header as written, trimmed. */
  readonly header: string;
  /** The whole header normalised: NFKC, Simplified, lower case, no brackets, spaces or punctuation. */
  readonly key: string;
  /** The key without period qualifiers, units and pivot-table words: what the header names. */
  readonly core: string;
  /** The core's English words, for matching English aliases word by word. */
  readonly words: readonly string[];
  /** The core without a unit glued to its end ("毛利额万元" → "毛利额"), when it has one. */
  readonly glued: { readonly core: string; readonly unit: Unit } | null;
  readonly period: Period | null;
  /** The period qualifier as written ("2017年"), "" when none. */
  readonly periodText: string;
  readonly unit: Unit | null;
  /** What the header says its values are, from its unit or its words (率, 额, days); null when it does not say. */
  readonly hint: UnitKind | null;
  /** A pivot table's "计数项:" / "Count of": the column counts the named thing. */
  readonly countOf: boolean;
  /** A pivot table's "最小值项:" / "Min of" (first) or "最大值项:" / "Max of" (last); null when neither. */
  readonly extreme: "min" | "max" | null;
  /** A bracket lists yes and no ("(Y/N)", "(是/否)"), or the header asks a question ("是否…", "Is …"). */
  readonly yesNo: boolean;
  /** A bracket marks a system column not to be edited ("(Do Not Modify)", "(请勿修改)"). */
  readonly system: boolean;
  /** The header is only a period and a unit ("月均", "去年全年", "2024年(万元)"): it names no thing. */
  readonly onlyQualifiers: boolean;
  /** The names a conjunction joins ("客户名称及联系人"), each normalised; one part when it joins nothing. */
  readonly parts: readonly string[];
  /** The header's lower-case, Simplified text with brackets kept, for range patterns ("31-60天"). */
  readonly text: string;
}

const BRACKETS = /[(（[【〔{<《「『]([^)）\]】〕}>》」』]*)[)）\]】〕}>》」』]/g;
const BRACKET_CHARS = /[()（）[\]【】〔〕{}<>《》「」『』]/g;
const PUNCTUATION = /[\s:：_\-–—.,，、;；'"“”‘’*#!?！？~～/\\|+]+/g;
const PIVOT =
  /^(求和项|计数项|平均值项|最大值项|最小值项|sum\s+of|count\s+of|average\s+of|avg\s+of|max\s+of|min\s+of)\s*[:：]?\s*/;
const CONJUNCTIONS = /以及|及|和|与|、|&|\+|\/|\band\b/;

/** Header text reduced to what is compared with aliases. */
export function normalizeKey(text: string): string {
  return normalizeText(toSimplified(text)).replace(PUNCTUATION, "");
}

/** "AccountName" → "Account Name", "SalesYTD" → "Sales YTD": system field names as words ("TEUs" stays one). */
function splitCamelCase(text: string): string {
  // A digit splits only before a capitalised word ("Q3Revenue"), so "L12M" and "2024Q3" stay whole.
  return text
    .replace(/([a-z])([A-Z])|([0-9])([A-Z][a-z])/g, (_, a?: string, b?: string, c?: string, d?: string) =>
      a === undefined ? `${c} ${d}` : `${a} ${b}`,
    )
    .replace(/([A-Z]+)([A-Z](?!s\b)[a-z])/g, "$1 $2");
}

/**
 * Words that say how a figure was taken, not what it is: tax in or out ("Sales With Tax", "含税销售额"), a query
 * tool's prefix for computed columns ("Calculated_SalesYTD").
 */
const TAX_QUALIFIER =
  /\b(?:with|incl(?:uding)?\.?|excl(?:uding)?\.?|ex|before|after|net\s+of|w\/o)\s*tax(?:es)?\b|(?:不含|含|未|除)税|税[前后](?!率)/g;
const COMPUTED_PREFIX = /^\s*(?:calculated|calc)\b\s*/;
/** Abbreviations written with a slash, which would otherwise read as two names: "AR O/S" is outstanding. */
const SLASHED = /\bo\/s\b/g;

const RATE_WORDS = /(?<!频)率|比率|比例|占比|百分比/;
const DAY_WORDS = /天数/;
const MONEY_WORDS = /金额|额$|额度|余额/;
const COUNT_WORDS = /次数|数量|票数|单数|件数|笔数/;
const RATE_LAST = new Set(["rate", "ratio", "percent", "percentage", "pct", "share"]);
const MONEY_LAST = new Set(["amount", "amt", "value", "balance"]);
const COUNT_LAST = new Set(["count", "quantity", "qty"]);

/** What English words say the values are: by the last word, the one a header names ("Overdue Balance" is money). */
function englishHint(words: readonly string[]): UnitKind | null {
  const last = words[words.length - 1] ?? "";
  if (RATE_LAST.has(last)) return "percent";
  if (MONEY_LAST.has(last)) return "money";
  if (COUNT_LAST.has(last) || (["number", "no"].includes(words[0] ?? "") && words[1] === "of")) return "count";
  return words.includes("days") ? "days" : null;
}

const YES_NO = /^(?:y\/n|n\/y|yes\/no|no\/yes|是\/否|否\/是|是否|有\/无|y or n|yes or no)$/;
const QUESTION = /^(?:是否|有无|有没有|是不是)|^(?:is|has)\s/;
const SYSTEM = /do\s*not\s*modify|请勿修改|勿修改|不可修改|不要修改|系统字段/;

function hintOf(unit: Unit | null, core: string, words: readonly string[]): UnitKind | null {
  if (unit) return unit.kind;
  if (RATE_WORDS.test(core)) return "percent";
  if (DAY_WORDS.test(core)) return "days";
  if (COUNT_WORDS.test(core)) return "count";
  if (MONEY_WORDS.test(core)) return "money";
  return englishHint(words);
}

/** English unit words at either end of the text ("USD Sales", "Sales in USD", "Revenue k"). */
function edgeUnit(text: string): { readonly rest: string; readonly unit: Unit | null } {
  const words = text.trim().split(/\s+/);
  if (words.length < 2) return { rest: text, unit: null };
  const last = unitWord(words[words.length - 1] ?? "");
  if (last) {
    const before = words.slice(0, -1);
    if (before[before.length - 1] === "in") before.pop();
    return { rest: before.join(" "), unit: last };
  }
  const first = unitWord(words[0] ?? "");
  return first ? { rest: words.slice(1).join(" "), unit: first } : { rest: text, unit: null };
}

/**
 * Reads a header.
 * @example readHeader("本年运费收入(万元)").core // "运费收入"
 */
export function readHeader(raw: string): HeaderReading {
  const header = raw.trim();
  // "Customer #", "# of Orders": the sign reads as "number".
  // "revenue_ytd_usd": snake_case words are words, so "ytd" and "usd" are read as a period and a unit.
  let text = toSimplified(splitCamelCase(header.normalize("NFKC")).toLowerCase())
    .replace(/#/g, " no ")
    .replace(/_/g, " ")
    .replace(SLASHED, " outstanding ")
    .replace(TAX_QUALIFIER, " ")
    .replace(COMPUTED_PREFIX, "");
  const full = text;
  let countOf = false;
  let extreme: HeaderReading["extreme"] = null;
  text = text.replace(PIVOT, (_, word: string) => {
    countOf = word.startsWith("计数") || word.startsWith("count");
    if (word.startsWith("最小") || word.startsWith("min")) extreme = "min";
    if (word.startsWith("最大") || word.startsWith("max")) extreme = "max";
    return "";
  });
  let yesNo = QUESTION.test(text.trim());
  let system = false;
  let unit: Unit | null = null;
  let period: Period | null = null;
  let periodText = "";
  // Brackets hold a unit, a period, or a remark ("客户名称(全称)"): each is read, then dropped from the name.
  const unbracketed = text.replace(BRACKETS, (_, inner: string) => {
    yesNo ||= YES_NO.test(inner.trim());
    system ||= SYSTEM.test(inner);
    const reading = readPeriod(inner);
    if (reading.period && period === null) {
      period = reading.period;
      periodText = reading.text;
    }
    unit ??= readUnit(reading.rest) ?? (reading.period ? null : readUnit(inner));
    return " ";
  });
  // "【客户名称】", "(Grade)": brackets around the whole header are decoration, not a remark to drop.
  text = unbracketed.trim().length === 0 ? text.replace(BRACKET_CHARS, " ") : unbracketed;
  const key = normalizeKey(text);
  if (text.includes("%")) {
    unit ??= readUnit("%");
    text = text.replace(/%/g, " ");
  }
  const periodReading = readPeriod(text);
  if (period === null) {
    period = periodReading.period;
    periodText = periodReading.text;
  }
  const edge = edgeUnit(periodReading.rest);
  unit ??= edge.unit;
  const core = normalizeKey(edge.rest);
  const glued = unit === null ? gluedUnit(core) : null;
  const words = edge.rest.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return {
    header,
    key,
    core: core.length > 0 ? core : key,
    words,
    glued: glued && { core: glued.rest, unit: glued.unit },
    period,
    periodText,
    unit,
    hint: hintOf(unit ?? glued?.unit ?? null, core, words),
    countOf,
    extreme,
    yesNo,
    system,
    onlyQualifiers: core.length === 0 && (period !== null || unit !== null),
    parts: text
      .split(CONJUNCTIONS)
      .map(normalizeKey)
      .filter((p) => p.length > 0),
    text: full,
  };
}
