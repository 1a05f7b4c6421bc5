/**
 * Grade all and the template formatting as one step of Excel's Undo (ExcelApi 1.20, `mergeUndoGroup`), the
 * same writes below 1.20 without the option, and the run again when the host refuses to group a batch.
 */
import { type ExcelHost, createExcelAdapter } from "../../src/excel";
import { type WorkbookSpec, createWorkbook } from "../../src/simulator";
import { SEED_HEADERS, SEED_ROWS, TODAY, type Workbook, hostOf } from "./fixtures";

const HEADERS = [...SEED_HEADERS, "年交易额"];
const GRADE = SEED_HEADERS.indexOf("客户等级");
// The grade cells blank: the first Grade all records each customer's first grade in the history.
const ROWS = SEED_ROWS.map((row, i) => [
  ...row.map((cell, c) => (c === GRADE ? "" : cell)),
  [1_200_000, 300_000, 80_000][i] ?? 0,
]);

function workbookAt(excelApi?: WorkbookSpec["excelApi"], apisWithoutUndo?: readonly string[]): Workbook {
  return createWorkbook({
    sheets: [{ name: "客户" }, { name: "Notes", cells: [["keep me"]] }],
    tables: [{ name: "客户表", sheet: "客户", topRow: 1, leftColumn: 1, headers: HEADERS, rows: ROWS }],
    ...(excelApi ? { excelApi } : {}),
    ...(apisWithoutUndo ? { apisWithoutUndo } : {}),
  });
}

/** A host that counts how often the adapter asks for one undo step. */
function countingHost(workbook: Workbook, excelApi?: "1.14") {
  const base = hostOf(workbook, excelApi);
  const calls = { grouped: 0 };
  const host: ExcelHost = {
    ...base,
    runAsOneUndoStep: (batch) => {
      calls.grouped += 1;
      return base.runAsOneUndoStep(batch);
    },
  };
  return { host, calls };
}

async function boundAdapter(workbook: Workbook, host: ExcelHost = hostOf(workbook)) {
  const adapter = createExcelAdapter(host, { today: TODAY });
  const bound = await adapter.bind("客户表");
  if (!bound.ok) throw new Error(bound.error.message.en);
  return adapter;
}

