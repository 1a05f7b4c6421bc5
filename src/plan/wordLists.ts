/**
 * The drop-down lists of qualitative columns, from the rule set's word lists ("words" criteria): one word per
 * entry (per level of points), in the table's language, best level first, e.g. 良好,一般,较差.
 */
import { type ColumnMapping, type FieldId, type Lang, type RuleSet, isFieldId, wordListOf } from "../engine";

/** Whether a word is written in Chinese (any character outside printable ASCII). */
function hasNonAsciiText(text: string): boolean {
  return /[^\x20-\x7e]/.test(text);
}

/** Characters written differently in Simplified Chinese, as the default word lists use them. */
const SIMPLIFIED_ONLY = new Set([
  ..."较紧张优稳险谨长经频战龙领头国际欧亚东机设备车医药仪链价运输范围货质户评务财状况级备注额类单据费预档时间号码进销当应们个这为与报达递踪联络电话实证装尔终难边坏账农产华区见现买卖乐",
]);
/** Their Traditional counterparts. */
const TRADITIONAL_ONLY = new Set([
  ..."較緊張優穩險謹長經頻戰龍領頭國際歐亞東機設備車醫藥儀鏈價運輸範圍貨質戶評務財狀況級備註額類單據費預檔時間號碼進銷當應們個這為與報達遞蹤聯絡電話實證裝爾終難邊壞賬農產華區見現買賣樂",
]);

/** The Traditional spelling of `simplified` among `words`: same length, differing only where it is Simplified-only. */
function traditionalOf(simplified: string, words: readonly string[]): string {
  if (![...simplified].some((ch) => SIMPLIFIED_ONLY.has(ch))) return simplified;
  const chars = [...simplified];
  const match = words.find((word) => {
    const other = [...word];
    if (other.length !== chars.length || word === simplified) return false;
    return other.every((ch, i) => ch === chars[i] || (SIMPLIFIED_ONLY.has(chars[i] ?? "") && TRADITIONAL_ONLY.has(ch)));
  });
  return match ?? simplified;
}

/** The word of one entry to show in `lang`: English for en, else the first Chinese word in its script. */
export function entryWord(words: readonly string[], lang: Lang): string | null {
  if (lang === "en") return words.find((w) => !hasNonAsciiText(w)) ?? null;
  const chinese = words.find((w) => hasNonAsciiText(w));
  if (chinese === undefined) return null;
  return lang === "zh-TW" ? traditionalOf(chinese, words) : chinese;
}

export interface WordList {
  readonly field: FieldId;
  /** Words in order of points, best first, without repeats. */
  readonly words: readonly string[];
}

/**
 * The word lists of the fields the table has a column for (a field read out of another column, like the
 * destination out of the transport needs, gets none). Several criteria on one field share one list.
 */
export function wordLists(ruleSet: RuleSet, mapping: ColumnMapping, lang: Lang): WordList[] {
  const byField = new Map<FieldId, { word: string; points: number }[]>();
  for (const dimension of ruleSet.dimensions) {
    for (const criterion of dimension.criteria) {
      const field = criterion.field;
      const entries = wordListOf(criterion);
      if (entries === null || typeof field !== "string" || !isFieldId(field) || mapping.columns[field] === undefined)
        continue;
      const list = byField.get(field) ?? [];
      for (const entry of entries) {
        const word = entryWord(entry.words, lang);
        if (word !== null) list.push({ word, points: entry.points });
      }
      byField.set(field, list);
    }
  }
  return [...byField].map(([field, list]) => ({
    field,
    words: [...new Set(list.sort((a, b) => b.points - a.points).map((e) => e.word.replace(/,/g, "")))],
  }));
}
