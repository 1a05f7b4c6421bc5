/**
 * Each criterion kind's points as SQL, the kind's `score` written as an expression of one row (windows over the
 * table for the kinds relative to it). Keyed by every kind the engine has: a new kind does not typecheck until it
 * compiles here too.
 */
import { clampPoints } from "../../engine/criteria/kind";
import type { CriterionKindName } from "../../engine/criteria/registry";
import type { Criterion } from "../../engine/rules/ruleSet";
import { hasNonAscii, normalizeToken } from "../../engine/values/text";
import type { Dialect } from "./dialect";
import { TOKEN_SEPARATORS, normalizedToken } from "./text";

export interface CriterionSqlInput<K extends CriterionKindName> {
  readonly criterion: Extract<Criterion, { kind: K }>;
  readonly dialect: Dialect;
  /** The criterion's field as a column of the query (numbers: a double or NULL; words: a trimmed text or NULL). */
  readonly value: string;
}

type CriterionSql = { readonly [K in CriterionKindName]: (input: CriterionSqlInput<K>) => string };

/** Regular-expression metacharacters, escaped so a word matches as written. */
const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word list's words as the engine compares them: normalised, longest first (a stable sort: ties keep order). */
function wordsOf(criterion: Extract<Criterion, { kind: "words" }>): { word: string; points: number }[] {
  return criterion.entries
    .flatMap((e) => e.words.map((w) => ({ word: normalizeToken(w), points: e.points })))
    .filter((w) => w.word.length > 0)
    .sort((a, b) => b.word.length - a.word.length);
}

/**
 * Whether a token contains the word: anywhere for Chinese, as a whole word for English ("good" not in "goods").
 * A word of letters and digits only is found among the token's letters and digits with every other sign a space
 * (exact for such a word, and one regular expression for all of them: PostgreSQL keeps 32 compiled, and a query
 * with more compiles them again row after row).
 */
function containsWord(dialect: Dialect, token: string, spaced: string, word: string): string {
  if (hasNonAscii(word)) return dialect.contains(token, word);
  if (/^[a-z0-9]+$/.test(word)) return dialect.contains(spaced, ` ${word} `);
  // A phrase ("long-term", "fast delivery"): the regular expression only where the text is there at all.
  const whole = dialect.matches(token, `(^|[^a-z0-9])${escapeRegExp(word)}($|[^a-z0-9])`);
  return `(CASE WHEN ${dialect.contains(token, word)} THEN ${whole} ELSE FALSE END)`;
}

type RecogniserSql = {
  readonly [K in CriterionKindName]?: (
    criterion: Extract<Criterion, { kind: K }>,
    dialect: Dialect,
    token: string,
    spaced: string,
  ) => string;
};

/**
 * For the kinds that read words (the engine's `recognises` capability): whether a token means something to the
 * criterion, so a cell none of whose tokens does is reported as the engine reports it.
 */
export const RECOGNISER_SQL: RecogniserSql = {
  words: (criterion, dialect, token, spaced) => {
    const words = wordsOf(criterion);
    return words.length === 0
      ? "FALSE"
      : `(${words.map(({ word }) => containsWord(dialect, token, spaced, word)).join(" OR ")})`;
  },
};

/**
 * The kinds whose points depend on the cell's own value alone and cost a scan of its tokens: worked out once per
 * distinct value and joined back, as the engine scores a words column once per distinct text.
 */
export const BY_DISTINCT_VALUE: ReadonlySet<CriterionKindName> = new Set<CriterionKindName>(["words"]);

export const CRITERION_SQL: CriterionSql = {
  band: ({ criterion, dialect, value }) => {
    const d = dialect.double;
    const bands = [...criterion.bands].sort((a, b) => b.atLeast - a.atLeast);
    const steps = bands.map((b) => `WHEN ${value} >= ${d(b.atLeast)} THEN ${d(clampPoints(b.points))}`).join(" ");
    return `(CASE WHEN ${value} IS NULL THEN NULL ${steps} ELSE ${d(clampPoints(criterion.otherwise))} END)`;
  },

  linear: ({ criterion, dialect, value }) => {
    const d = dialect.double;
    const t = `((${value} - ${d(criterion.from)}) / ${d(criterion.to - criterion.from)})`;
    return `(CASE WHEN ${value} IS NULL THEN NULL WHEN ${t} <= ${d(0)} THEN ${d(0)} WHEN ${t} >= ${d(1)} THEN ${d(100)} ELSE ${t} * ${d(100)} END)`;
  },

  percentile: ({ criterion, dialect, value }) => {
    const d = dialect.double;
    const bands = [...criterion.bands].sort((a, b) => a.top - b.top);
    const positives = `${dialect.toDouble(`COUNT(CASE WHEN ${value} > ${d(0)} THEN 1 END) OVER ()`)}`;
    // Among the positive values, how many are greater: the share of customers ahead of this one.
    const ahead = `${dialect.toDouble(`RANK() OVER (PARTITION BY (${value} > ${d(0)}) ORDER BY ${value} DESC)`)} - ${d(1)}`;
    const share = `((${d(100)} * (${ahead})) / ${positives})`;
    const otherwise = d(clampPoints(criterion.otherwise));
    const steps = bands.map((b) => `WHEN ${share} < ${d(b.top)} THEN ${d(clampPoints(b.points))}`).join(" ");
    return `(CASE WHEN ${value} IS NULL THEN NULL WHEN ${value} <= ${d(0)} THEN ${otherwise} ${steps} ELSE ${otherwise} END)`;
  },

  rank: ({ criterion, dialect, value }) => {
    const d = dialect.double;
    const n = dialect.toDouble(`COUNT(${value}) OVER ()`);
    const below = `(${dialect.toDouble(`RANK() OVER (PARTITION BY (${value} IS NULL) ORDER BY ${value})`)} - ${d(1)})`;
    const equal = dialect.toDouble(`COUNT(*) OVER (PARTITION BY ${value})`);
    const ascending = `((${below} + (${equal} - ${d(1)}) / ${d(2)}) / (${n} - ${d(1)}))`;
    const points = criterion.order === "desc" ? `${d(100)} * ${ascending}` : `${d(100)} * (${d(1)} - ${ascending})`;
    const single = criterion.order === "desc" ? d(100) : d(0);
    return `(CASE WHEN ${value} IS NULL THEN NULL WHEN ${n} <= ${d(1)} THEN ${single} ELSE ${points} END)`;
  },

  words: ({ criterion, dialect, value }) => {
    const words = wordsOf(criterion);
    if (words.length === 0) return dialect.toDouble("NULL");
    const points = (token: string, spaced: string): string => {
      const steps = words.map(
        ({ word, points: p }) => `WHEN ${containsWord(dialect, token, spaced, word)} THEN ${dialect.double(p)}`,
      );
      return `(CASE ${steps.join(" ")} END)`;
    };
    const tokens = dialect.tokenPoints({
      text: dialect.nfkc(value),
      separators: TOKEN_SEPARATORS,
      tokenName: "cg__t",
      token: (t) => normalizedToken(dialect, t),
      points,
      combine: criterion.combine,
    });
    return `(CASE WHEN ${value} IS NULL THEN NULL ELSE ${tokens} END)`;
  },
};
