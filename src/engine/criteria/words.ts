import { z } from "zod";
import { assertNever } from "../types";
import { hasNonAscii, normalizeToken } from "../values/text";
import { boundedNumber } from "../rules/basics";
import { NUMBER_RANGES } from "../rules/numberRanges";
import { type WordEntry, defineKind } from "./kind";

const entry = z
  .object({
    /** Words or phrases in any of the three languages; a token matches when it contains one. */
    words: z.array(z.string().trim().min(1)).min(1),
    points: boundedNumber(NUMBER_RANGES.points),
  })
  .strict();

const params = z
  .object({
    entries: z.array(entry).min(1),
    /** How several matching tokens in one cell combine ("快速配送,全程追踪"). */
    combine: z.enum(["mean", "max", "min"]).default("mean"),
  })
  .strict();

type WordsCriterion = z.output<typeof params>;

/** An entry as an editor can show it. A draft is the analyst's JSON before validation, so anything may be there. */
const isShownEntry = (e: unknown): e is WordEntry =>
  typeof e === "object" &&
  e !== null &&
  Array.isArray((e as WordEntry).words) &&
  typeof (e as WordEntry).points === "number";

interface CompiledWord {
  readonly word: string;
  readonly points: number;
  /** English words match whole words only, so "good" does not match "goods" and "low" not "yellow". */
  readonly wholeWord: boolean;
}

/** Longest words first, so "不好" beats "好" and "较差" beats "差". */
function compile(c: WordsCriterion): readonly CompiledWord[] {
  const words = c.entries.flatMap((e) =>
    e.words.map((w) => {
      const word = normalizeToken(w);
      return { word, points: e.points, wholeWord: !hasNonAscii(word) };
    }),
  );
  return words.filter((w) => w.word.length > 0).sort((a, b) => b.word.length - a.word.length);
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);

function contains(token: string, w: CompiledWord): boolean {
  if (!w.wholeWord) return token.includes(w.word);
  for (let at = token.indexOf(w.word); at >= 0; at = token.indexOf(w.word, at + 1)) {
    if (!isWordChar(token[at - 1]) && !isWordChar(token[at + w.word.length])) return true;
  }
  return false;
}

function matchOf(words: readonly CompiledWord[], token: string): CompiledWord | undefined {
  for (const w of words) if (contains(token, w)) return w;
  return undefined;
}

function pointsOfToken(words: readonly CompiledWord[], token: string): number {
  return matchOf(words, token)?.points ?? NaN;
}

const compiledCache = new WeakMap<WordsCriterion, readonly CompiledWord[]>();
function compiled(c: WordsCriterion): readonly CompiledWord[] {
  let found = compiledCache.get(c);
  if (!found) {
    found = compile(c);
    compiledCache.set(c, found);
  }
  return found;
}

/** The word of the list a token contains (the longest) and its points, as scoring finds it; undefined for none. */
export function wordOfToken(
  c: WordsCriterion,
  token: string,
): { readonly word: string; readonly points: number } | undefined {
  return matchOf(compiled(c), token);
}

/**
 * Qualitative text to points through a word list: 良好/一般/较差, 长期合作/偶尔合作, 高/中/低, good/average/poor.
 * Each token of the cell takes the points of the longest word it contains; tokens with no word are ignored;
 * a cell with no matching token has no value for this criterion.
 */
export const words = defineKind({
  kind: "words",
  params,
  input: "words",
  relativeToTable: false,
  score: (c, column, out) => {
    const list = compiled(c);
    const { ids, texts } = column.dictionary();
    const pointsOfText = (text: string): number => {
      let sum = 0;
      let count = 0;
      let best = -Infinity;
      let worst = Infinity;
      for (const token of column.tokensOf(text)) {
        const p = pointsOfToken(list, token);
        if (p !== p) continue;
        sum += p;
        count++;
        if (p > best) best = p;
        if (p < worst) worst = p;
      }
      if (count === 0) return NaN;
      switch (c.combine) {
        case "mean":
          return sum / count;
        case "max":
          return best;
        case "min":
          return worst;
        default:
          return assertNever(c.combine, "combine");
      }
    };
    const byText = Float64Array.from(texts, pointsOfText);
    for (let row = 0; row < column.rowCount; row++) {
      const id = ids[row] as number;
      out[row] = id < 0 ? NaN : (byText[id] as number);
    }
  },
  tuning: (c) =>
    c.entries.map((_, i) => ({ path: ["entries", i, "points"], role: "points" as const, group: "points" })),
  recognises: (c, token) => !Number.isNaN(pointsOfToken(compiled(c), token)),
  wordList: {
    read: (c) => {
      const entries: unknown = c.entries;
      return Array.isArray(entries) && entries.every(isShownEntry) ? entries : null;
    },
    write: (c, entries) => ({ ...c, entries: entries.map((e) => ({ words: [...e.words], points: e.points })) }),
  },
});
