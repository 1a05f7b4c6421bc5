/**
 * What the command line formats, in sheet coordinates: the add-in's own plan (`src/plan/formattingPlan.ts`,
 * shared with the Excel adapter so both format alike) placed on the table as it will stand, plus fitted column
 * widths.
 */
import { type CellValue, type RuleSet, type Table, mapColumns, tableLanguage } from "../../engine";
import { type FormattingPlan, type OutputPlan, formattingPlan } from "../../plan";
import type { LocatedRange } from "../xlsx/readTable";
import { fittedWidths } from "./columnWidths";

export interface SheetFormatting {
  readonly plan: FormattingPlan;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet column of the table's first column. */
  readonly firstColumn: number;
  /** 1-based sheet row of the last data row (the header row's next when the table has none). */
  readonly lastDataRow: number;
  /** Sheet column (1-based) → fitted width. */
  readonly widths: ReadonlyMap<number, number>;
}

/**
 * @param table the table as read; `cell` gives a data cell as it will stand after grading (outputs included).
 */
export function planSheetFormatting(input: {
  readonly located: LocatedRange;
  readonly table: Table;
  readonly outputs: OutputPlan;
  readonly ruleSet: RuleSet;
  readonly cell: (row: number, column: number) => CellValue;
}): SheetFormatting {
  const { located, table, outputs, ruleSet } = input;
  const headers: CellValue[] = [...table.headers, ...outputs.toAdd];
  const lang = tableLanguage(table.headers);
  const mapping = mapColumns(headers);
  const plan = formattingPlan({
    mapping,
    outputs: outputs.columns,
    geometry: { headerRow: located.headerRow - 1, firstColumn: located.firstColumn - 1 },
    ruleSet,
    lang,
  });
  const formats = new Map(plan.numberFormats.map((f) => [f.column, f.format]));
  const widths = fittedWidths(headers, table.rows.length, input.cell, formats);
  return {
    plan,
    headerRow: located.headerRow,
    firstColumn: located.firstColumn,
    lastDataRow: Math.max(located.lastRow, located.headerRow + 1),
    widths: new Map(widths.map((w, c) => [located.firstColumn + c, w])),
  };
}