async function gradeAll(adapter: Awaited<ReturnType<typeof boundAdapter>>) {
  const result = await adapter.gradeAll();
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

async function format(adapter: Awaited<ReturnType<typeof boundAdapter>>) {
  const result = await adapter.applyTemplateFormatting();
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

/** Everything the simulator shows of the workbook: sheets, cells with formats, formatting, tables, settings. */
function everything(workbook: Workbook) {
  return {
    sheets: workbook.sheetNames().map((name) => {
      const f = workbook.formatting(name);
      return {
        name,
        cells: Array.from({ length: 8 }, (_, row) =>
          Array.from({ length: 16 }, (_, column) => workbook.cell(name, row, column)),
        ),
        // Ids are handed out across workbooks: not compared.
        conditionalFormats: f.conditionalFormats.map((format) => ({ ...format, id: "an id" })),
        validations: ["H3", "I3", "K3", "L3"].map((address) => f.validation(address)),
        frozen: [f.frozenRows, f.frozenColumns],
        widths: Array.from({ length: 16 }, (_, column) => f.columnWidth(column)),
        charts: f.charts,
      };
    }),
    tables: workbook
      .tableLayouts()
      .map((t) => ({ ...t, ...workbook.tableValues(t.name), style: workbook.tableStyle(t.name) })),
    settings: withoutChartId(workbook.settings),
  };
}

/** Chart ids, like conditional formats', are handed out across workbooks (each table's views keep one). */
function withoutChartId(settings: Record<string, unknown>): Record<string, unknown> {
  const portfolio = settings["customerGrader.portfolio"] as { tables?: Record<string, object> } | undefined;
  if (!portfolio?.tables) return settings;
  const tables = Object.fromEntries(
    Object.entries(portfolio.tables).map(([id, views]) => [
      id,
      "chartId" in views ? { ...views, chartId: "a chart" } : views,
    ]),
  );
  return { ...settings, "customerGrader.portfolio": { ...portfolio, tables } };
}

describe("on a host with ExcelApi 1.20", () => {
  test("one undo after Grade all puts back every cell it wrote, and the analyst's edit before it stays", async () => {
    const workbook = workbookAt("1.20");
    const adapter = await boundAdapter(workbook);
    workbook.userEdit("客户", 2, 1, "新客户");
    const before = everything(workbook);
    const depth = workbook.undoDepth();

    const summary = await gradeAll(adapter);
    expect(summary.undo).toBe("one-step");
    expect(summary.addedColumns.length).toBeGreaterThan(0);
    expect(summary.cellsWritten).toBeGreaterThan(0);
    expect(everything(workbook)).not.toEqual(before);
    expect(workbook.undoDepth()).toBe(depth + 1);

    expect(workbook.undo()).toBe(true);
    expect(everything(workbook)).toEqual(before);
    expect(workbook.cell("客户", 2, 1).value).toBe("新客户");
    expect(workbook.tableValues("客户表").headers).toEqual(HEADERS);
  });

  test("with the summary sheet and history on, the same single undo takes them back too", async () => {
    const workbook = workbookAt("1.20");
    const adapter = await boundAdapter(workbook);
    await adapter.setPortfolioViews(true);
    const before = everything(workbook);

    const summary = await gradeAll(adapter);
    expect(summary.undo).toBe("one-step");
    expect(summary.portfolio?.ok && summary.portfolio.value.changesRecorded).toBe(3);
    expect(workbook.sheetNames().length).toBeGreaterThan(2);

    workbook.undo();
    expect(everything(workbook)).toEqual(before);
  });

  test("one undo after the template formatting puts back its formats, lists, style, frozen rows and columns", async () => {
    const workbook = workbookAt("1.20");
    const adapter = await boundAdapter(workbook);
    const before = everything(workbook);
    const summary = await format(adapter);
    expect(summary.undo).toBe("one-step");
    expect(everything(workbook)).not.toEqual(before);
    workbook.undo();
    expect(everything(workbook)).toEqual(before);
  });

  test("the template table is inserted, bound and formatted in one undo step", async () => {
    const workbook = workbookAt("1.20");
    const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
    const before = everything(workbook);
    const inserted = await adapter.insertTemplateTable("zh-CN");
    if (!inserted.ok) throw new Error(inserted.error.message.en);
    expect(inserted.value.formatting.undo).toBe("one-step");
    expect(adapter.bound()?.binding.tableName).toBe(inserted.value.tableName);
    expect(workbook.undoDepth()).toBe(1);
    workbook.undo();
    expect(everything(workbook)).toEqual(before);
  });
});

describe("below ExcelApi 1.20", () => {
  test("Grade all and the template formatting never ask for one undo step, and write what they write at 1.20", async () => {
    const old = workbookAt();
    const { host, calls } = countingHost(old);
    const adapter = await boundAdapter(old, host);
    expect(adapter.undoesAsOneStep()).toBe(false);
    const graded = await gradeAll(adapter);
    const formatted = await format(adapter);
    expect(calls.grouped).toBe(0);
    expect([graded.undo, formatted.undo]).toEqual(["unavailable", "unavailable"]);

    const current = workbookAt("1.20");
    const newer = await boundAdapter(current);
    expect(newer.undoesAsOneStep()).toBe(true);
    const gradedNow = await gradeAll(newer);
    await format(newer);
    expect(everything(current)).toEqual(everything(old));
    expect(gradedNow.cellsWritten).toBe(graded.cellsWritten);
  });

  test("a host that claims less than 1.20 gets no grouping: Excel keeps one entry per sync", async () => {
    const workbook = workbookAt("1.20");
    const { host, calls } = countingHost(workbook, "1.14");
    const adapter = await boundAdapter(workbook, host);
    const depth = workbook.undoDepth();
    expect((await gradeAll(adapter)).undo).toBe("unavailable");
    expect(calls.grouped).toBe(0);
    expect(workbook.undoDepth()).toBeGreaterThan(depth + 1);
  });
});

describe("a grouped batch the host refuses (UndoNotSupported) runs again without the option", () => {
  /** The same workbook graded at 1.14, for what a plain run writes. */
  async function plainRun(portfolio: boolean) {
    const workbook = workbookAt();
    const adapter = await boundAdapter(workbook);
    if (portfolio) await adapter.setPortfolioViews(true);
    return { workbook, summary: await gradeAll(adapter) };
  }

  test("refused at the table's write: every grade, score and remark is written, counted once", async () => {
    const workbook = workbookAt("1.20", ["Range.values"]);
    const adapter = await boundAdapter(workbook);
    const summary = await gradeAll(adapter);
    expect(workbook.stats.requests.some((r) => r.error === "UndoNotSupported")).toBe(true);
    const plain = await plainRun(false);
    expect(summary.undo).toBe("not-grouped");
    expect(everything(workbook)).toEqual(everything(plain.workbook));
    expect([summary.cellsWritten, summary.replacedCells, summary.alikeCells]).toEqual([
      plain.summary.cellsWritten,
      plain.summary.replacedCells,
      plain.summary.alikeCells,
    ]);
  });

  test("refused at the summary's chart, after the table was written: the history has every change once", async () => {
    const workbook = workbookAt("1.20", ["Chart.name"]);
    const adapter = await boundAdapter(workbook);
    await adapter.setPortfolioViews(true);
    const summary = await gradeAll(adapter);
    expect(workbook.stats.requests.some((r) => r.error === "UndoNotSupported")).toBe(true);
    const plain = await plainRun(true);
    expect(summary.undo).toBe("not-grouped");
    expect(summary.portfolio).toEqual(plain.summary.portfolio);
    expect(summary.cellsWritten).toBe(plain.summary.cellsWritten);
    expect(summary.cellsWritten).toBeGreaterThan(0);
    // The first attempt's rows read back as the add-in's output: the analyst's content there is counted once.
    expect([summary.replacedCells, summary.alikeCells]).toEqual([
      plain.summary.replacedCells,
      plain.summary.alikeCells,
    ]);
    expect(summary.replacedCells).toBeGreaterThan(0);
    expect(everything(workbook)).toEqual(everything(plain.workbook));
  });

  test("refused at the template formatting's last request: every format is set", async () => {
    const workbook = workbookAt("1.20", ["Table.style"]);
    const adapter = await boundAdapter(workbook);
    const summary = await format(adapter);
    expect(summary.undo).toBe("not-grouped");
    const plain = workbookAt();
    await format(await boundAdapter(plain));
    expect(everything(workbook)).toEqual(everything(plain));
  });

  // Refused at the formatting, after the sheet and table were made (Table.style), or at the insert's own write
  // (Range.values): run again, the batch makes one table, as a host below 1.20 does.
  test.each(["Table.style", "Range.values"])(
    "the template table refused at %s: one sheet and one table, as without grouping",
    async (api) => {
      const workbook = workbookAt("1.20", [api]);
      const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
      const inserted = await adapter.insertTemplateTable("zh-CN");
      if (!inserted.ok) throw new Error(inserted.error.message.en);
      expect(workbook.stats.requests.some((r) => r.error === "UndoNotSupported")).toBe(true);
      expect(inserted.value.formatting.undo).toBe("not-grouped");
      const plain = workbookAt();
      const plainInserted = await createExcelAdapter(hostOf(plain), { today: TODAY }).insertTemplateTable("zh-CN");
      if (!plainInserted.ok) throw new Error(plainInserted.error.message.en);
      expect(inserted.value.tableName).toBe(plainInserted.value.tableName);
      expect(adapter.bound()?.binding.tableName).toBe(inserted.value.tableName);
      expect(everything(workbook)).toEqual(everything(plain));
    },
  );
});
