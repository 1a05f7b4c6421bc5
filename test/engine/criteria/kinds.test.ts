import { band } from "../../../src/engine/criteria/band";
import type { CriterionColumn, CriterionKind, ParamsSchema, TextDictionary } from "../../../src/engine/criteria/kind";
import { linear } from "../../../src/engine/criteria/linear";
import { rank } from "../../../src/engine/criteria/rank";
import { CRITERION_KINDS, withWordList, wordListOf } from "../../../src/engine/criteria/registry";
import { words } from "../../../src/engine/criteria/words";
import { splitTokens } from "../../../src/engine/values/text";

/** Dictionary encoding as the engine's column reader does it: distinct texts, an index per row. */
function encode(values: (string | null)[]): TextDictionary {
  const texts = [...new Set(values.filter((v): v is string => v !== null))];
  return { texts, ids: Int32Array.from(values, (v) => (v === null ? -1 : texts.indexOf(v))) };
}

function numbers(values: number[]): CriterionColumn {
  return {
    rowCount: values.length,
    numbers: () => Float64Array.from(values),
    dictionary: () => encode([]),
    tokensOf: splitTokens,
  };
}
function texts(values: (string | null)[]): CriterionColumn {
  return {
    rowCount: values.length,
    numbers: () => new Float64Array(values.length).fill(NaN),
    dictionary: () => encode(values),
    tokensOf: splitTokens,
  };
}
function scoreAll<K extends string, P extends ParamsSchema>(
  kind: CriterionKind<K, P>,
  raw: unknown,
  column: CriterionColumn,
  count: number,
): number[] {
  const points = new Float64Array(count).fill(-1); // a value no kind writes: every row must be written
  kind.score(kind.params.parse(raw), column, points);
  return Array.from(points);
}

test("every kind declares its name, schema, input and scorer, and names are unique", () => {
  const names = CRITERION_KINDS.map((k) => k.kind);
  expect(new Set(names).size).toBe(names.length);
  for (const kind of CRITERION_KINDS) {
    expect(["number", "words"]).toContain(kind.input);
    expect(typeof kind.score).toBe("function");
  }
});

describe("band", () => {
  const params = {
    bands: [
      { atLeast: 0, points: 100 },
      { atLeast: 31, points: 40 },
      { atLeast: 91, points: 0 },
    ],
    otherwise: 100,
  };
  test("gives the points of the highest band reached, in any order of bands", () => {
    expect(scoreAll(band, params, numbers([0, 30, 31, 90, 91, 500, -5]), 7)).toEqual([100, 100, 40, 40, 0, 0, 100]);
  });
  test("has no value for a missing cell", () => {
    expect(scoreAll(band, params, numbers([NaN]), 1)[0]).toBeNaN();
  });
});

describe("linear", () => {
  test("runs from 0 points at `from` to 100 at `to`, clamped", () => {
    const got = scoreAll(linear, { from: 0.6, to: 1 }, numbers([0.5, 0.6, 0.8, 1, 1.2]), 5);
    [0, 0, 50, 100, 100].forEach((want, i) => expect(got[i]).toBeCloseTo(want, 9));
  });
  test("falls when `to` is below `from` (less is better)", () => {
    expect(scoreAll(linear, { from: 90, to: 0 }, numbers([0, 45, 90, 120]), 4)).toEqual([100, 50, 0, 0]);
  });
  test("refuses a line of zero length", () => {
    expect(linear.params.safeParse({ from: 1, to: 1 }).success).toBe(false);
  });
});

describe("rank", () => {
  test("gives the largest 100 and the smallest 0, ties share their average, blanks have no value", () => {
    const got = scoreAll(rank, {}, numbers([10, 30, 20, 30, NaN]), 5);
    expect(got.slice(0, 4)).toEqual([0, 83.33333333333334, 33.33333333333333, 83.33333333333334]);
    expect(got[4]).toBeNaN();
  });
  test("turns around with order asc (fewest days overdue ranks best)", () => {
    expect(scoreAll(rank, { order: "asc" }, numbers([0, 10, 20]), 3)).toEqual([100, 50, 0]);
  });
  test("declares itself relative to the whole table", () => {
    expect(rank.relativeToTable).toBe(true);
  });
});

describe("words", () => {
  const params = {
    entries: [
      { words: ["良好", "good"], points: 100 },
      { words: ["一般", "average"], points: 55 },
      { words: ["较差", "差", "poor"], points: 20 },
      { words: ["不差"], points: 70 },
    ],
  };
  test("reads the qualitative word in a packed cell", () => {
    expect(scoreAll(words, params, texts(["良好,长期合作", "一般，偶尔合作", "较差,需谨慎评估"]), 3)).toEqual([
      100, 55, 20,
    ]);
  });
  test("prefers the longest word, so 不差 is not read as 差", () => {
    expect(scoreAll(words, params, texts(["不差"]), 1)).toEqual([70]);
  });
  test("matches English words whole, so goods is not good", () => {
    const got = scoreAll(words, params, texts(["Good, long-term", "consumer goods"]), 2);
    expect(got[0]).toBe(100);
    expect(got[1]).toBeNaN();
  });
  test("averages several matching tokens by default, or takes the max or min", () => {
    expect(scoreAll(words, params, texts(["良好,一般"]), 1)).toEqual([77.5]);
    expect(scoreAll(words, { ...params, combine: "min" }, texts(["良好,一般"]), 1)).toEqual([55]);
  });
  test("has no value for a blank cell or a cell with no known word", () => {
    const got = scoreAll(words, params, texts([null, "未知"]), 2);
    expect(got.every(Number.isNaN)).toBe(true);
  });
  test("declares a word list to edit: entries read, and written back with every other key kept", () => {
    const criterion = { id: "credit", field: "financialStatus", kind: "words", combine: "max", ...params } as const;
    expect(wordListOf(criterion)).toEqual(params.entries);
    const written = withWordList(criterion, [{ words: ["优秀"], points: 95 }]);
    expect(written).toEqual({ ...criterion, entries: [{ words: ["优秀"], points: 95 }] });
    expect(criterion.entries).toBe(params.entries); // the criterion it was given is unchanged
  });
  test("shows no word list for a draft whose entries are not entries yet", () => {
    const draft = { id: "credit", field: "financialStatus", kind: "words" } as const;
    expect(wordListOf({ ...draft, entries: [{ words: "良好", points: 100 }] } as never)).toBeNull();
    expect(wordListOf({ ...draft, entries: [{ words: ["良好"], points: NaN }] })).toEqual([
      { words: ["良好"], points: NaN },
    ]); // an emptied number stays in the editor; saving names its path
  });
});

test("only kinds that read words from a list declare one", () => {
  expect(CRITERION_KINDS.filter((k) => k.wordList !== undefined).map((k) => k.kind)).toEqual(["words"]);
  const band = {
    id: "amount",
    field: "annualAmount" as const,
    kind: "band" as const,
    bands: [{ atLeast: 0, points: 1 }],
  };
  expect(wordListOf(band)).toBeNull();
  expect(withWordList(band, [{ words: ["x"], points: 1 }])).toBe(band);
});
