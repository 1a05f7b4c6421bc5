/**
 * The analyst's language: telling which one a tag names, building a text in every language from each
 * language's catalog, and joining a list as that language does.
 */
import { LANGS, type Lang, type Localized } from "./types";

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

const TRADITIONAL_SUBTAGS: readonly string[] = ["hant", "tw", "hk", "mo"];

/**
 * The language a BCP 47 or POSIX locale tag names, or `null` when it names none of ours. Traditional Chinese
 * for zh-TW, zh-HK, zh-MO and zh-Hant; Simplified Chinese for any other Chinese tag; English for English.
 * @example langFromTag("zh_TW.UTF-8") // "zh-TW"
 * @example langFromTag("fr-FR") // null
 */
export function langFromTag(tag: string): Lang | null {
  const subtags = tag.toLowerCase().split(/[-_.@]/);
  if (subtags[0] === "en") return "en";
  if (subtags[0] !== "zh") return null;
  return subtags.some((s) => TRADITIONAL_SUBTAGS.includes(s)) ? "zh-TW" : "zh-CN";
}

/**
 * One text in every language, each taken from that language's catalog (a layer's `Record<Lang, Catalog>`).
 * Hosts pick the language later, so a message travels as a `Localized`.
 * @example localize(MESSAGES, (m) => m.noHeader)
 */
export function localize<Catalog>(
  catalogs: Readonly<Record<Lang, Catalog>>,
  text: (catalog: Catalog, lang: Lang) => string,
): Localized {
  return {
    "zh-CN": text(catalogs["zh-CN"], "zh-CN"),
    "zh-TW": text(catalogs["zh-TW"], "zh-TW"),
    en: text(catalogs.en, "en"),
  };
}

/** "and" (a, b and c) or "or" (a, b or c), in the words each language uses. */
export type ListKind = "conjunction" | "disjunction";

const LIST_FORMATS = new Map<string, Intl.ListFormat>();

/**
 * Items as one phrase of the language, by `Intl.ListFormat`.
 * @example formatList("zh-CN", ["等级", "分数", "备注"]) // "等级、分数和备注"
 * @example formatList("en", ["Grade", "Score", "Remark"]) // "Grade, Score, and Remark"
 * @example formatList("en", ["a", "b"], "disjunction") // "a or b"
 */
export function formatList(lang: Lang, items: readonly string[], kind: ListKind = "conjunction"): string {
  const key = `${lang}/${kind}`;
  let format = LIST_FORMATS.get(key);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: kind, style: "long" });
    LIST_FORMATS.set(key, format);
  }
  return format.format(items);
}
