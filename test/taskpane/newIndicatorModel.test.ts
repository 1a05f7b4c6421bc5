/**
 * The pure side of "Use as → a new indicator of my rules": the id of the new field, the word list from the
 * analyst's order, the range of a number column, the type guessed from a column, and the rule-set JSON edit
 * (which loadRuleSet accepts and grading uses).
 */
import { defaultRuleSetJson, gradeTable, loadRuleSet } from "../../src/engine";
import type { ColumnValues } from "../../src/excel";
import {
  type NewIndicator,
  WORDS_FLOOR,
  addIndicator,
  guessDirection,
  guessType,
  indicatorId,
  linearEnds,
  moved,
  pointsAt,
  prefillRange,
  proposedDimension,
  rangeValue,
  scaleOf,
  wordEntries,
} from "../../src/taskpane/review/newIndicator";
import type { Draft } from "../../src/taskpane/rules/draft";

const both = (name: string) => ({ "zh-CN": name, "zh-TW": name, en: name });

function column(header: string, part: Partial<ColumnValues>): ColumnValues {
  return {
    header,
    rowCount: 10,
    blank: 0,
    numbers: null,
    booleans: 0,
    texts: [],
    otherTextCells: 0,
    otherTexts: 0,
    ...part,
  };
}

describe("the new field's id", () => {
  test("is the name in kebab-case ASCII", () => {
    expect(indicatorId("KPI score", new Set())).toBe("kpi-score");
    expect(indicatorId("KPI得分", new Set())).toBe("kpi");
    expect(indicatorId("ShipMode", new Set())).toBe("ship-mode");
    expect(indicatorId("Crème brûlée rating", new Set())).toBe("creme-brulee-rating");
  });

  test('is "own-1", "own-2" … for a name without ASCII letters', () => {
    expect(indicatorId("结算方式", new Set())).toBe("own-1");
    expect(indicatorId("客户评价", new Set(["own-1"]))).toBe("own-2");
    expect(indicatorId("2024年评分", new Set())).toBe("own-1");
  });

  test("is numbered when taken or when a built-in field has it", () => {
    expect(indicatorId("KPI score", new Set(["kpi-score"]))).toBe("kpi-score-2");
    expect(indicatorId("Region", new Set())).toBe("region-2");
    expect(indicatorId("Profit", new Set())).toBe("profit-2");
  });
});

