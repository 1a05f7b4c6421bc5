/**
 * RFMSEGMENT and RFMSCORE on three columns (recency days, orders, amount): small tables worked out by hand,
 * then a generated table of 500 customers against the engine's rfmScores and an NTILE(5) query in DuckDB.
 */
import { customerMeasures } from "../support/customerMeasures";
import { rfmScores, rfmSegmentName } from "../../src/engine/lines";
import { isCellError } from "../../src/functions/core/cellError";
import { rfmScore, rfmSegment } from "../../src/functions/core/rfmFunctions";
import { rfmBySql } from "../support/linesSql";

const column = (values: readonly unknown[]): unknown[][] => values.map((value) => [value]);

/**
 * One customer of each type. Means: recency 55 days, frequency 5.5 orders, monetary 505, so 10 days, 10 orders
 * and 1000 are high, 100 days, 1 order and 10 low.
 */
const EIGHT = {
  recency: column([10, 10, 100, 100, 10, 10, 100, 100]),
  frequency: column([10, 1, 10, 1, 10, 1, 10, 1]),
  monetary: column([1000, 1000, 1000, 1000, 10, 10, 10, 10]),
  /** Reverse alphabetical, so ordering ties by name is the opposite of ordering them by row. */
  names: column(["H", "G", "F", "E", "D", "C", "B", "A"]),
};

/** Five customers, no ties: NTILE(5) gives each its own bucket. Means: 22.2 days, 3.4 orders, 1280. */
const FIVE = {
  recency: column([30, 5, 60, 1, 15]),
  frequency: column([2, 7, 1, 4, 3]),
  monetary: column([500, 3000, 100, 2000, 800]),
};

const segments = (
  table: { recency: unknown[][]; frequency: unknown[][]; monetary: unknown[][] },
  lang = "zh-CN" as const,
) => rfmSegment(table.recency, table.frequency, table.monetary, lang).map(([cell]) => cell);

describe("RFMSEGMENT", () => {
  test("names the eight types by which of R, F, M beat the mean (R: fewer days)", () => {
    expect(segments(EIGHT)).toEqual([
      "重要价值客户",
      "重要发展客户",
      "重要保持客户",
      "重要挽留客户",
      "一般价值客户",
      "一般发展客户",
      "一般保持客户",
      "一般挽留客户",
    ]);
  });

  test("names them in the language it is given: zh-TW and en", () => {
    expect(rfmSegment(EIGHT.recency, EIGHT.frequency, EIGHT.monetary, "zh-TW").map(([cell]) => cell)).toEqual([
      "重要價值客戶",
      "重要發展客戶",
      "重要保持客戶",
      "重要挽留客戶",
      "一般價值客戶",
      "一般發展客戶",
      "一般保持客戶",
      "一般挽留客戶",
    ]);
    expect(rfmSegment(EIGHT.recency, EIGHT.frequency, EIGHT.monetary, "en").map(([cell]) => cell)).toEqual([
      "Important value customer",
      "Important development customer",
      "Important retention customer",
      "Important win-back customer",
      "General value customer",
      "General development customer",
      "General retention customer",
      "General win-back customer",
    ]);
  });

  test("types a table without ties", () => {
    expect(segments(FIVE)).toEqual(["一般挽留客户", "重要价值客户", "一般挽留客户", "重要价值客户", "一般发展客户"]);
  });

  test("counts a customer exactly at the mean as low", () => {
    // Means 20 days, 2 orders, 200: the middle customer is at the mean in all three.
    const table = { recency: column([10, 20, 30]), frequency: column([1, 2, 3]), monetary: column([300, 200, 100]) };
    expect(segments(table)).toEqual(["重要发展客户", "一般挽留客户", "一般保持客户"]);
  });

  test("spills one column, one cell per row", () => {
    const spilled = rfmSegment(FIVE.recency, FIVE.frequency, FIVE.monetary, "zh-CN");
    expect(spilled.map((row) => row.length)).toEqual([1, 1, 1, 1, 1]);
  });

  test("reads amounts typed as text, and data-type cells by their value", () => {
    const typed = {
      recency: column(["30", 5, { type: "Double", basicValue: 60 }, "1", 15]),
      frequency: column([2, "7", 1, 4, 3]),
      monetary: column(["¥500", "3,000", 100, "0.2万", 800]),
    };
    expect(segments(typed)).toEqual(segments(FIVE));
  });
});

