/**
 * What differs between the SQL engines the rule set compiles for. The compiler builds one query out of these
 * pieces and never writes engine-specific syntax itself, so a dialect is one file plus one line in
 * `dialects/index.ts`. Every numeric expression is a double or NULL (NULL is the engine's NaN: no value).
 */

export const DIALECT_NAMES = ["duckdb", "postgres", "clickhouse", "spark"] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];

/** How several tokens' points combine (the words criterion's `combine`). */
export type Combine = "mean" | "max" | "min";

export interface Dialect {
  readonly name: DialectName;
  /**
   * What goes between a CTE's name and its query: PostgreSQL inlines a CTE used once, which copies each step's
   * expressions into every use in the next (minutes for a dozen rows); `AS MATERIALIZED` computes each step once.
   */
  readonly cteAs: string;
  /** A quoted identifier (a table or column name as written, Chinese, spaces and all). */
  ident(name: string): string;
  /** A string literal. */
  text(value: string): string;
  /** A double-precision literal: an engine that reads `1.5` as a decimal would round differently. */
  double(value: number): string;
  /** An expression cast to a double. */
  toDouble(expr: string): string;
  /** An expression cast to text. */
  toText(expr: string): string;
  /** A date expression (a DATE or timestamp column, or CURRENT_DATE) as whole days since 1970-01-01, a double. */
  epochDays(dateExpr: string): string;
  /** The engine's own "today". */
  readonly currentDate: string;
  /** The year of a date expression, a double. */
  yearOf(dateExpr: string): string;
  /** The day of the year of a date expression (1 = 1 January), a double. */
  dayOfYear(dateExpr: string): string;
  /** The date of a year (a double expression), a month and a day, as whole days since 1970-01-01, a double. */
  epochDaysOf(yearExpr: string, month: number, day: number): string;
  /** A boolean expression of a typed yes/no column. */
  toBoolean(expr: string): string;
  lower(expr: string): string;
  /** Unicode compatibility normalisation (NFKC), or the part of it a dialect has (see its file). */
  nfkc(expr: string): string;
  /** Whether the expression matches a regular expression (RE2/POSIX-compatible subset: classes, groups, anchors). */
  matches(expr: string, pattern: string): string;
  /** Every match of a pattern replaced; `\1` in the replacement is the first group. */
  replaceAll(expr: string, pattern: string, replacement: string): string;
  /** The expression without the given characters (a literal's) at either end. */
  trimChars(expr: string, chars: string): string;
  /** Whether `needle` (a literal) occurs in the expression. */
  contains(expr: string, needle: string): string;
  /** The parts joined by a separator, NULL parts left out ("" when every part is NULL). */
  concatWs(separator: string, parts: readonly string[]): string;
  /** Strings joined; none of the parts is NULL. */
  concat(parts: readonly string[]): string;
  /**
   * A text split into tokens by a separator pattern, each token rewritten by `token` (an expression of the
   * placeholder `tokenName`), empty tokens dropped, each scored by `points` (an expression of `tokenName`, NULL when
   * the token means nothing), and the points that are not NULL combined; NULL when none is.
   */
  tokenPoints(input: TokenPointsInput): string;
}

export interface TokenPointsInput {
  readonly text: string;
  readonly separators: string;
  readonly tokenName: string;
  readonly token: (tokenRef: string) => string;
  /**
   * The token's points from the token and its letters and digits with every other sign a space (`spacedWords`),
   * which a dialect may work out once per token instead of once per word.
   */
  readonly points: (tokenRef: string, spacedRef: string) => string;
  readonly combine: Combine;
}

/** A token with a space at both ends and every sign but a-z and 0-9 a space: English words are found as " word ". */
export function spacedWords(dialect: Dialect, token: string): string {
  return dialect.replaceAll(dialect.concat(["' '", token, "' '"]), "[^a-z0-9]", " ");
}

/** Standard SQL's doubled-quote escaping, shared by the dialects that use it. */
export const doubledQuotes = (quote: string) => (value: string) =>
  `${quote}${value.split(quote).join(quote + quote)}${quote}`;

/** A number as a literal that reads back as the same double (shortest round trip, never exponent-free rounding). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  return text.includes("e") || text.includes(".") ? text : `${text}.0`;
}