describe("a words column's order", () => {
  test("spreads points from 100 down to the floor in even steps", () => {
    expect(WORDS_FLOOR).toBe(20);
    expect([0, 1, 2].map((p) => pointsAt(p, 3))).toEqual([100, 60, 20]);
    expect([0, 1, 2, 3, 4].map((p) => pointsAt(p, 5))).toEqual([100, 80, 60, 40, 20]);
    expect(pointsAt(0, 1)).toBe(100);
  });

  test("becomes one entry per value, best first; packed values give each of their words once", () => {
    expect(wordEntries(["现结", "月结", "季结"])).toEqual([
      { words: ["现结"], points: 100 },
      { words: ["月结"], points: 60 },
      { words: ["季结"], points: 20 },
    ]);
    expect(wordEntries(["Same Day", "月结,30天", "月结"])).toEqual([
      { words: ["Same Day"], points: 100 },
      { words: ["月结", "30天"], points: 60 },
    ]);
  });

  test("moves up and down one place, and not past either end", () => {
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});

describe("a number column's range", () => {
  test("becomes the linear ends the direction says", () => {
    expect(linearEnds("higher", 60, 98)).toEqual({ from: 60, to: 98 });
    expect(linearEnds("lower", 0, 120)).toEqual({ from: 120, to: 0 });
    expect(linearEnds("higher", 5, 5)).toBeNull();
    expect(linearEnds("higher", 9, 5)).toBeNull();
  });

  test("is prefilled as the analyst reads the column, and read back in the JSON's units", () => {
    expect(prefillRange("number", column("KPI得分", { numbers: { count: 9, min: 61.5, max: 98 } }))).toEqual({
      low: "61.5",
      high: "98",
    });
    expect(prefillRange("percent", column("满意度", { numbers: { count: 9, min: 0.62, max: 0.97 } }))).toEqual({
      low: "62",
      high: "97",
    });
    const dates = column("签约日期", {
      texts: [{ value: "2015-03-01", count: 1 }],
      numbers: { count: 1, min: 45000, max: 45000 },
    });
    expect(prefillRange("date", dates)).toEqual({ low: "2015-03-01", high: "2023-03-15" });
    expect(prefillRange("number", column("备注", {}))).toEqual({ low: "", high: "" });
    expect(rangeValue("percent", "62", 1)).toBeCloseTo(0.62);
    expect(rangeValue("money", "1,200", scaleOf("月结额度(万元)", "money"))).toBe(12_000_000);
    expect(rangeValue("date", "2015-03-01", 1)).toBe(42064);
    expect(rangeValue("number", "abc", 1)).toBeNull();
  });
});

describe("the type guessed", () => {
  test("from the values: words, yes/no, dates, numbers", () => {
    const words = column("结算方式", {
      texts: [
        { value: "月结", count: 6 },
        { value: "现结", count: 4 },
      ],
    });
    expect(guessType(words)).toBe("words");
    const yesNo = column("是否签约", {
      texts: [
        { value: "是", count: 6 },
        { value: "否", count: 4 },
      ],
    });
    expect(guessType(yesNo)).toBe("yesno");
    expect(guessType(column("VIP", { booleans: 10 }))).toBe("yesno");
    const dates = column("首次合作", {
      texts: [
        { value: "2015-03-01", count: 5 },
        { value: "2018/6/1", count: 5 },
      ],
    });
    expect(guessType(dates)).toBe("date");
    expect(guessType(column("KPI得分", { numbers: { count: 10, min: 60, max: 98 } }))).toBe("number");
  });

  test("for numbers, from the header's words and unit", () => {
    const numbers = { numbers: { count: 10, min: 0, max: 90 } };
    expect(guessType(column("保证金(万元)", numbers))).toBe("money");
    expect(guessType(column("投诉率", numbers))).toBe("percent");
    expect(guessType(column("平均回款天数", numbers))).toBe("days");
    expect(guessType(column("到货日期", numbers))).toBe("date");
  });

  test("says lower is better for overdue days, complaints and costs", () => {
    expect(guessDirection("KPI得分")).toBe("higher");
    expect(guessDirection("投诉次数")).toBe("lower");
    expect(guessDirection("Days past due")).toBe("lower");
    expect(guessDirection("往来余额(万元)")).toBe("lower");
  });
});

describe("the rule set with the new indicator", () => {
  const settlement: NewIndicator = {
    name: "结算方式",
    header: "结算方式",
    label: both("结算方式"),
    type: "words",
    scoring: { kind: "words", ordered: ["现结", "月结", "季结"] },
    dimension: { kind: "new", label: { "zh-CN": "自有指标", "zh-TW": "自有指標", en: "Own indicators" }, weight: 10 },
    weight: 1,
  };

  test("declares the field with the header as its alias, and adds its criterion in a new dimension", () => {
    const before = defaultRuleSetJson() as Draft;
    const { draft, fieldId } = addIndicator(before, settlement);
    expect(fieldId).toBe("own-1");
    expect(draft.fields).toEqual([{ id: "own-1", label: both("结算方式"), aliases: ["结算方式"], type: "words" }]);
    const own = draft.dimensions.at(-1);
    expect(own).toMatchObject({ id: "own-indicators", weight: 10, label: { en: "Own indicators" } });
    expect(own?.criteria).toEqual([
      {
        id: "own-1",
        field: "own-1",
        weight: 1,
        label: both("结算方式"),
        kind: "words",
        entries: [
          { words: ["现结"], points: 100 },
          { words: ["月结"], points: 60 },
          { words: ["季结"], points: 20 },
        ],
      },
    ]);
    expect(before.fields ?? []).toEqual([]); // the draft given is left as it was
    expect(loadRuleSet(draft).ok).toBe(true);
    expect(proposedDimension(draft.dimensions)).toBe("own-indicators");
    expect(proposedDimension(before.dimensions)).toBeNull();
  });

  test("a second indicator goes into an existing dimension with ids of its own", () => {
    const first = addIndicator(defaultRuleSetJson() as Draft, settlement).draft;
    const kpi: NewIndicator = {
      name: "KPI得分",
      header: "KPI得分",
      label: both("KPI得分"),
      type: "number",
      scoring: { kind: "range", direction: "higher", low: 60, high: 100 },
      dimension: { kind: "existing", id: "own-indicators" },
      weight: 2,
    };
    const { draft, fieldId } = addIndicator(first, kpi);
    expect(fieldId).toBe("kpi");
    expect(draft.dimensions.at(-1)?.criteria.at(-1)).toMatchObject({ kind: "linear", from: 60, to: 100, weight: 2 });
    const again = addIndicator(draft, { ...settlement, dimension: { kind: "existing", id: "volume" } });
    expect(again.fieldId).toBe("own-2");
    expect(loadRuleSet(again.draft).ok).toBe(true);
  });

  test("an empty range is kept for loadRuleSet to refuse with its path", () => {
    const flat: NewIndicator = {
      ...settlement,
      type: "number",
      scoring: { kind: "range", direction: "higher", low: 5, high: 5 },
    };
    const { draft } = addIndicator(defaultRuleSetJson() as Draft, flat);
    const loaded = loadRuleSet(draft);
    const last = draft.dimensions.length - 1;
    expect(loaded.ok ? [] : loaded.error.map((p) => p.path)).toEqual([`dimensions[${last}].criteria[0].to`]);
  });

  test("grades a 现结 customer above a 季结 one, all else equal", () => {
    const loaded = loadRuleSet(addIndicator(defaultRuleSetJson() as Draft, settlement).draft);
    if (!loaded.ok) throw new Error(loaded.error[0]?.message);
    const row = (name: string, terms: string) => [name, 300_000, "良好", terms];
    const table = {
      headers: ["客户名称", "年交易额", "财务状况", "结算方式"],
      rows: [row("甲", "现结"), row("乙", "季结")],
    };
    const graded = gradeTable(table, loaded.value, { asOf: 46000 });
    if (!graded.ok) throw new Error(graded.error.message.en);
    const [cash, quarterly] = [graded.value.row(0), graded.value.row(1)];
    expect(cash.status === "graded" && quarterly.status === "graded").toBe(true);
    if (cash.status !== "graded" || quarterly.status !== "graded") return;
    expect(cash.score).toBeGreaterThan(quarterly.score);
  });
});
