/** Test-side views of a sheet's formatting, and what an analyst does by hand in Excel's UI (for "kept" tests). */
import { type Rect, parseAddress, rectAddress } from "./address";
import { type CellValue, cellValueOf } from "./cells";
import { seriesNames } from "./charts";
import {
  type ConditionalFormatModel,
  conditionalFormatsMeeting,
  formattingOf,
  newFormattingId,
  renumber,
} from "./formatting";
import { compare, evaluateRule, parseRuleFormula, truth } from "./ruleFormula";
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
  /**
   * What a cell's conditional formats of the kinds that colour a cell (Custom, CellValue, ContainsText) show
   * there ("H3"), in priority order: each true format gives its fill and font colour unless a format before it
   * gave that one already (Excel's "higher precedence wins" when formats conflict), and a true format with
   * `stopIfTrue` ends the list. Data bars are not among them (see `ConditionalFormatSnapshot.barColor`).
   */
  conditionalLook(address: string): ConditionalLookSnapshot;
  /** A chart's categories and each series' values as its source holds them now, or null for no such chart. */
  chartData(name: string): ChartData | null;
}

export interface ConditionalLookSnapshot {
  readonly fillColor: string | null;
  readonly fontColor: string | null;
}

export interface ChartData {
  readonly categories: readonly CellValue[];
  readonly series: readonly {
    readonly name: string;
    readonly chartType: string;
    readonly axisGroup: string;
    readonly values: readonly CellValue[];
  }[];
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

/** True if a conditional format that colours cells holds at `at` (a cell inside its range). */
function formatHolds(sheet: SheetModel, cf: ConditionalFormatModel, at: { row: number; column: number }): boolean {
  const rule = cf.rule;
  if (rule === null) return false;
  const value = cellValueOf(sheet.get(at.row, at.column));
  switch (cf.type) {
    case "Custom": {
      const formula = rule["formula"];
      return formula !== undefined && truth(evaluateRule(parseRuleFormula(formula), sheet, at, cf.rect));
    }
    case "CellValue": {
      // formula1/formula2 are "=…" formulas or plain constants ("100", "A"), as Excel's UI stores either.
      const operand = (text: string | undefined): CellValue => {
        if (text === undefined) return "";
        if (text.startsWith("=")) return evaluateRule(parseRuleFormula(text), sheet, at, cf.rect);
        return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
      };
      const first = compare(value, operand(rule["formula1"]));
      const between = (): boolean => first >= 0 && compare(value, operand(rule["formula2"])) <= 0;
      switch (rule["operator"]) {
        case "Between":
          return between();
        case "NotBetween":
          return !between();
        case "EqualTo":
          return first === 0;
        case "NotEqualTo":
          return first !== 0;
        case "GreaterThan":
          return first > 0;
        case "LessThan":
          return first < 0;
        case "GreaterThanOrEqual":
          return first >= 0;
        case "LessThanOrEqual":
          return first <= 0;
        default:
          return false;
      }
    }
    case "ContainsText": {
      // Excel compares the text without regard to case.
      const text = String(value).toUpperCase();
      const wanted = (rule["text"] ?? "").toUpperCase();
      switch (rule["operator"]) {
        case "Contains":
          return text.includes(wanted);
        case "NotContains":
          return !text.includes(wanted);
        case "BeginsWith":
          return text.startsWith(wanted);
        case "EndsWith":
          return text.endsWith(wanted);
        default:
          return false;
      }
    }
    case "DataBar":
      return false;
  }
}

/** The cells of a source column (by columns) or row (by rows), below or right of the names. */
function sourceLine(sheet: SheetModel, source: Rect, by: "Columns" | "Rows", index: number): CellValue[] {
  const out: CellValue[] = [];
  if (by === "Columns")
    for (let r = source.row + 1; r < source.row + source.rowCount; r += 1)
      out.push(cellValueOf(sheet.get(r, source.column + index)));
  else
    for (let c = source.column + 1; c < source.column + source.columnCount; c += 1)
      out.push(cellValueOf(sheet.get(source.row + index, c)));
  return out;
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
    conditionalLook: (address) => {
      const at = cell(address);
      const look: { fillColor: string | null; fontColor: string | null } = { fillColor: null, fontColor: null };
      for (const cf of conditionalFormatsMeeting(sheet, { ...at, rowCount: 1, columnCount: 1 })) {
        if (!formatHolds(sheet, cf, at)) continue;
        look.fillColor ??= cf.look.fillColor;
        look.fontColor ??= cf.look.fontColor;
        if (cf.stopIfTrue) break;
      }
      return look;
    },
    chartData: (name) => {
      const chart = f.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (chart === undefined) return null;
      return {
        categories: sourceLine(sheet, chart.source, chart.seriesBy, 0),
        series: seriesNames(sheet, chart).map((seriesName, i) => ({
          name: seriesName,
          chartType: chart.seriesOverrides.get(i)?.chartType ?? chart.chartType,
          axisGroup: chart.seriesOverrides.get(i)?.axisGroup ?? "Primary",
          values: sourceLine(sheet, chart.source, chart.seriesBy, i + 1),
        })),
      };
    },
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
