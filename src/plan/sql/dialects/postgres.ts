/**
 * PostgreSQL (tested on Debian's PostgreSQL 15). `lower` follows the database's collation: under the C locale it
 * folds ASCII only, where JavaScript's `toLowerCase` also folds letters such as "É" (Chinese has no case).
 */
import { type Dialect, doubledQuotes, numberLiteral, spacedWords } from "../dialect";

const quoteIdent = doubledQuotes('"');
const quoteText = doubledQuotes("'");

const AGGREGATE = { mean: "AVG", max: "MAX", min: "MIN" } as const;

export const postgres: Dialect = {
  name: "postgres",
  cteAs: "AS MATERIALIZED",
  ident: quoteIdent,
  text: quoteText,
  double: (value) => `CAST(${numberLiteral(value)} AS DOUBLE PRECISION)`,
  toDouble: (expr) => `CAST(${expr} AS DOUBLE PRECISION)`,
  toText: (expr) => `CAST(${expr} AS TEXT)`,
  epochDays: (date) => `CAST(CAST(${date} AS DATE) - DATE '1970-01-01' AS DOUBLE PRECISION)`,
  currentDate: "CURRENT_DATE",
  yearOf: (date) => `CAST(EXTRACT(YEAR FROM CAST(${date} AS DATE)) AS DOUBLE PRECISION)`,
  dayOfYear: (date) => `CAST(EXTRACT(DOY FROM CAST(${date} AS DATE)) AS DOUBLE PRECISION)`,
  epochDaysOf: (year, month, day) =>
    `CAST(make_date(CAST(${year} AS INTEGER), ${month}, ${day}) - DATE '1970-01-01' AS DOUBLE PRECISION)`,
  toBoolean: (expr) => `CAST(${expr} AS BOOLEAN)`,
  lower: (expr) => `lower(${expr})`,
  nfkc: (expr) => `normalize(${expr}, NFKC)`,
  matches: (expr, pattern) => `(${expr} ~ ${quoteText(pattern)})`,
  replaceAll: (expr, pattern, replacement) =>
    `regexp_replace(${expr}, ${quoteText(pattern)}, ${quoteText(replacement)}, 'g')`,
  trimChars: (expr, chars) => `btrim(${expr}, ${quoteText(chars)})`,
  contains: (expr, needle) => `(strpos(${expr}, ${quoteText(needle)}) > 0)`,
  concatWs: (separator, parts) => `concat_ws(${quoteText(separator)}, ${parts.join(", ")})`,
  concat: (parts) => `concat(${parts.join(", ")})`,
  tokenPoints: ({ text, separators, tokenName, token, points, combine }) => {
    const raw = "cg__raw";
    const tokens = `SELECT ${token(raw)} AS ${tokenName} FROM regexp_split_to_table(${text}, ${quoteText(separators)}) AS cg__split(${raw})`;
    // The spaced token once per token: the word list's English words are looked for in it one by one.
    const spaced = `SELECT ${tokenName}, ${spacedWords(postgres, tokenName)} AS cg__s FROM (${tokens}) AS cg__tokens WHERE ${tokenName} <> ''`;
    const scored = `SELECT ${points(tokenName, "cg__s")} AS cg__p FROM (${spaced}) AS cg__spaced`;
    // AVG of double precision is a plain sum over the count, as the engine's mean is.
    return `(SELECT ${AGGREGATE[combine]}(cg__p) FROM (${scored}) AS cg__scored)`;
  },
};
