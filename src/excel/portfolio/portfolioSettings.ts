/**
 * What the workbook remembers about the portfolio views: whether Grade all refreshes them, and which sheets
 * and table are the add-in's own (by id, so a sheet the analyst renames stays ours and one the analyst made
 * with the same name is never taken).
 */
import type { SettleFirst } from "../../engine";

export const PORTFOLIO_SETTING = "customerGrader.portfolio";

export interface PortfolioSettings {
  /** Grade all refreshes the summary and appends to the history; absent while the analyst has not decided. */
  readonly enabled?: boolean;
  readonly summarySheetId?: string;
  readonly historySheetId?: string;
  readonly historyTableId?: string;
  /** The summary's chart (Chart.id, ExcelApi 1.7): found by id, so a rename or another language finds it. */
  readonly chartId?: string;
  /** Columns the last summary filled (absent: the five without receivables), to keep the chart clear of them. */
  readonly summaryWidth?: number;
  readonly reviewSheetId?: string;
  /** The size of the last review block, blanked before a shorter one is written. */
  readonly reviewRows?: number;
  readonly reviewWidth?: number;
  /** Who the review asks to settle first: a cap rule's id, or `ANY_OVERDUE`; absent: the rule set's overdue cap. */
  readonly settleFirst?: string;
}

/** `settleFirst` for "any balance past due": not a rule id (ids have no asterisk), so it cannot clash with one. */
const ANY_OVERDUE = "*anyOverdue";

/** The review's saved pick of who must settle first; `undefined` when none was made. */
export function settleFirstFrom(settings: PortfolioSettings | null): SettleFirst | undefined {
  const saved = settings?.settleFirst;
  return saved === undefined ? undefined : saved === ANY_OVERDUE ? "anyOverdue" : { rule: saved };
}

export const storedSettleFirst = (choice: SettleFirst): string => (choice === "anyOverdue" ? ANY_OVERDUE : choice.rule);

export function portfolioSettingsFrom(value: unknown): PortfolioSettings | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (key: string): Record<string, string> => (typeof v[key] === "string" ? { [key]: v[key] as string } : {});
  const count = (key: string): Record<string, number> =>
    typeof v[key] === "number" ? { [key]: v[key] as number } : {};
  return {
    ...(typeof v["enabled"] === "boolean" ? { enabled: v["enabled"] } : {}),
    ...text("summarySheetId"),
    ...text("historySheetId"),
    ...text("historyTableId"),
    ...text("chartId"),
    ...count("summaryWidth"),
    ...text("reviewSheetId"),
    ...count("reviewRows"),
    ...count("reviewWidth"),
    ...text("settleFirst"),
  };
}
