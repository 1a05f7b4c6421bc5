/**
 * DuckDB (embedded, `@duckdb/node-api`). DuckDB has no NFKC: `nfkc` folds what NFKC does to the text analysts
 * type (full-width letters, digits and signs to ASCII, the ideographic space to a space) and leaves other
 * compatibility characters (①, ㎡, ligatures) as written.
 */
import { type Dialect, spacedWords, doubledQuotes, numberLiteral } from "../dialect";
import { FULL_WIDTH, HALF_WIDTH } from "./widths";

const quoteIdent = doubledQuotes('"');
const quoteText = doubledQuotes("'");

export const duckdb: Dialect = {
  name: "duckdb",
  cteAs: "AS",
  ident: quoteIdent,
  text: quoteText,
  double: (value) => `CAST(${numberLiteral(value)} AS DOUBLE)`,
  toDouble: (expr) => `CAST(${expr} AS DOUBLE)`,
  toText: (expr) => `CAST(${expr} AS VARCHAR)`,
  epochDays: (date) => `CAST(date_diff('day', DATE '1970-01-01', CAST(${date} AS DATE)) AS DOUBLE)`,
  currentDate: "CURRENT_DATE",
  yearOf: (date) => `CAST(year(CAST(${date} AS DATE)) AS DOUBLE)`,
  dayOfYear: (date) => `CAST(dayofyear(CAST(${date} AS DATE)) AS DOUBLE)`,
  epochDaysOf: (year, month, day) =>
    `CAST(date_diff('day', DATE '1970-01-01', make_date(CAST(${year} AS BIGINT), ${month}, ${day})) AS DOUBLE)`,
  toBoolean: (expr) => `CAST(${expr} AS BOOLEAN)`,
  lower: (expr) => `lower(${expr})`,
  // translate() with the 95 full-width forms costs ten times a regular expression: only where there are some.
  nfkc: (expr) =>
    `(CASE WHEN regexp_matches(${expr}, '[\u3000\uff01-\uff5e]') THEN translate(nfc_normalize(${expr}), ${quoteText(FULL_WIDTH)}, ${quoteText(HALF_WIDTH)}) ELSE nfc_normalize(${expr}) END)`,
  matches: (expr, pattern) => `regexp_matches(${expr}, ${quoteText(pattern)})`,
  replaceAll: (expr, pattern, replacement) =>
    `regexp_replace(${expr}, ${quoteText(pattern)}, ${quoteText(replacement)}, 'g')`,
  trimChars: (expr, chars) => `trim(${expr}, ${quoteText(chars)})`,
  contains: (expr, needle) => `contains(${expr}, ${quoteText(needle)})`,
  concatWs: (separator, parts) => `concat_ws(${quoteText(separator)}, ${parts.join(", ")})`,
  concat: (parts) => `concat(${parts.join(", ")})`,
  tokenPoints: ({ text, separators, tokenName, token, points, combine }) => {
    const split = `string_split_regex(${text}, ${quoteText(separators)})`;
    const tokens = `list_filter(list_transform(${split}, lambda ${tokenName}: ${token(tokenName)}), lambda ${tokenName}: ${tokenName} <> '')`;
    // Each token beside its spaced form, worked out once: the word list's English words are each looked for in it.
    const pairs = `list_transform(${tokens}, lambda ${tokenName}: {'t': ${tokenName}, 's': ${spacedWords(duckdb, tokenName)}})`;
    const scored = `list_filter(list_transform(${pairs}, lambda cg__x: ${points("cg__x.t", "cg__x.s")}), lambda cg__p: cg__p IS NOT NULL)`;
    switch (combine) {
      case "mean":
        return `list_avg(${scored})`; // NULL for no points; a plain sum over the count, in the tokens' order
      case "max":
        return `list_max(${scored})`;
      case "min":
        return `list_min(${scored})`;
    }
  },
};
