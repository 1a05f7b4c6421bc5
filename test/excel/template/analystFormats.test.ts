/**
 * Apply template formatting next to what the analyst set by hand: their data bars, lists and frozen panes are
 * never taken for the add-in's; the add-in's own are found by colour and cells, and deleted through the loaded
 * formats (a conditional format's id is its position in one collection, not a name).
 */
import { createExcelAdapter } from "../../../src/excel";
import { OWN_RULE_MARK, SCORE_BAR_COLOUR } from "../../../src/plan/formattingPlan";
import { createWorkbook } from "../../../src/simulator";
import { SEED_HEADERS, SEED_ROWS, TODAY, hostOf, workbookWith } from "../fixtures";

const HEADERS = [...SEED_HEADERS, "评分", "人工等级", "年交易额"];
const ROWS = SEED_ROWS.map((row, i) => [...row, "", "", [1_200_000, 300_000, 80_000][i] ?? 0]);

async function bound(workbook = workbookWith("客户表", HEADERS, ROWS)) {
  const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
  const result = await adapter.bind("客户表");
  if (!result.ok) throw new Error(result.error.message.en);
  return { workbook, adapter };
}

async function apply(adapter: Awaited<ReturnType<typeof bound>>["adapter"]) {
  const result = await adapter.applyTemplateFormatting();
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

type Workbook = Awaited<ReturnType<typeof bound>>["workbook"];

async function addBar(workbook: Workbook, address: string, colour: string): Promise<void> {
  await workbook.run(async (context) => {
    const bar = context.workbook.worksheets.getItem("客户").getRange(address).conditionalFormats.add("DataBar");
    bar.dataBar.positiveFormat.fillColor = colour;
    await context.sync();
  });
}

const bars = (workbook: Workbook) =>
  workbook
    .formatting("客户")
    .conditionalFormats.filter((c) => c.type === "DataBar")
    .map((c) => [c.address, c.barColor]);

// The table's header is at B2 of 客户: 客户等级 is column H, 评分 column J, 人工等级 K, data rows 3-5.
test("keeps the analyst's data bar on the score column and one reaching past it; applying again settles", async () => {
  const { workbook, adapter } = await bound();
  await addBar(workbook, "J3:J5", "#FF0000");
  await addBar(workbook, "J3:L5", "#00FF00");
  const first = await apply(adapter);
  expect(first.conditionalFormats).toBe("added");
  expect(bars(workbook)).toEqual(
    expect.arrayContaining([
      ["J3:J5", "#FF0000"],
      ["J3:L5", "#00FF00"],
      ["J3:J5", SCORE_BAR_COLOUR],
    ]),
  );
  expect(bars(workbook)).toHaveLength(3);
  const second = await apply(adapter);
  expect(second.conditionalFormats).toBe("unchanged");
  expect(bars(workbook)).toHaveLength(3);
});

test("an add-in-coloured bar reaching past the score column is the analyst's and stays", async () => {
  const { workbook, adapter } = await bound();
  await addBar(workbook, "I3:J5", SCORE_BAR_COLOUR);
  await apply(adapter);
  expect(bars(workbook)).toEqual(
    expect.arrayContaining([
      ["I3:J5", SCORE_BAR_COLOUR],
      ["J3:J5", SCORE_BAR_COLOUR],
    ]),
  );
  expect(bars(workbook)).toHaveLength(2);
});

test("replaces its own rules on a shortened range instead of calling them unchanged", async () => {
  const { workbook, adapter } = await bound();
  await apply(adapter);
  // The analyst narrows the add-in's bar to two rows (Manage Rules → Applies to).
  await workbook.run(async (context) => {
    const formats = context.workbook.worksheets.getItem("客户").getRange("J3:J5").conditionalFormats.load("items/type");
    await context.sync();
    for (const f of formats.items) if (f.type === "DataBar") f.delete();
    await context.sync();
  });
  await addBar(workbook, "J3:J4", SCORE_BAR_COLOUR);
  const again = await apply(adapter);
  expect(again.conditionalFormats).toBe("replaced");
  expect(bars(workbook)).toEqual([["J3:J5", SCORE_BAR_COLOUR]]);
});

test("deletes its own rules through the loaded formats, keeping an analyst's rule over the whole table first in priority", async () => {
  const { workbook, adapter } = await bound();
  await apply(adapter);
  // Added last, so first in priority: it takes position 0 in every column's collection.
  workbook.userAddConditionalFormat("客户", "B3:L5", {
    type: "Custom",
    rule: { formula: '=$B3<>""' },
    fillColor: "#DDEBF7",
  });
  const rules = adapter.ruleSet().source as { grades: { letter: string }[] };
  const saved = await adapter.saveRuleSet({
    ...rules,
    grades: rules.grades.map((g, i) => ({ ...g, letter: ["S", "A", "B", "C"][i] ?? g.letter })),
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  expect((await apply(adapter)).conditionalFormats).toBe("replaced");
  const f = workbook.formatting("客户").conditionalFormats;
  expect(f.filter((c) => c.address === "B3:L5" && c.fillColor === "#DDEBF7")).toHaveLength(1);
  const own = f.filter((c) => c.rule?.["formula"]?.includes(OWN_RULE_MARK)).map((c) => c.rule?.["formula"] ?? "");
  expect(own).toHaveLength(4);
  expect(own.join()).toContain('$H3="S"');
  expect(own.join()).not.toContain('$H3="D"');
  expect(bars(workbook)).toEqual([["J3:J5", SCORE_BAR_COLOUR]]);
});

test("an analyst's list titled like the add-in's alert stays theirs", async () => {
  const { workbook, adapter } = await bound();
  await workbook.run(async (context) => {
    const validation = context.workbook.worksheets.getItem("客户").getRange("K3:K5").dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: "优,良,差" } };
    validation.errorAlert = { showAlert: true, style: "Stop", title: "人工等级", message: "我的列表" };
    await context.sync();
  });
  const summary = await apply(adapter);
  expect(summary.keptValidations).toContain("人工等级");
  expect(workbook.formatting("客户").validation("K4")?.rule).toEqual({
    list: { inCellDropDown: true, source: "优,良,差" },
  });
  // Applied again (as after a rule set change): still theirs.
  expect((await apply(adapter)).keptValidations).toContain("人工等级");
});

test("an analyst's list identical to the add-in's is not taken over when the letters change later", async () => {
  const { workbook, adapter } = await bound();
  workbook.userSetValidation("客户", "K3:K5", "A,B,C,D");
  await apply(adapter);
  const rules = adapter.ruleSet().source as { grades: { letter: string }[] };
  await adapter.saveRuleSet({
    ...rules,
    grades: rules.grades.map((g, i) => ({ ...g, letter: ["S", "A", "B", "C"][i] ?? g.letter })),
  });
  const summary = await apply(adapter);
  expect(summary.keptValidations).toContain("人工等级");
  expect(workbook.formatting("客户").validation("K3")?.rule).toEqual({
    list: { inCellDropDown: true, source: "A,B,C,D" },
  });
});

test("keeps the analyst's frozen columns and a deeper frozen block", async () => {
  const { workbook, adapter } = await bound();
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem("客户").freezePanes.freezeColumns(2);
    await context.sync();
  });
  expect((await apply(adapter)).freeze).toBe("frozen");
  expect([workbook.formatting("客户").frozenRows, workbook.formatting("客户").frozenColumns]).toEqual([2, 2]);

  const other = await bound();
  await other.workbook.run(async (context) => {
    context.workbook.worksheets.getItem("客户").freezePanes.freezeRows(4);
    await context.sync();
  });
  expect((await apply(other.adapter)).freeze).toBe("kept");
  expect(other.workbook.formatting("客户").frozenRows).toBe(4);
});

