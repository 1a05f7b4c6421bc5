/**
 * Spark SQL (3.x). Not run here: its output is checked for syntax only (see ARCHITECTURE.md). Spark has no NFKC
 * either: `nfkc` folds full-width forms and the ideographic space as the DuckDB dialect does. Regular expressions
 * are Java's; string literals take backslash escapes.
 */
import { type Dialect, spacedWords, numberLiteral } from "../dialect";
import { FULL_WIDTH, HALF_WIDTH } from "./widths";

const quoteIdent = (name: string): string => `\`${name.split("`").join("``")}\``;
const quoteText = (value: string): string => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

export const spark: Dialect = {
  name: "spark",
  cteAs: "AS",
  ident: quoteIdent,
  text: quoteText,
  double: (value) => `CAST(${numberLiteral(value)} AS DOUBLE)`,
  toDouble: (expr) => `CAST(${expr} AS DOUBLE)`,
  toText: (expr) => `CAST(${expr} AS STRING)`,
  epochDays: (date) => `CAST(datediff(CAST(${date} AS DATE), DATE '1970-01-01') AS DOUBLE)`,
  currentDate: "current_date()",
  yearOf: (date) => `CAST(year(CAST(${date} AS DATE)) AS DOUBLE)`,
  dayOfYear: (date) => `CAST(dayofyear(CAST(${date} AS DATE)) AS DOUBLE)`,
  epochDaysOf: (year, month, day) =>
    `CAST(datediff(make_date(CAST(${year} AS INT), ${month}, ${day}), DATE '1970-01-01') AS DOUBLE)`,
  toBoolean: (expr) => `CAST(${expr} AS BOOLEAN)`,
  lower: (expr) => `lower(${expr})`,
  nfkc: (expr) => `translate(${expr}, ${quoteText(FULL_WIDTH)}, ${quoteText(HALF_WIDTH)})`,
  matches: (expr, pattern) => `(${expr} RLIKE ${quoteText(pattern)})`,
  replaceAll: (expr, pattern, replacement) =>
    `regexp_replace(${expr}, ${quoteText(pattern)}, ${quoteText(replacement.replace(/\\(\d)/g, "$$$1"))})`,
  trimChars: (expr, chars) => `trim(BOTH ${quoteText(chars)} FROM ${expr})`,
  contains: (expr, needle) => `(instr(${expr}, ${quoteText(needle)}) > 0)`,
  concatWs: (separator, parts) => `concat_ws(${quoteText(separator)}, ${parts.join(", ")})`,
  concat: (parts) => `concat(${parts.join(", ")})`,
  tokenPoints: ({ text, separators, tokenName, token, points, combine }) => {
    const tokens = `filter(transform(split(${text}, ${quoteText(separators)}), ${tokenName} -> ${token(tokenName)}), ${tokenName} -> ${tokenName} <> '')`;
    const scored = `filter(transform(${tokens}, ${tokenName} -> ${points(tokenName, spacedWords(spark, tokenName))}), cg__p -> cg__p IS NOT NULL)`;
    switch (combine) {
      case "mean":
        return `aggregate(${scored}, named_struct('s', CAST(0 AS DOUBLE), 'n', 0), (cg__a, cg__p) -> named_struct('s', cg__a.s + cg__p, 'n', cg__a.n + 1), cg__a -> IF(cg__a.n = 0, NULL, cg__a.s / cg__a.n))`;
      case "max":
        return `array_max(${scored})`;
      case "min":
        return `array_min(${scored})`;
    }
  },
};