describe("RFMSCORE", () => {
  const scores = (table: typeof EIGHT | typeof FIVE, names?: unknown[][]) =>
    rfmScore(table.recency, table.frequency, table.monetary, names, "zh-CN");

  test("gives each of five distinct customers its own quintile, 5 to the most recent, frequent, largest", () => {
    expect(scores(FIVE)).toEqual([
      [2, 2, 2],
      [4, 5, 5],
      [1, 1, 1],
      [5, 4, 4],
      [3, 3, 3],
    ]);
  });

  test("fills buckets as NTILE(5) does: 8 rows make buckets of 2, 2, 2, 1, 1; ties keep row order without names", () => {
    expect(scores(EIGHT)).toEqual([
      [3, 3, 3],
      [3, 1, 3],
      [1, 3, 4],
      [1, 1, 5],
      [4, 4, 1],
      [5, 2, 1],
      [2, 5, 2],
      [2, 2, 2],
    ]);
  });

  test("with names, orders ties by name as SQL's ORDER BY measure, customer", () => {
    expect(scores(EIGHT, EIGHT.names)).toEqual([
      [5, 5, 5],
      [4, 2, 4],
      [2, 4, 3],
      [2, 2, 3],
      [3, 3, 2],
      [3, 1, 2],
      [1, 3, 1],
      [1, 1, 1],
    ]);
  });

  test("with fewer customers than buckets, gives them buckets 1 … n, as NTILE does", () => {
    const table = { recency: column([10, 20, 30]), frequency: column([1, 2, 3]), monetary: column([300, 200, 100]) };
    expect(rfmScore(table.recency, table.frequency, table.monetary, undefined, "zh-CN")).toEqual([
      [3, 1, 3],
      [2, 2, 2],
      [1, 3, 1],
    ]);
  });

  test("an omitted names argument (null, as Excel on the web passes it) keeps row order", () => {
    expect(rfmScore(EIGHT.recency, EIGHT.frequency, EIGHT.monetary, null, "zh-CN")).toEqual(scores(EIGHT));
  });
});

describe("blank rows", () => {
  const withBlanks = {
    recency: column([30, null, 5, 60, 0, 1, "", 15]),
    frequency: column([2, null, 7, 1, 0, 4, " ", 3]),
    monetary: column([500, null, 3000, 100, 0, 2000, "", 800]),
  };

  test("spill blank and take no part in the mean or the quintiles (0 is desktop Excel's blank)", () => {
    expect(segments(withBlanks)).toEqual([
      "一般挽留客户",
      "",
      "重要价值客户",
      "一般挽留客户",
      "",
      "重要价值客户",
      "",
      "一般发展客户",
    ]);
    const spilled = rfmScore(withBlanks.recency, withBlanks.frequency, withBlanks.monetary, undefined, "zh-CN");
    expect(spilled).toEqual([
      [2, 2, 2],
      ["", "", ""],
      [4, 5, 5],
      [1, 1, 1],
      ["", "", ""],
      [5, 4, 4],
      ["", "", ""],
      [3, 3, 3],
    ]);
  });

  test("a row blank in the measures but with a name is still blank", () => {
    const names = column(["a", "b", "c", "d", "e", "f", "g", "h"]);
    const spilled = rfmScore(withBlanks.recency, withBlanks.frequency, withBlanks.monetary, names, "zh-CN");
    expect(spilled.map((row) => row[0] === "")).toEqual([false, true, false, false, true, false, true, false]);
  });

  test("all blank: every row blank", () => {
    expect(
      segments({ recency: column([null, null]), frequency: column([null, null]), monetary: column([null, null]) }),
    ).toEqual(["", ""]);
  });
});

describe("cells that cannot be read", () => {
  const bad = {
    // FIVE with three rows that cannot be read put in at rows 3, 4 and 6.
    recency: column([30, 5, 60, 40, null, 1, -3, 15]),
    frequency: column([2, 7, 1, "很多", 3, 4, 2, 3]),
    monetary: column([500, 3000, 100, 100, 900, 2000, 700, 800]),
  };
  const spilled = rfmSegment(bad.recency, bad.frequency, bad.monetary, "zh-CN").map(([cell]) => cell);

  test("a text that is not a number makes that row #VALUE!, with the cell in the message", () => {
    expect(spilled[3]).toEqual({ error: "value", message: "frequency（订单数）“很多”不是数字" });
  });

  test("a measure left blank beside the others makes that row #N/A", () => {
    expect(spilled[4]).toEqual({ error: "na", message: "此行缺少 recency（距今天数）：请填写，或清空整行" });
  });

  test("negative days or orders make that row #VALUE!", () => {
    expect(spilled[6]).toEqual({ error: "value", message: "recency（距今天数）-3 小于 0" });
    const orders = rfmSegment(column([1]), column([-1]), column([5]), "en");
    expect(orders).toEqual([[{ error: "value", message: "frequency -1 is below 0 (orders cannot be negative)" }]]);
  });

  test("a negative amount (refunds) is an amount", () => {
    expect(segments({ recency: column([1, 2]), frequency: column([1, 2]), monetary: column([-50, 100]) })).toEqual([
      "一般发展客户", // R high only: 1 day < 1.5
      "重要保持客户", // F and M high: 2 > 1.5 orders, 100 > 25
    ]);
  });

  test("the other rows are typed and scored over the readable customers only", () => {
    expect(spilled.filter((cell) => !isCellError(cell))).toEqual(segments(FIVE));
    const scores = rfmScore(bad.recency, bad.frequency, bad.monetary, undefined, "zh-CN");
    expect(scores.filter((row) => !isCellError(row[0]))).toEqual(
      rfmScore(FIVE.recency, FIVE.frequency, FIVE.monetary, undefined, "zh-CN"),
    );
    expect(scores[3]).toEqual([spilled[3], spilled[3], spilled[3]]);
    expect(spilled.map((cell) => isCellError(cell))).toEqual([false, false, false, true, true, false, true, false]);
  });

  test("a cell holding an Excel error is #VALUE!, never a type", () => {
    expect(rfmSegment(column(["#N/A", 3]), column([1, 2]), column([5, 6]), "en")[0]).toEqual([
      { error: "value", message: 'recency "#N/A" is not a number' },
    ]);
  });

  test("explains in each language", () => {
    const messages = (["zh-CN", "zh-TW", "en"] as const).map(
      (lang) => rfmSegment(column(["很多"]), column([1]), column([1]), lang)[0]?.[0],
    );
    expect(messages).toEqual([
      { error: "value", message: "recency（距今天数）“很多”不是数字" },
      { error: "value", message: "recency（距今天數）「很多」不是數字" },
      { error: "value", message: 'recency "很多" is not a number' },
    ]);
  });
});

