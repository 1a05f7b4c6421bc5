/**
 * The portfolio views' state in one adapter: on or off (saved in the workbook), each table's sheets made so far
 * (by table id), and what Grade all calls before and after grading. Off until the analyst applies the template formatting or
 * inserts the template table (or turns them on): Grade all then adds sheets to the workbook, which nobody
 * should find there without having asked for them.
 */
import { type Lang, type Result, err, ok, serialFromLocalDate } from "../../engine";
import { type AdapterError, adapterErrors } from "../errors";
import type { ExcelHost } from "../host";
import { SETTING_KEYS, bindingFrom, queueSettingRead, settingValue } from "../settings";
import { isUndoNotSupported } from "../undoStep";
import { PortfolioCollector } from "./collector";
import {
  PORTFOLIO_SETTING,
  type PortfolioSettings,
  type TableRef,
  type WorkbookPortfolio,
  claimUnassigned,
  tableSettings,
  withTable,
  workbookPortfolioFrom,
} from "./portfolioSettings";
import { type PortfolioRefresh, refreshPortfolio } from "./refreshPortfolio";
import { type ReviewInput, type YearEndReview, yearEndReview } from "./yearEndReview";

/** An Excel serial with the time of day (the engine's dates are whole days). */
function serialWithTime(date: Date): number {
  const seconds = date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds();
  return serialFromLocalDate(date) + Math.round((seconds / 86400) * 1e6) / 1e6;
}

/** Excel's error code and message, for the analyst to quote to support. */
function errorText(error: unknown): string {
  if (typeof error !== "object" || error === null) return String(error);
  const { code, message } = error as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === "string" && part !== "").join(": ") || "unknown error";
}

export class PortfolioViews {
  /** `null` until read from the workbook, or when nothing was ever saved. */
  private saved: WorkbookPortfolio | null = null;

  constructor(private readonly host: ExcelHost) {}

  /**
   * One table's views with the workbook's switch (`tableId` null: the switch alone, before any table is
   * bound); `null` when the workbook has saved nothing.
   */
  settingsOf(tableId: string | null): PortfolioSettings | null {
    if (this.saved === null) return null;
    if (tableId !== null) return tableSettings(this.saved, tableId);
    return this.saved.enabled === undefined ? {} : { enabled: this.saved.enabled };
  }

  get enabled(): boolean {
    return this.saved?.enabled === true;
  }

  /**
   * Queues reading the saved state into a sync the caller makes anyway, with the binding saved before this
   * call (whose table a workbook's views made before they were per table belong to); call the result after
   * that sync with the table being bound. Such views are given to their table then, and saved so (one more
   * sync, once per workbook).
   */
  queueRead(context: Excel.RequestContext): (boundNow: string) => Promise<void> {
    const setting = queueSettingRead(context, PORTFOLIO_SETTING);
    const binding = queueSettingRead(context, SETTING_KEYS.binding);
    return async (boundNow) => {
      const read = workbookPortfolioFrom(settingValue(setting));
      if (!read?.unassigned) {
        this.saved = read;
        return;
      }
      const owner = bindingFrom(binding)?.tableId || boundNow;
      const claimed = claimUnassigned(read, owner);
      context.workbook.settings.add(PORTFOLIO_SETTING, claimed);
      await context.sync();
      this.saved = claimed;
    };
  }

  /** A collector for one Grade all when the views are on, else `null`. */
  collector(asOf: number, now: Date): PortfolioCollector | null {
    return this.enabled ? new PortfolioCollector(asOf, serialWithTime(now)) : null;
  }

  /**
   * Appends the collected changes to the table's history and, with `summary`, rewrites its summary sheet (a
   * cancelled or failed Grade all has no whole summary). Never rejects: the table is already written, so a
   * failure here comes back as an error value for the caller to show beside the graded table.
   */
  async refresh(
    collector: PortfolioCollector,
    table: TableRef,
    lang: Lang,
    now: Date,
    summary: boolean,
  ): Promise<Result<PortfolioRefresh, AdapterError>> {
    try {
      return await this.host.run((context) => this.refreshIn(context, collector, table, lang, now, summary));
    } catch (error) {
      return err(adapterErrors.portfolioFailed(errorText(error)));
    }
  }

  /**
   * `refresh` inside a batch the caller runs (Grade all's own, so grading and views are one undo step). Never
   * rejects either, except with UndoNotSupported, which the caller's grouped batch must see to run again.
   */
  async refreshIn(
    context: Excel.RequestContext,
    collector: PortfolioCollector,
    table: TableRef,
    lang: Lang,
    now: Date,
    summary: boolean,
  ): Promise<Result<PortfolioRefresh, AdapterError>> {
    const base: WorkbookPortfolio = this.saved ?? { enabled: true, tables: {} };
    try {
      const result = await refreshPortfolio(context, {
        collector,
        lang,
        table,
        settings: tableSettings(base, table.id),
        toSetting: (next) => withTable(base, table.id, next),
        updated: serialWithTime(now),
        summary,
      });
      if (!result.ok) return result;
      this.saved = withTable(base, table.id, result.value.settings);
      return ok(result.value.refresh);
    } catch (error) {
      if (isUndoNotSupported(error)) throw error;
      return err(adapterErrors.portfolioFailed(errorText(error)));
    }
  }

  /**
   * Writes the bound table's year-end review sheet (migration since `since` from its history, screening
   * lists); does not need the views on.
   */
  async review(input: Omit<ReviewInput, "settings" | "toSetting">): Promise<Result<YearEndReview, AdapterError>> {
    const base: WorkbookPortfolio = this.saved ?? { tables: {} };
    const id = input.binding.tableId;
    const result = await this.host.run((context) =>
      yearEndReview(context, {
        ...input,
        settings: tableSettings(base, id),
        toSetting: (next) => withTable(base, id, next),
      }),
    );
    if (!result.ok) return result;
    this.saved = withTable(base, id, result.value.settings);
    return ok(result.value.review);
  }

  /**
   * Reads what the workbook has saved before writing: called before any bind or restore, `saved` is still
   * unknown, and writing `{enabled}` alone would forget the add-in's sheets (a second summary sheet later).
   */
  async setEnabled(enabled: boolean): Promise<void> {
    this.saved = await this.host.run(async (context) => {
      const setting = queueSettingRead(context, PORTFOLIO_SETTING);
      await context.sync();
      const next: WorkbookPortfolio = {
        ...(workbookPortfolioFrom(settingValue(setting)) ?? { tables: {} }),
        enabled,
      };
      context.workbook.settings.add(PORTFOLIO_SETTING, next);
      await context.sync();
      return next;
    });
  }

  /**
   * On, unless the analyst has decided before (after applying the template formatting): queued into the
   * caller's last sync; call the result once that sync has succeeded. `null` when there is nothing to do.
   */
  queueEnableUnlessDecided(context: Excel.RequestContext): (() => void) | null {
    if (this.saved?.enabled !== undefined) return null;
    const next: WorkbookPortfolio = { ...(this.saved ?? { tables: {} }), enabled: true };
    context.workbook.settings.add(PORTFOLIO_SETTING, next);
    return () => {
      this.saved = next;
    };
  }
}