test("does not freeze a header far down the sheet", async () => {
  const workbook = createWorkbook({
    sheets: [{ name: "客户" }],
    tables: [{ name: "客户表", sheet: "客户", topRow: 39, leftColumn: 0, headers: HEADERS, rows: ROWS }],
  });
  const { adapter } = await bound(workbook);
  expect((await apply(adapter)).freeze).toBe("header too far down");
  expect(workbook.formatting("客户").frozenRows).toBe(0);
});

test("cuts a long word list at a whole word within Excel's 255 characters", async () => {
  const { workbook, adapter } = await bound();
  const listOf = () => (workbook.formatting("客户").validation("G3")?.rule as { list: { source: string } }).list.source;
  await apply(adapter);
  const usual = listOf().split(",");
  const rules = adapter.ruleSet().source as {
    dimensions: { criteria: { id: string; entries?: { words: string[]; points: number }[] }[] }[];
  };
  const words = Array.from({ length: 40 }, (_, i) => `长期稳定优质伙伴${i}`);
  const longer = {
    ...rules,
    dimensions: rules.dimensions.map((d) => ({
      ...d,
      criteria: d.criteria.map((c) =>
        c.id === "financial-words"
          ? { ...c, entries: [...(c.entries ?? []), ...words.map((w) => ({ words: [w], points: 10 }))] }
          : c,
      ),
    })),
  };
  const saved = await adapter.saveRuleSet(longer);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  await apply(adapter);
  const source = listOf();
  expect(source.length).toBeLessThanOrEqual(255);
  expect(source.length).toBeGreaterThan(255 - words[0]!.length - 1); // nothing more would have fit
  const offered = source.split(",");
  expect(offered.slice(0, usual.length)).toEqual(usual);
  expect(offered.length).toBeGreaterThan(usual.length);
  for (const word of offered.slice(usual.length)) expect(words).toContain(word); // whole words only
});

test("rows added to the table take the add-in's formats and lists, and applying again finds them as planned", async () => {
  const { workbook, adapter } = await bound();
  await apply(adapter);
  await workbook.run(async (context) => {
    context.workbook.tables
      .getItem("客户表")
      .rows.add(undefined, [["新客户", "", "", "", "", "良好", "", "", "", "", 1]]);
    await context.sync();
  });
  const f = workbook.formatting("客户");
  expect(bars(workbook)).toEqual([["J3:J6", SCORE_BAR_COLOUR]]);
  expect(f.conditionalFormats.filter((c) => c.type === "Custom").map((c) => c.address)).toEqual([
    "H3:H6",
    "H3:H6",
    "H3:H6",
    "H3:H6",
  ]);
  expect(f.validation("K6")?.rule).toEqual({ list: { inCellDropDown: true, source: "A,B,C,D" } });
  expect((await apply(adapter)).conditionalFormats).toBe("unchanged");
});

test("the grade colours land on the cells holding each grade after Grade all", async () => {
  const { workbook, adapter } = await bound();
  await apply(adapter);
  await adapter.gradeAll();
  const f = workbook.formatting("客户");
  expect([2, 3, 4].map((row) => workbook.cell("客户", row, 7).value)).toEqual(["A", "B", "C"]);
  expect(["H3", "H4", "H5"].map((a) => f.conditionalFill(a))).toEqual(["#C6EFCE", "#FFEB9C", "#FCD5B4"]);
  expect(f.conditionalFill("I3")).toBeNull(); // only the grade column
});