describe("arguments that do not fit together", () => {
  test("columns of different lengths: every cell #VALUE!, with the lengths", () => {
    const spilled = rfmScore(column([1, 2, 3]), column([1, 2]), column([1, 2, 3]), undefined, "en");
    const error = {
      error: "value",
      message: "recency, frequency, monetary (and names) must have as many rows: they have 3, 2, 3",
    };
    expect(spilled).toEqual([
      [error, error, error],
      [error, error, error],
      [error, error, error],
    ]);
    expect(rfmScore(column([1, 2]), column([1, 2]), column([1, 2]), column(["a"]), "zh-TW")[0]?.[0]).toEqual({
      error: "value",
      message: "recency、frequency、monetary（及 names）的列數應相同，現為 2, 2, 2, 1",
    });
  });

  test("a range wider than one column: #VALUE!", () => {
    const spilled = rfmSegment([[1, 2]], column([1]), column([1]), "zh-CN");
    expect(spilled).toEqual([[{ error: "value", message: "recency 应为一列（每行一个客户）" }]]);
  });

  test("does not change its arguments", () => {
    const copy = structuredClone(EIGHT);
    rfmScore(EIGHT.recency, EIGHT.frequency, EIGHT.monetary, EIGHT.names, "zh-CN");
    rfmSegment(EIGHT.recency, EIGHT.frequency, EIGHT.monetary, "zh-CN");
    expect(EIGHT).toEqual(copy);
  });
});

describe("500 generated customers", () => {
  /** A seeded generator (Park–Miller), with few distinct values so that ties are many. */
  function generated(count: number, seed: number) {
    let state = seed;
    const next = (n: number): number => (state = (state * 16807) % 2147483647) % n;
    return Array.from({ length: count }, (_, i) => ({
      customer: `客户${String((i * 7919) % 1000).padStart(3, "0")}`, // distinct names, not in row order
      recency: 1 + next(60) * 6,
      frequency: next(25),
      monetary: next(40) * 250,
    }));
  }
  const rows = generated(500, 20240611);
  const names = column(rows.map((r) => r.customer));
  const recency = column(rows.map((r) => r.recency));
  const frequency = column(rows.map((r) => r.frequency));
  const monetary = column(rows.map((r) => r.monetary));

  test("the table has many ties (so the tie rule is exercised)", () => {
    expect(new Set(rows.map((r) => r.monetary)).size).toBeLessThanOrEqual(40);
    expect(new Set(rows.map((r) => r.customer)).size).toBe(500);
  });

  test("with names, scores and types equal the engine's rfmScores on the same customers", () => {
    const asOf = 43101; // 2018-01-01
    const measures = rows.map((r) =>
      customerMeasures({
        customer: r.customer,
        lastDate: asOf - r.recency,
        orderCount: r.frequency,
        annualAmount: r.monetary,
      }),
    );
    const engine = rfmScores(measures, asOf);
    expect(rfmScore(recency, frequency, monetary, names, "zh-CN")).toEqual(engine.map((r) => [r.r, r.f, r.m]));
    expect(rfmSegment(recency, frequency, monetary, "zh-TW")).toEqual(
      engine.map((r) => [rfmSegmentName(r.segment, "zh-TW")]),
    );
  });

  test("with names, scores and types equal an NTILE(5) query in DuckDB", async () => {
    const sql = new Map((await rfmBySql(rows)).map((r) => [r.customer, r]));
    const scores = rfmScore(recency, frequency, monetary, names, "zh-CN");
    const types = rfmSegment(recency, frequency, monetary, "zh-CN");
    const bySql = rows.map((r) => sql.get(r.customer));
    expect(scores).toEqual(bySql.map((r) => [r?.r, r?.f, r?.m]));
    expect(types).toEqual(bySql.map((r) => [r?.segment]));
  });

  test("without names, ties keep row order: as SQL ordering ties by the row number", async () => {
    const byRow = rows.map((r, i) => ({ ...r, customer: String(i).padStart(4, "0") }));
    const sql = await rfmBySql(byRow); // ordered by customer, which is the row number
    expect(rfmScore(recency, frequency, monetary, undefined, "zh-CN")).toEqual(sql.map((r) => [r.r, r.f, r.m]));
  });
});
