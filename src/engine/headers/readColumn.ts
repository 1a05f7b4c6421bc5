/**
 * What one column's header names, or that it names two things, or nothing. The header is read whole first; where
 * that gives no alias, its shape is read: an ageing bucket ("31-60天"), a month as a date ("2024/01"), a group and
 * a field ("Address 1: City"), a bilingual pair ("業務 Sales"), a period's total ("全年合计", "月均"); only then
 * the aliases it contains. Two names joined by 及/和/&/and ("客户名称及联系人", "联系人/电话") name two fields.
 */
import type { FieldId } from "../fields";
import { ageingBucket } from "./ageing";
import { type FieldCandidate, candidatesFor, perUnit } from "./fieldMatch";
import { monthOfDate } from "./months";
import { type HeaderReading, readHeader } from "./readHeader";
import { foldChinese } from "./synonyms";

export type ColumnReading =
  | { readonly kind: "field"; readonly candidate: FieldCandidate }
  | { readonly kind: "ambiguous"; readonly fields: FieldId[] }
  | null;

const field = (candidate: FieldCandidate): ColumnReading => ({ kind: "field", candidate });

const shaped = (id: FieldId, alias: string, confidence: number): ColumnReading =>
  field({ field: id, alias, via: "qualified", confidence });

const scaled = (reading: ColumnReading, factor: number): ColumnReading =>
  reading?.kind === "field"
    ? field({ ...reading.candidate, confidence: Math.round(reading.candidate.confidence * factor * 100) / 100 })
    : reading;

/** The fields a header joining two names with a conjunction names; more than one makes it ambiguous. */
function joinedFields(reading: HeaderReading): FieldId[] {
  if (reading.parts.length < 2) return [];
  const named = new Set<FieldId>();
  for (const part of reading.parts) {
    const [best] = candidatesFor(readHeader(part));
    if (best) named.add(best.field);
  }
  return named.size > 1 ? [...named] : [];
}

/** "Address 1: City", "客户信息：客户名称": the part after the colon names the field, the part before groups it. */
function groupedField(reading: HeaderReading): ColumnReading {
  const colon = Math.max(reading.header.lastIndexOf(":"), reading.header.lastIndexOf("："));
  if (colon <= 0) return null;
  const tail = reading.header.slice(colon + 1).trim();
  if (tail.length === 0) return null;
  const [best] = candidatesFor(readHeader(tail));
  return best && best.via !== "contains" ? scaled(field(best), 0.95) : null;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LETTERS = /[A-Za-z]{2}/;

/** A header written in Chinese and English ("客戶名稱 Customer Name", "Grade 等級"): its two halves, or null. */
function bilingualHalves(header: string): { readonly chinese: string; readonly english: string } | null {
  // Brackets hold a unit or a remark ("Credit Line(万元)"), which the whole header's reading keeps.
  const text = header.normalize("NFKC").replace(/[(（[【][^)）\]】]*[)）\]】]/g, " ");
  const chars = [...text];
  let last = -1;
  chars.forEach((ch, i) => {
    if (CJK.test(ch)) last = i;
  });
  const first = chars.findIndex((ch) => CJK.test(ch));
  if (first < 0) return null;
  const tail = chars.slice(last + 1).join("");
  if (/^\s/.test(tail) && LETTERS.test(tail)) return { chinese: chars.slice(0, last + 1).join(""), english: tail };
  const head = chars.slice(0, first).join("");
  if (/\s$/.test(head) && LETTERS.test(head)) return { chinese: chars.slice(first).join(""), english: head };
  return null;
}

/**
 * Each half read alone: the same field from both, or the one a single half names. Where they differ, the
 * Chinese half is the original and the English its gloss ("業務 Sales" is the salesperson, not the sales).
 */
function bilingualField(reading: HeaderReading): ColumnReading {
  const halves = bilingualHalves(reading.header);
  if (!halves) return null;
  const chinese = readColumn(readHeader(halves.chinese));
  const english = readColumn(readHeader(halves.english));
  const a = chinese?.kind === "field" ? chinese.candidate : null;
  const b = english?.kind === "field" ? english.candidate : null;
  if (a && b) return a.field === b.field ? field(a.confidence >= b.confidence ? a : b) : scaled(field(a), 0.85);
  if (a) return scaled(chinese, 0.95);
  if (b) return scaled(english, 0.95);
  return null;
}

/** Words for a total: with a period ("全年合计", "上半年合計") it is that period's amount. */
const TOTAL = new Set([
  "合计",
  "总计",
  "小计",
  "汇总",
  "总额",
  "总和",
  "总金额",
  "合计金额",
  "累计",
  "total",
  "sum",
  "grandtotal",
]);

/**
 * Periods that, standing alone, sum or average the figures beside them ("月均", "去年全年"); a bare "年度" or "FY"
 * is the column of the year itself.
 */
const SUMMING = /均|平均|全年|average|\bavg\b|full\s*year|whole\s*year/;
const PAST_YEAR = /^(?:去年|上年|上年度|上一年度?|prioryear|lastyear|previousyear)(?:\d{4})?$/;

/**
 * A period's total ("全年合计", "今年累计", "上半年合計"), a summing period alone ("月均", "去年全年") or a past year
 * alone ("Prior Year (2023)", "去年": a year gone by is not the column of the year itself): that period's amount.
 */
function periodTotal(reading: HeaderReading): ColumnReading {
  if (reading.period === null || (reading.hint !== null && reading.hint !== "money")) return null;
  const past = PAST_YEAR.test(reading.key);
  const alone = reading.onlyQualifiers && (past || SUMMING.test(reading.periodText + reading.key));
  return alone || TOTAL.has(foldChinese(reading.core)) ? shaped("annualAmount", reading.core, 0.9) : null;
}

/**
 * Reads one header.
 * @example readColumn(readHeader("最后托运日"))?.kind // "field" (lastTransaction)
 */
export function readColumn(reading: HeaderReading): ColumnReading {
  if (perUnit(reading)) return null;
  const joined = joinedFields(reading);
  if (joined.length > 1) return { kind: "ambiguous", fields: joined };
  const month = monthOfDate(reading.text);
  if (month) return shaped(month, reading.core, 0.9);
  const bucket = ageingBucket(reading);
  if (bucket) return shaped(bucket, reading.core, 0.9);
  const candidates = candidatesFor(reading);
  const [best, second] = candidates;
  if (best && best.via !== "contains") return field(best);
  const shape = groupedField(reading) ?? bilingualField(reading) ?? periodTotal(reading);
  if (shape) return shape;
  if (!best) return null;
  if (second && second.confidence >= best.confidence && second.field !== best.field) {
    return {
      kind: "ambiguous",
      fields: [...new Set(candidates.filter((c) => c.confidence >= best.confidence).map((c) => c.field))],
    };
  }
  return field(best);
}
