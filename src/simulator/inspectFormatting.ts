/** Test-side views of a sheet's formatting, and what an analyst does by hand in Excel's UI (for "kept" tests). */
import { parseAddress, rectAddress } from "./address";
import { seriesNames } from "./charts";
import {
  type ConditionalFormatModel,
  conditionalFormatsMeeting,
  formattingOf,
  newFormattingId,
  renumber,
} from "./formatting";
import { evaluateRule, parseRuleFormula } from "./ruleFormula";
import type { SheetModel } from "./model";

export interface ConditionalFormatSnapshot {
  readonly id: string;
  readonly type: string;
  /** "G3:G5" */
  readonly address: string;
  readonly priority: number;
  readonly rule: Readonly<Record<string, string>> | null;
  readonly fillColor: string | null;
  readonly fontColor: string | null;
  readonly barColor: string | null;
}

export interface ChartSnapshot {
  readonly name: string;
  readonly chartType: string;
  readonly title: string | null;
  readonly source: string;
  readonly series: readonly { readonly name: string; readonly chartType: string; readonly axisGroup: string }[];
}

export interface FormattingSnapshot {
  readonly conditionalFormats: readonly ConditionalFormatSnapshot[];
  /** Validation rule of a cell ("G3"), or null. */
  validation(address: string): { readonly rule: unknown; readonly errorAlert: unknown } | null;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Width in points of a 0-based column, or null if never set. */
  columnWidth(column: number): number | null;
  isBold(address: string): boolean;
  /**
   * The fill a cell shows from its custom conditional formats ("H3"): the first in priority whose formula is
   * true there (relative references moved from the rule range's top-left cell), else null. Other kinds of
   * conditional format are not evaluated.
   */
  conditionalFill(address: string): string | null;
  readonly charts: readonly ChartSnapshot[];
}

export interface UserConditionalFormat {
  readonly type: "Custom" | "CellValue";
  readonly rule: Readonly<Record<string, string>>;
  readonly fillColor: string;
}

function cell(address: string): { row: number; column: number } {
  const parsed = parseAddress(address);
  if (parsed === null) throw new Error(`Bad address ${address}`);
  return parsed.rect;
}

export function formattingSnapshot(sheet: SheetModel): FormattingSnapshot {
  const f = formattingOf(sheet);
  const snap = (cf: ConditionalFormatModel): ConditionalFormatSnapshot => ({
    id: cf.id,
    type: cf.type,
    address: rectAddress(cf.rect),
    priority: cf.priority,
    rule: cf.rule === null ? null : { ...cf.rule },
    fillColor: cf.look.fillColor,
    fontColor: cf.look.fontColor,
    barColor: cf.barColor,
  });
  return {
    conditionalFormats: [...f.conditionalFormats].sort((a, b) => a.priority - b.priority).map(snap),
    validation: (address) => {
      const { row, column } = cell(address);
      const v = f.validations.get(row * 16_384 + column);
      return v === undefined ? null : { rule: v.rule, errorAlert: v.errorAlert };
    },
    frozenRows: f.frozenRows,
    frozenColumns: f.frozenColumns,
    columnWidth: (column) => f.columnWidths.get(column) ?? null,
    isBold: (address) => {
      const { row, column } = cell(address);
      return f.bold.has(row * 16_384 + column);
    },
    conditionalFill: (address) => {
      const at = cell(address);
      const meeting = conditionalFormatsMeeting(sheet, { row: at.row, column: at.column, rowCount: 1, columnCount: 1 });
      for (const cf of meeting) {
        const formula = cf.type === "Custom" ? cf.rule?.["formula"] : undefined;
        if (formula === undefined || cf.look.fillColor === null) continue;
        const value = evaluateRule(parseRuleFormula(formula), sheet, at, cf.rect);
        if (value === true || (typeof value === "number" && value !== 0)) return cf.look.fillColor;
      }
      return null;
    },
    charts: f.charts.map((chart) => ({
      name: chart.name,
      chartType: chart.chartType,
      title: chart.title,
      source: rectAddress(chart.source),
      series: seriesNames(sheet, chart).map((name, i) => ({
        name,
        chartType: chart.seriesOverrides.get(i)?.chartType ?? chart.chartType,
        axisGroup: chart.seriesOverrides.get(i)?.axisGroup ?? "Primary",
      })),
    })),
  };
}

export function userConditionalFormat(sheet: SheetModel, address: string, format: UserConditionalFormat): void {
  const parsed = parseAddress(address);
  if (parsed === null) throw new Error(`Bad address ${address}`);
  formattingOf(sheet).conditionalFormats.push({
    id: newFormattingId("CF"),
    type: format.type,
    rect: parsed.rect,
    priority: -1,
    stopIfTrue: false,
    rule: { ...format.rule },
    look: { fillColor: format.fillColor, fontColor: null, bold: null },
    barColor: null,
  });
  renumber(sheet);
}

export function userValidation(sheet: SheetModel, address: string, source: string): void {
  const parsed = parseAddress(address);
  if (parsed === null) throw new Error(`Bad address ${address}`);
  const { rect } = parsed;
  const validation = { rule: { list: { inCellDropDown: true, source } }, errorAlert: null, ignoreBlanks: true };
  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1)
      formattingOf(sheet).validations.set(r * 16_384 + c, validation);
  }
}
