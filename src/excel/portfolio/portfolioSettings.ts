/**
 * What the workbook remembers about the portfolio views: whether Grade all refreshes them (one switch for the
 * workbook), and for each bound table, by table id, which sheets and table are its own (by id, so a sheet the
 * analyst renames stays ours, one the analyst made with the same name is never taken, and a renamed table
 * keeps its sheets).
 *
 * A workbook made before the views were per table holds one flat set of views. It belongs to the table the
 * workbook's saved binding names when this version first reads it (the table last bound, whose Grade all last
 * wrote the summary); with no binding saved, to the first table bound. It is given to that table once and
 * saved so (`claimUnassigned`), so binding another table later never takes it.
 */
import type { SettleFirst } from "../../engine";

export const PORTFOLIO_SETTING = "customerGrader.portfolio";

/** A bound table: its id (which a rename keeps) and its name now. */
export interface TableRef {
  readonly id: string;
  readonly name: string;
}

/** One table's views: its sheets, history table and chart (by id), the sizes last written, the review's pick. */
export interface TablePortfolio {
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

/** What one table's views go by: the workbook's switch and the table's own sheets. */
export interface PortfolioSettings extends TablePortfolio {
  /** Grade all refreshes the summary and appends to the history; absent while the analyst has not decided. */
  readonly enabled?: boolean;
}

/** The setting as stored. */
export interface WorkbookPortfolio {
  readonly enabled?: boolean;
  /** Each bound table's views, by Excel's table id (which a rename keeps). */
  readonly tables: Readonly<Record<string, TablePortfolio>>;
  /** The one set of views of a workbook made before they were per table, until a table is given it. */
  readonly unassigned?: TablePortfolio;
}

/** `settleFirst` for "any balance past due": not a rule id (ids have no asterisk), so it cannot clash with one. */
const ANY_OVERDUE = "*anyOverdue";

/** The review's saved pick of who must settle first; `undefined` when none was made. */
export function settleFirstFrom(settings: TablePortfolio | null): SettleFirst | undefined {
  const saved = settings?.settleFirst;
  return saved === undefined ? undefined : saved === ANY_OVERDUE ? "anyOverdue" : { rule: saved };
}

export const storedSettleFirst = (choice: SettleFirst): string => (choice === "anyOverdue" ? ANY_OVERDUE : choice.rule);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** One table's views as stored; `null` when the value holds none of them. */
function tablePortfolioFrom(v: Record<string, unknown>): TablePortfolio | null {
  const text = (key: string): Record<string, string> => (typeof v[key] === "string" ? { [key]: v[key] as string } : {});
  const count = (key: string): Record<string, number> =>
    typeof v[key] === "number" ? { [key]: v[key] as number } : {};
  const views: TablePortfolio = {
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
  return Object.keys(views).length === 0 ? null : views;
}

/** The stored setting, in either shape (a flat one is a workbook made before the views were per table). */
export function workbookPortfolioFrom(value: unknown): WorkbookPortfolio | null {
  if (!isRecord(value)) return null;
  const enabled = typeof value["enabled"] === "boolean" ? { enabled: value["enabled"] } : {};
  const stored = value["tables"];
  if (!isRecord(stored)) {
    const flat = tablePortfolioFrom(value);
    return { ...enabled, tables: {}, ...(flat ? { unassigned: flat } : {}) };
  }
  const tables: Record<string, TablePortfolio> = {};
  for (const [id, views] of Object.entries(stored)) if (isRecord(views)) tables[id] = tablePortfolioFrom(views) ?? {};
  const unassigned = isRecord(value["unassigned"]) ? tablePortfolioFrom(value["unassigned"]) : null;
  return { ...enabled, tables, ...(unassigned ? { unassigned } : {}) };
}

/** What one table's views go by; an empty set for a table that has none yet. */
export function tableSettings(workbook: WorkbookPortfolio | null, tableId: string): PortfolioSettings {
  return {
    ...(workbook?.enabled === undefined ? {} : { enabled: workbook.enabled }),
    ...(workbook?.tables[tableId] ?? {}),
  };
}

/** The workbook's views with one table's replaced (its `enabled`, the workbook's switch, is not the table's). */
export function withTable(
  workbook: WorkbookPortfolio | null,
  tableId: string,
  settings: PortfolioSettings,
): WorkbookPortfolio {
  const views = tablePortfolioFrom({ ...settings }) ?? {};
  return { ...(workbook ?? {}), tables: { ...(workbook?.tables ?? {}), [tableId]: views } };
}

/**
 * The flat views of a workbook made before they were per table, given to `owner` (see the file's comment);
 * the same object when there is nothing to give. A table that already has views of its own keeps them.
 */
export function claimUnassigned(workbook: WorkbookPortfolio, owner: string): WorkbookPortfolio {
  const { unassigned, ...rest } = workbook;
  if (!unassigned) return workbook;
  return { ...rest, tables: { ...(rest.tables[owner] ? {} : { [owner]: unassigned }), ...rest.tables } };
}
