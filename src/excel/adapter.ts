/**
 * The Excel adapter: what the task pane (and the ribbon's Grade all) use. One object per workbook session;
 * every call goes through the host's `run`, and data problems come back as values.
 */
import {
  isRelativeToTable,
  type MappingOverrides,
  type Result,
  type RuleSet,
  type RuleSetProblem,
  defaultRuleSet,
  err,
  loadRuleSet,
  mapColumns,
  ok,
  serialFromLocalDate,
} from "../engine";
import { AutoGrader } from "./autoGrade";
import type { BoundTable } from "./bound";
import { type AdapterError, adapterErrors } from "./errors";
import { type GradeAllOptions, type GradeAllSummary, gradeAll } from "./gradeAll";
import type { ExcelHost } from "./host";
import { planOutputColumns } from "./outputColumns";
import { checkRequirements } from "./requirements";
import { type SelectedCustomer, selectedCustomer } from "./selection";
import { type Binding, SETTING_KEYS, bindingFrom, queueSettingRead, settingValue } from "./settings";
import { isItemNotFound, metaAfterSync, missingTableError, queueMeta } from "./tableMeta";
import { tableLanguage } from "../engine";

export interface TableInfo {
  readonly name: string;
  readonly id: string;
  readonly sheetName: string;
}

export interface ExcelAdapterOptions {
  /** "Today", for relationship years and stale records; the engine never reads the clock itself. */
  readonly today?: () => Date;
  /** How long edits are collected before re-grading (ms). */
  readonly debounceMs?: number;
}

export interface Watch {
  /** Stops listening; events that arrive later are ignored. */
  stop(): Promise<void>;
}

export interface AutoGradeWatch extends Watch {
  /** Resolves when every edit seen so far has been graded (tests and the pane's status use it). */
  settled(): Promise<void>;
}

export type ExcelAdapter = ReturnType<typeof createExcelAdapter>;

