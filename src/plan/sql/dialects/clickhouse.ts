/**
 * ClickHouse (21.8 or later: window functions, `normalizeUTF8NFKC` from 22.x). Functions return NULL when an
 * argument is NULL, so NULL parts are filtered out of joins explicitly. Regular expressions are RE2.
 */
import { type Dialect, spacedWords, numberLiteral } from "../dialect";

const quoteIdent = (name: string): string => `\`${name.replace(/\\/g, "\\\\").replace(/`/g, "\\`")}\``;
const quoteText = (value: string): string => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

export const clickhouse: Dialect = {
  name: "clickhouse",
  cteAs: "AS",
  ident: quoteIdent,
  text: quoteText,
  double: (value) => `toFloat64(${numberLiteral(value)})`,
  toDouble: (expr) => `CAST(${expr} AS Nullable(Float64))`,
  toText: (expr) => `toString(${expr})`,
  epochDays: (date) => `toFloat64(dateDiff('day', toDate('1970-01-01'), toDate(${date})))`,
  currentDate: "today()",
  yearOf: (date) => `toFloat64(toYear(toDate(${date})))`,
  dayOfYear: (date) => `toFloat64(toDayOfYear(toDate(${date})))`,
  epochDaysOf: (year, month, day) =>
    `toFloat64(dateDiff('day', toDate('1970-01-01'), makeDate(toInt32(${year}), ${month}, ${day})))`,
  toBoolean: (expr) => `(${expr} != 0)`,
  lower: (expr) => `lowerUTF8(${expr})`,
  nfkc: (expr) => `normalizeUTF8NFKC(${expr})`,
  matches: (expr, pattern) => `match(${expr}, ${quoteText(pattern)})`,
  replaceAll: (expr, pattern, replacement) =>
    `replaceRegexpAll(${expr}, ${quoteText(pattern)}, ${quoteText(replacement)})`,
  trimChars: (expr, chars) => `trimBoth(${expr}, ${quoteText(chars)})`,
  contains: (expr, needle) => `(position(${expr}, ${quoteText(needle)}) > 0)`,
  concatWs: (separator, parts) =>
    `arrayStringConcat(arrayMap(cg__x -> assumeNotNull(cg__x), arrayFilter(cg__x -> isNotNull(cg__x), [${parts.join(", ")}])), ${quoteText(separator)})`,
  concat: (parts) => `concat(${parts.join(", ")})`,
  tokenPoints: ({ text, separators, tokenName, token, points, combine }) => {
    const tokens = `arrayFilter(${tokenName} -> ${tokenName} != '', arrayMap(${tokenName} -> ${token(tokenName)}, splitByRegexp(${quoteText(separators)}, ${text})))`;
    const scored = `arrayFilter(cg__p -> isNotNull(cg__p), arrayMap(${tokenName} -> ${points(tokenName, spacedWords(clickhouse, tokenName))}, ${tokens}))`;
    const combined = combine === "mean" ? "arrayAvg" : combine === "max" ? "arrayMax" : "arrayMin";
    return `if(empty(${scored}), NULL, ${combined}(${scored}))`;
  },
};
