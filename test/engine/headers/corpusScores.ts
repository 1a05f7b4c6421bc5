/**
 * Precision and recall of the header matcher on the header corpus (test/fixtures/headers/), each header mapped
 * alone: precision = right / mapped, recall = right / headers that have a field. A header marked `contextOnly`
 * (its neighbours decide it: a bare "Total" after ageing buckets, SAP's "Customer" beside "Customer Name") is set
 * aside, since no reading of one header alone can get it right. Shared by the corpus test and anything that prints
 * the figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mapColumns } from "../../../src/engine/headers/mapColumns";

/** The two development sets (tuned on) and the held-out one (only measured). */
export const HALVES = ["dev", "dev2", "holdout"] as const;
export const DEVELOPMENT: readonly Half[] = ["dev", "dev2"];
export type Half = (typeof HALVES)[number];
export const GROUPS = ["all", "zh-CN", "zh-TW", "en"] as const;
export type Group = (typeof GROUPS)[number];

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly mapped: number;
  readonly right: number;
  readonly expected: number;
}

export type Scores = Record<Half, Record<Group, Score>>;

interface CorpusFile {
  readonly sources: readonly {
    readonly language: Exclude<Group, "all">;
    readonly headers: readonly {
      readonly header: string;
      readonly field: string | null;
      readonly contextOnly?: boolean;
    }[];
  }[];
}

const FIXTURES = join(__dirname, "../../fixtures/headers");
export const SCORES_FILE = join(FIXTURES, "scores.json");

/** Four decimals: enough to see one header in a thousand, stable across runs. */
const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : Math.round((part / whole) * 1e4) / 1e4);

/** One header's outcome: the field it was mapped to (null: none) against its label. */
export interface Outcome {
  readonly language: Exclude<Group, "all">;
  readonly header: string;
  readonly want: string | null;
  readonly got: string | null;
}

const corpusOf = (half: Half): CorpusFile =>
  JSON.parse(readFileSync(join(FIXTURES, `corpus.${half}.json`), "utf8")) as CorpusFile;

/** How many of a half's headers are set aside as decided only by their neighbours. */
export function contextOnlyCount(half: Half): number {
  return corpusOf(half).sources.reduce((n, source) => n + source.headers.filter((h) => h.contextOnly).length, 0);
}

/** Each header's outcome, the `contextOnly` ones left out. */
export function outcomes(half: Half): Outcome[] {
  return corpusOf(half).sources.flatMap((source) =>
    source.headers
      .filter((entry) => entry.contextOnly !== true)
      .map(({ header, field }) => ({
        language: source.language,
        header,
        want: field,
        got: Object.keys(mapColumns([header]).columns)[0] ?? null,
      })),
  );
}

function score(list: readonly Outcome[]): Score {
  const mapped = list.filter((o) => o.got !== null).length;
  const right = list.filter((o) => o.got !== null && o.got === o.want).length;
  const expected = list.filter((o) => o.want !== null).length;
  return { precision: ratio(right, mapped), recall: ratio(right, expected), mapped, right, expected };
}

/** The figures of every half, overall and per language. */
export function scores(): Scores {
  const of = (half: Half): Record<Group, Score> => {
    const list = outcomes(half);
    return {
      all: score(list),
      "zh-CN": score(list.filter((o) => o.language === "zh-CN")),
      "zh-TW": score(list.filter((o) => o.language === "zh-TW")),
      en: score(list.filter((o) => o.language === "en")),
    };
  };
  return { dev: of("dev"), dev2: of("dev2"), holdout: of("holdout") };
}