export function createExcelAdapter(host: ExcelHost, options: ExcelAdapterOptions = {}) {
  const asOf = (): number => serialFromLocalDate(options.today?.() ?? new Date());
  let ruleSet: RuleSet = defaultRuleSet();
  let bound: BoundTable | null = null;
  // One grading at a time: a Grade all from the pane, the ribbon and the auto-grade's re-grades would
  // otherwise add the output columns twice and switch events off and on under each other.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  // At most one watch of each kind, on the bound table; binding another table stops them.
  let autoWatch: AutoGradeWatch | null = null;
  let selectionWatch: Watch | null = null;
  const stopWatches = async (): Promise<void> => {
    const watches = [autoWatch, selectionWatch];
    autoWatch = selectionWatch = null;
    for (const watch of watches) await watch?.stop();
  };
  const hostError = (): AdapterError | null => checkRequirements(host);

  /** Reads the table's bounds and header, maps its columns, and remembers it (not saved). */
  async function refresh(binding: Binding): Promise<Result<BoundTable, AdapterError>> {
    return host.run(async (context) => {
      const queued = queueMeta(context, binding.tableName);
      try {
        await context.sync();
      } catch (error) {
        if (isItemNotFound(error)) return err(await missingTableError(context, binding));
        throw error;
      }
      const meta = metaAfterSync(queued);
      const mapping = mapColumns(meta.headers, binding.overrides);
      const plan = planOutputColumns(mapping, meta.columnCount, tableLanguage(meta.headers));
      const next: BoundTable = {
        binding: { ...binding, tableId: meta.id, tableName: meta.name },
        meta,
        mapping,
        outputColumns: plan.toAdd.length === 0 ? plan.columns : null,
        ruleSet,
        lastReport: null,
      };
      bound = next;
      return ok(next);
    });
  }

  const adapter = {
    /** A message for a host too old to run the add-in, or `null`. */
    hostError,

    async listTables(): Promise<Result<TableInfo[], AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      return host.run(async (context) => {
        const tables = context.workbook.tables.load("items/name,items/id,items/worksheet/name");
        await context.sync();
        if (tables.items.length === 0) return err(adapterErrors.noTables());
        return ok(tables.items.map((t) => ({ name: t.name, id: t.id, sheetName: t.worksheet.name })));
      });
    },

    /** Binds the named table, with the analyst's mapping fixes, and saves the choice in the workbook. */
    async bind(tableName: string, overrides: MappingOverrides = {}): Promise<Result<BoundTable, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      await stopWatches();
      return exclusive(async () => {
        const refreshed = await refresh({ tableName, tableId: "", overrides });
        if (!refreshed.ok) return refreshed;
        await host.run(async (context) => {
          context.workbook.settings.add(SETTING_KEYS.binding, refreshed.value.binding);
          await context.sync();
        });
        return refreshed;
      });
    },

    /** Restores the binding and rule set saved in the workbook; `null` when none was saved. */
    async restore(): Promise<Result<BoundTable | null, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      const saved = await host.run(async (context) => {
        const binding = queueSettingRead(context, SETTING_KEYS.binding);
        const rules = queueSettingRead(context, SETTING_KEYS.ruleSet);
        await context.sync();
        return { binding: bindingFrom(binding), rules: settingValue(rules) };
      });
      if (saved.rules !== undefined) {
        const loaded = loadRuleSet(saved.rules);
        if (loaded.ok) ruleSet = loaded.value; // an invalid saved rule set leaves the default in force
      }
      return saved.binding ? refresh(saved.binding) : ok(null);
    },

    ruleSet: (): RuleSet => ruleSet,

    /** Recalculates the workbook, so =CG.* formulas computed with an earlier rule set follow the current one. */
    async recalculate(): Promise<void> {
      await host.run(async (context) => {
        context.workbook.application.calculate("Full");
        await context.sync();
      });
    },
    bound: (): BoundTable | null => bound,

    /** Validates a rule set and saves it in the workbook; refused with every problem's path if invalid. */
    async saveRuleSet(json: unknown): Promise<Result<RuleSet, readonly RuleSetProblem[]>> {
      const loaded = loadRuleSet(json);
      if (!loaded.ok) return loaded;
      // In force before the recalculation is sent: Excel may call the functions before the sync returns.
      const previous = ruleSet;
      ruleSet = loaded.value;
      try {
        await host.run(async (context) => {
          context.workbook.settings.add(SETTING_KEYS.ruleSet, json);
          // Custom functions read the rule set: recalculate so every =CG.* formula follows the new rules.
          context.workbook.application.calculate("Full");
          await context.sync();
        });
      } catch (error) {
        ruleSet = previous; // not saved: the workbook still has the old rules
        throw error;
      }
      if (bound) bound = { ...bound, ruleSet, lastReport: null };
      return ok(ruleSet);
    },

    async gradeAll(gradeOptions: GradeAllOptions = {}): Promise<Result<GradeAllSummary, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      return exclusive(async () => {
        const current = bound;
        if (!current) return err(adapterErrors.notBound());
        const relative = isRelativeToTable(ruleSet);
        const result = await host.run((context) =>
          gradeAll(context, { binding: current.binding, ruleSet, asOf: asOf(), relativeToTable: relative }, gradeOptions),
        );
        if (result.ok) {
          // The table now has its output columns: refresh what we know (bounds, headers, mapping).
          const refreshed = await refresh(current.binding);
          if (refreshed.ok && relative) bound = { ...refreshed.value, lastReport: result.value.report };
        }
        return result;
      });
    },

    /** Re-grades edited rows as the analyst types (the auto-grade switch). */
    async startAutoGrade(callbacks: { onRowsGraded?: (rows: readonly number[]) => void; onError?: (error: unknown) => void } = {}): Promise<Result<AutoGradeWatch, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      const current = bound;
      if (!current) return err(adapterErrors.notBound());
      await autoWatch?.stop();
      autoWatch = null;
      const grader = new AutoGrader(host.run, {
        current: () => bound,
        exclusive,
        updateBounds: (meta) => {
          if (bound && bound.meta.id === meta.id) bound = { ...bound, meta };
        },
        gradeAll: async () => {
          const result = await adapter.gradeAll();
          if (!result.ok) callbacks.onError?.(result.error);
        },
        asOf,
        debounceMs: options.debounceMs ?? 300,
        ...(callbacks.onRowsGraded ? { onRowsGraded: callbacks.onRowsGraded } : {}),
        ...(callbacks.onError ? { onError: callbacks.onError } : {}),
      });
      // Where changes carry a trigger source (ExcelApi 1.14, the worksheet's event), the add-in's own writes
      // are recognised by it; elsewhere the table's event, with events off while writing and the own-columns filter.
      const withTriggerSource = host.isSetSupported("ExcelApi", "1.14");
      const registration = await host.run(async (context) => {
        const table = context.workbook.tables.getItem(current.meta.name);
        const handler = withTriggerSource ? table.worksheet.onChanged.add(grader.handleWorksheet) : table.onChanged.add(grader.handle);
        await context.sync();
        return handler;
      });
      const watch: AutoGradeWatch = {
        settled: () => grader.settled(),
        stop: async () => {
          if (autoWatch === watch) autoWatch = null;
          grader.stop();
          await host.removeHandler(registration);
        },
      };
      autoWatch = watch;
      return ok(watch);
    },

    /** Calls `listener` with the selected customer (or `null` outside the table) as the selection moves. */
    async watchSelection(listener: (customer: SelectedCustomer | null) => void): Promise<Result<Watch, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      const current = bound;
      if (!current) return err(adapterErrors.notBound());
      await selectionWatch?.stop();
      selectionWatch = null;
      let stopped = false;
      const registration = await host.run(async (context) => {
        const table = context.workbook.tables.getItem(current.meta.name);
        const handler = table.onSelectionChanged.add(async (args) => {
          const now = bound;
          if (stopped || !now || args.tableId !== now.meta.id) return;
          listener(await selectedCustomer(host.run, now, args, asOf()));
        });
        await context.sync();
        return handler;
      });
      const watch: Watch = {
        stop: async () => {
          if (selectionWatch === watch) selectionWatch = null;
          stopped = true;
          await host.removeHandler(registration);
        },
      };
      selectionWatch = watch;
      return ok(watch);
    },
  };
  return adapter;
}
