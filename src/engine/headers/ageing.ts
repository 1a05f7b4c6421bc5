/**
 * Ageing-bucket headers of receivables reports: "0-30天", "31~60天", "61-90 days", "90天以上", "91 and over",
 * "1年以上", "Current". Each is read as a range of days and filed under the bucket field its lower bound falls in.
 */
import { FIELD_IDS, type FieldId, fieldSpec } from "../fields";
import { parseChineseInteger } from "../values/chineseNumerals";
import type { HeaderReading } from "./readHeader";

/** Words that may stand around a bucket's range: "账龄31-60天", "逾期61-90天金额", "31 - 60 Days Past Due". */
const CONTEXT =
  /账龄|帐龄|逾期|超期|欠款|应收|金额|余额|区间|aging|ageing|aged|past\s*due|overdue|days?|天|日|amount|balance|ar|a\/r|bucket|[\s\-–—~～至到_:：()（）[\]]/g;

const UNIT = "(?:天|日|days?|d)?";
const RANGE = new RegExp(
  `(\\d+)\\s*${UNIT}\\s*(?:-|–|—|~|～|至|到|to)\\s*(\\d+)\\s*${UNIT}(?!\\s*(?:个?月|months?|年))`,
);
const OVER = new RegExp(
  `(?:>|＞|超过|大于|over|more\\s*than|above)\\s*(\\d+)\\s*${UNIT}|(\\d+)\\s*${UNIT}\\s*(?:以上|之上|以后|\\+|and\\s*over|or\\s*more|plus|over)`,
);
const WITHIN = new RegExp(
  `(\\d+)\\s*${UNIT}\\s*(?:以内|以下|之内|内|or\\s*less|or\\s*fewer|or\\s*under)|(?:within|under|<|＜|less\\s*than)\\s*(\\d+)\\s*${UNIT}`,
);
const YEARS = "(\\d+|[一二两三四五]|a|one)";
const YEARS_OVER = new RegExp(
  `(?:>|超过|over|more\\s*than)\\s*${YEARS}\\s*(?:年|years?)|${YEARS}\\s*(?:年|years?)\\s*(?:以上|\\+|and\\s*over|or\\s*more)`,
);
const OVERDUE = /逾期|超期|overdue|past\s*due/;
const CURRENT = /^(?:未到期|未逾期|current|not\s*(?:yet\s*)?(?:due|overdue))$/;

const ageingFrom = (field: FieldId): number => fieldSpec(field).ageingFrom ?? 0;

/** The bucket fields, oldest first. */
const BUCKETS: readonly FieldId[] = FIELD_IDS.filter((id) => fieldSpec(id).ageingFrom !== undefined).sort(
  (a, b) => ageingFrom(b) - ageingFrom(a),
);

/**
 * Days a report's bucket bound may fall short of a field's: reports count a year as 360 days ("361+") and write
 * "30-60" as often as "31-60".
 */
const SLACK = 5;

/**
 * The bucket field whose range holds `lowerBound` days. A range from 0 ("0-30天", "Current") is the youngest
 * bucket; one from 1 ("1 - 30" in a past-due report) is already overdue, a bucket of its own, so a report with
 * both keeps both balances.
 */
function bucketFor(lowerBound: number): FieldId | null {
  if (lowerBound === 0) return "ageingCurrent";
  for (const field of BUCKETS) if (field !== "ageingCurrent" && lowerBound + SLACK >= ageingFrom(field)) return field;
  return null;
}

/** The lower bound of the days a bucket header covers; null when the header is not a bucket. */
function lowerBoundOf(text: string): number | null {
  const range = RANGE.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to <= from) return null;
    return text.replace(range[0], "").replace(CONTEXT, "").length === 0 ? from : null;
  }
  const years = YEARS_OVER.exec(text);
  if (years) {
    const written = years[1] ?? years[2] ?? "";
    const count = ["a", "one"].includes(written) ? 1 : (parseChineseInteger(written) ?? Number(written));
    return text.replace(years[0], "").replace(CONTEXT, "").length === 0 ? 365 * count + 1 : null;
  }
  const over = OVER.exec(text);
  if (over) return text.replace(over[0], "").replace(CONTEXT, "").length === 0 ? Number(over[1] ?? over[2]) + 1 : null;
  const within = WITHIN.exec(text);
  if (within) {
    if (text.replace(within[0], "").replace(CONTEXT, "").length > 0 || Number(within[1] ?? within[2]) > 30) return null;
    return OVERDUE.test(text) ? 1 : 0; // "逾期30天内" is already late; "30天以内" is the youngest bucket
  }
  return CURRENT.test(text.trim()) ? 0 : null;
}

/**
 * The ageing bucket a header names, or null.
 * @example ageingBucket(readHeader("31-60天")) // "ageing31to60"
 */
export function ageingBucket(reading: HeaderReading): FieldId | null {
  const from = lowerBoundOf(reading.text);
  return from === null ? null : bucketFor(from);
}
