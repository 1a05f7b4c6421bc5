/** Workbooks for the adapter tests, in the simulator. */
import { defaultRuleSet } from "../../src/engine";
import type { ExcelHost } from "../../src/excel";
import { createWorkbook } from "../../src/simulator";
import seed000 from "../../samples/seed-000.json";

export const SEED_HEADERS: string[] = seed000.headers;
export const SEED_ROWS: string[][] = seed000.rows;

export type Workbook = ReturnType<typeof createWorkbook>;

/** A workbook with one table named `name` at B2 on "客户" (header row 1, data from row 2; 0-based). */
export function workbookWith(
  name: string,
  headers: string[],
  rows: (string | number | boolean | null)[][],
  excelApi?: "1.20",
): Workbook {
  return createWorkbook({
    sheets: [{ name: "客户" }, { name: "Notes", cells: [["keep me"]] }],
    tables: [{ name, sheet: "客户", topRow: 1, leftColumn: 1, headers, rows }],
    ...(excelApi ? { excelApi } : {}),
  });
}

/**
 * A host for the simulated workbook. `excelApi` is the newest ExcelApi set it claims ("none" for a host too
 * old for the add-in), by default the workbook's own (`WorkbookSpec.excelApi`, 1.14 unless set); 1.14 brings the
 * worksheet change event's trigger source, 1.20 `Excel.run`'s `mergeUndoGroup`.
 */
export function hostOf(workbook: Workbook, excelApi?: "1.20" | "1.14" | "1.8" | "none"): ExcelHost {
  const claimed = excelApi ?? workbook.excelApi;
  const newest = claimed === "none" ? 0 : Number(claimed.split(".")[1]);
  if (newest > Number(workbook.excelApi.split(".")[1]))
    throw new Error(`a host cannot claim ExcelApi ${claimed} over a workbook at ${workbook.excelApi}`);
  return {
    run: workbook.run,
    runAsOneUndoStep: (batch) => workbook.run({ mergeUndoGroup: true }, batch),
    isSetSupported: (name, version) => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= newest,
    removeHandler: (registration) =>
      workbook.run(registration.context as Excel.RequestContext, async (context) => {
        registration.remove();
        await context.sync();
      }),
  };
}

export const TODAY = () => new Date(2026, 10, 22);

/** Structured rows for big tables: what Excel hands over (numbers as numbers). */
export function structuredRows(count: number): (string | number)[][] {
  const rows: (string | number)[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    rows[i] = [
      `客户${i + 1}`,
      (i * 7919) % 3_000_000,
      ((i * 13) % 40) / 100,
      0.6 + ((i * 7) % 40) / 100,
      (i * 11) % 120,
      (i * 31) % 500_000,
      400_000,
      "高",
    ];
  }
  return rows;
}
export const STRUCTURED_HEADERS = [
  "客户名称",
  "年交易额",
  "毛利率",
  "准时付款率",
  "逾期天数",
  "未结余额",
  "信用额度",
  "发展潜力",
];

export const LETTERS = defaultRuleSet().grades.map((g) => g.letter);

/**
 * Two tables of the seed customers, NorthCustomers ({N}) and SouthCustomers ({S}), each on its own sheet, with
 * fixed ids (as a reopened workbook keeps them).
 */
export function twoSeedTables(settings: Record<string, unknown> = {}): Workbook {
  const table = (name: string, id: string, sheet: string) => ({
    name,
    id,
    sheet,
    topRow: 0,
    leftColumn: 0,
    headers: SEED_HEADERS,
    rows: SEED_ROWS.map((r) => [...r]),
  });
  return createWorkbook({
    sheets: [{ name: "North" }, { name: "South" }],
    tables: [table("NorthCustomers", "{N}", "North"), table("SouthCustomers", "{S}", "South")],
    settings,
  });
}
