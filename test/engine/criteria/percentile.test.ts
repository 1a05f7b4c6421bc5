import fc from "fast-check";
import type { CriterionColumn } from "../../../src/engine/criteria/kind";
import { percentile } from "../../../src/engine/criteria/percentile";
import { splitTokens } from "../../../src/engine/values/text";

function column(values: readonly number[]): CriterionColumn {
  return {
    rowCount: values.length,
    numbers: () => Float64Array.from(values),
    dictionary: () => ({ texts: [], ids: new Int32Array(values.length).fill(-1) }),
    tokensOf: splitTokens,
  };
}

function score(raw: unknown, values: readonly number[]): number[] {
  const out = new Float64Array(values.length).fill(-1); // a value the kind never writes: every row must be written
  percentile.score(percentile.params.parse(raw), column(values), out);
  return Array.from(out);
}

/** The definition, row by row: the share of positive values greater than this one, against each band's top. */
function byDefinition(bands: readonly { top: number; points: number }[], otherwise: number, values: readonly number[]) {
  const positives = values.filter((v) => v > 0);
  const narrowestFirst = [...bands].sort((a, b) => a.top - b.top);
  return values.map((v) => {
    if (Number.isNaN(v)) return NaN;
    if (v <= 0) return otherwise;
    const ahead = (100 * positives.filter((p) => p > v).length) / positives.length;
    return narrowestFirst.find((b) => ahead < b.top)?.points ?? otherwise;
  });
}

const quartiles = {
  bands: [
    { top: 25, points: 100 },
    { top: 50, points: 70 },
    { top: 100, points: 40 },
  ],
  otherwise: 0,
};

describe("the percentile kind", () => {
  test("gives each customer the band of its share of customers ahead; ties share the better place", () => {
    // Eight positive amounts: 800 has none ahead (0 %), the two 500s have two ahead (25 %), 100 has seven (87.5 %).
    const values = [800, 700, 500, 500, 300, 200, 150, 100, 0, -5, NaN];
    expect(score(quartiles, values)).toEqual([100, 100, 70, 70, 40, 40, 40, 40, 0, 0, NaN]);
  });

  test("puts a customer beyond every band at `otherwise`", () => {
    expect(score({ bands: [{ top: 50, points: 90 }], otherwise: 10 }, [4, 3, 2, 1])).toEqual([90, 90, 10, 10]);
  });

  test("scores every row as the definition does, whatever the values, ties and bands", () => {
    const band = fc.record({
      top: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.01, max: 100, noNaN: true })),
      points: fc.integer({ min: 0, max: 100 }),
    });
    const value = fc.oneof(
      fc.integer({ min: -2, max: 12 }),
      fc.double({ min: -10, max: 1e6, noNaN: true }),
      fc.constant(NaN),
    );
    // Long columns with many ties, in table order, sorted or reversed (an export sorted by revenue).
    const order = fc.constantFrom("as is", "ascending", "descending");
    const values = fc
      .tuple(fc.array(value, { maxLength: 400 }), order)
      .map(([list, how]) =>
        how === "as is" ? list : [...list].sort((a, b) => (how === "ascending" ? a - b : b - a) || 0),
      );
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 5 }), values, (bands, column) => {
        expect(score({ bands, otherwise: 5 }, column)).toEqual(byDefinition(bands, 5, column));
      }),
      { numRuns: 500 },
    );
  });
});
