/**
 * The Excel adapter: what the task pane (and the ribbon's Grade all) use. One object per workbook session;
 * every call goes through the host's `run`, and data problems come back as values.
 */
import {
  type ColumnMapping,
  type GradeReport,
  type MappingOverrides,
  type Result,
  type RuleSet,
  type RuleSetProblem,
  type SettleFirst,
  defaultRuleSet,
  err,
  loadRuleSet,
  mapTableColumns,
  ok,
  serialFromLocalDate,
} from "../engine";
import { AutoGrader } from "./autoGrade";
import { gradeColumnHolds, isDataChange } from "./dataChanges";
import type { BoundTable } from "./bound";
import { type AdapterError, adapterErrors } from "./errors";
import { type GradeAllOptions, type GradeAllSummary, gradeAll } from "./gradeAll";
import type { ExcelHost } from "./host";
import { planOutputColumns } from "../plan";
import { checkRequirements } from "./requirements";
import { type SelectedCustomer, gradeWholeTable, selectedCustomer } from "./selection";
import { type Binding, SETTING_KEYS, bindingFrom, queueSettingRead, settingValue } from "./settings";
import {
  type RuleSetVersion,
  type StoredRuleSetVersion,
  storedVersionsFrom,
  validVersions,
  withReplaced,
} from "./ruleSetVersions";
import { type TableAssessment, assessmentOf } from "./assessment";
import {
  type StoredRulesByTable,
  type TableRules,
  hasOwnEntry,
  ownEntryOn,
  rulesByTableFrom,
  tableRulesOf,
  withTableRules,
  withTableRulesOff,
} from "./tableRuleSets";
import { syncMetaWithSamples } from "./sampleValues";
import { type ColumnValues, readColumnValues } from "./columnValues";
import { type TableValues, readTableValues } from "./readTable";
import { tableLanguage } from "../engine";
import { cellAddress, selectTableCell } from "./cellLocation";
import { currentCustomer } from "./currentCustomer";
import { GradeTally, type GradeTotals, gradeRows, tableProblemError } from "./gradeChunk";
import { type OutputsInUse, claimOutputs, outputsInUse } from "./outputsInUse";
import { type OverridesByTable, readSavedOverrides } from "./savedOverrides";
import { type TemplateFormattingSummary, applyTemplateFormatting } from "./template/applyFormatting";
import { type InsertedTemplate, insertTemplateTable } from "./template/templateTable";
import { PortfolioViews } from "./portfolio/portfolioViews";
import type { PortfolioRefresh } from "./portfolio/refreshPortfolio";
import { type PortfolioSettings, settleFirstFrom } from "./portfolio/portfolioSettings";
import type { YearEndReview } from "./portfolio/yearEndReview";
import type { Lang } from "../engine";
import type { BuildCustomers } from "../engine/lines/types";
import { type BuildOptions, type CustomerTableBuilt, buildCustomerTable } from "./lines/buildCustomerTable";
import { type LinesTableInfo, listLinesTables } from "./lines/linesTables";
import { isItemNotFound } from "./tableMeta";
import type { PortfolioCollector } from "./portfolio/collector";
import {
  type UndoAttempt,
  type UndoOutcome,
  type Undoable,
  isUndoNotSupported,
  runUndoable,
  undoesAsOneStep,
} from "./undoStep";
import type { QueuedWrite } from "./writeOutputs";

/** What Grade all did, the portfolio views it refreshed (when on) and how Excel's Undo can take it back. */
export type GradeAllDone = GradeAllSummary & {
  readonly portfolio?: Result<PortfolioRefresh, AdapterError>;
  readonly undo: UndoOutcome;
  /** Why the output columns could not be remembered as the add-in's (`claimOutputs`); absent when they were. */
  readonly claimError?: unknown;
  /**
   * The data-change watch (`watchDataChanges`) heard the analyst change the table while this run went on: rows
   * read before the edit may be graded on what they held before.
   */
  readonly dataChangedMeanwhile: boolean;
};

/** What the template formatting did, and how Excel's Undo can take it back. */
export type TemplateFormattingDone = TemplateFormattingSummary & { readonly undo: UndoOutcome };

/** One run of Grade all's batch: the grading, and the portfolio views when they are on. */
interface GradeAttempt {
  readonly graded: Result<GradeAllSummary, AdapterError>;
  readonly views: Result<PortfolioRefresh, AdapterError> | null;
  readonly claimError?: unknown;
}

/** Grade all's options, and whether to remember afterwards that the output columns are the add-in's. */
export type GradeAllRequest = GradeAllOptions & {
  /**
   * Records, in Grade all's own run once the table is graded, that the add-in may write the output columns
   * without asking (`claimOutputs`); a failure only means the next run asks again (`claimError`).
   */
  readonly claimOutputs?: boolean;
};

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
  /**
   * The language of the remarks a new rule set writes (a workbook with no rules saved): the analyst's Office
   * language, so a zh-TW analyst gets Traditional Chinese. A workbook's saved rules keep their own language.
   * Asked again by `restore`: custom functions may create the adapter before Office is ready to say it.
   * Absent: the default rule set's own (Simplified Chinese).
   */
  readonly ruleLanguage?: () => Lang;
}

export interface Watch {
  /** Stops listening; events that arrive later are ignored. */
  stop(): Promise<void>;
}

export interface AutoGradeWatch extends Watch {
  /** Resolves when every edit seen so far has been graded (tests and the pane's status use it). */
  settled(): Promise<void>;
}

/** Queues the binding and its table's mapping fixes as the workbook's saved choice (`byTable`: as read). */
function queueBindingSaved(context: Excel.RequestContext, binding: Binding, byTable: OverridesByTable): void {
  context.workbook.settings.add(SETTING_KEYS.binding, binding);
  context.workbook.settings.add(SETTING_KEYS.overridesByTable, { ...byTable, [binding.tableId]: binding.overrides });
}

export type ExcelAdapter = ReturnType<typeof createExcelAdapter>;

export function createExcelAdapter(host: ExcelHost, options: ExcelAdapterOptions = {}) {
  const asOf = (): number => serialFromLocalDate(options.today?.() ?? new Date());
  /** The workbook's rules: every table without rules of its own, and the `=CG.*` formulas, grade by them. */
  let workbookRules: RuleSet = defaultRuleSet(options.ruleLanguage?.());
  /** The rule sets `workbookRules` replaced, as stored in the workbook (read by `restore`). */
  let workbookVersions: readonly StoredRuleSetVersion[] = [];
  /** Each table's own rules as last read or written (`customerGrader.ruleSetByTable`), entries as stored. */
  let rulesByTable: StoredRulesByTable = {};
  /** The bound table's own rules, when it has valid ones; `null`: it grades by the workbook's. */
  let own: TableRules | null = null;
  /** The rules in force on the bound table (the workbook's when none is bound). */
  const inForce = (): RuleSet => own?.ruleSet ?? workbookRules;
  /** The rule sets the rules in force replaced, where those rules live. */
  const inForceVersions = (): readonly StoredRuleSetVersion[] => own?.versions ?? workbookVersions;
  // Validated once per stored list, not at every call (the pane asks at every render).
  let offered: {
    readonly of: readonly StoredRuleSetVersion[];
    readonly versions: readonly RuleSetVersion[];
  } | null = null;
  const offeredVersions = (): readonly RuleSetVersion[] => {
    const stored = inForceVersions();
    if (offered?.of !== stored) offered = { of: stored, versions: validVersions(stored) };
    return offered.versions;
  };
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
  /** The last Grade all's totals, per row, so rows auto-grade grades again replace what they counted. */
  let ledger: { readonly tableId: string; readonly tally: GradeTally } | null = null;
  const totalsOf = (tableId: string): GradeTotals | null =>
    ledger?.tableId === tableId ? ledger.tally.totals() : null;
  let selectionWatch: Watch | null = null;
  let dataWatch: Watch | null = null;
  /** Data changes the watch has heard in this session, so Grade all can tell whether one came while it ran. */
  let dataChangesHeard = 0;
  const stopWatches = async (): Promise<void> => {
    const watches = [autoWatch, selectionWatch, dataWatch];
    autoWatch = selectionWatch = dataWatch = null;
    for (const watch of watches) await watch?.stop();
  };
  const hostError = (): AdapterError | null => checkRequirements(host);
  /** The opening checks of a call on the bound table: a host too old, or no table bound, comes back as an error. */
  /**
   * With ranks in force, the whole table graded for the score card: the last report, else the table read and
   * graded once and kept on the binding (a Grade all, new rules or a new binding replace it).
   */
  const wholeTableReport = async (of: BoundTable): Promise<GradeReport | null> => {
    if (of.lastReport) return of.lastReport;
    const report = await gradeWholeTable(host.run, of, asOf());
    if (report && bound === of) bound = { ...of, lastReport: report };
    return report;
  };

  const boundTable = (tableId?: string): Result<BoundTable, AdapterError> => {
    const problem = hostError();
    if (problem) return err(problem);
    if (!bound) return err(adapterErrors.notBound());
    // A caller holding a cell of an earlier table (the issues of a run before the analyst picked another one).
    if (tableId !== undefined && tableId !== bound.binding.tableId) return err(adapterErrors.tableChanged());
    return ok(bound);
  };
  const portfolio = new PortfolioViews(host);
  /** What the table can assess: graded with no rows, which needs only the header, the mapping and the rules. */
  const assess = (headers: BoundTable["meta"]["headers"], mapping: ColumnMapping, rules: RuleSet) => {
    const probe = gradeRows(headers, [], { ruleSet: rules, mapping, asOf: asOf() });
    return "code" in probe ? null : assessmentOf(probe.report, rules);
  };

  /**
   * After the rules in force changed (saved, or the table's own turned on or off): the bound table is mapped
   * again, since new rules may declare fields of their own, and a report graded by the old rules is dropped.
   */
  const followRulesInForce = (rulesFrom?: BoundTable["rulesFrom"]): void => {
    if (!bound) return;
    const ruleSet = inForce();
    const from = rulesFrom ?? bound.rulesFrom;
    if (ruleSet === bound.ruleSet) {
      bound = { ...bound, rulesFrom: from };
      return;
    }
    const mapping = mapTableColumns(bound.meta.headers, ruleSet, bound.binding.overrides);
    const assessment = assess(bound.meta.headers, mapping, ruleSet);
    bound = { ...bound, ruleSet, rulesFrom: from, mapping, lastReport: null, assessment };
  };

  /** Reads the table's bounds and header, maps its columns, and remembers it (not saved). */
  async function refresh(binding: Binding): Promise<Result<BoundTable, AdapterError>> {
    return host.run(async (context) => {
      // The portfolio settings and the tables' own rules in the same sync: no extra round trip.
      const synced = await syncMetaWithSamples(context, binding, () => ({
        readPortfolio: portfolio.queueRead(context),
        tableRules: queueSettingRead(context, SETTING_KEYS.ruleSetByTable),
      }));
      if (!synced.ok) return synced;
      const { meta, samples, also } = synced.value;
      await also.readPortfolio(meta.id);
      // The table's own rules in force, else the workbook's (also when its own do not validate: the pane says so).
      rulesByTable = rulesByTableFrom(settingValue(also.tableRules));
      const resolved = tableRulesOf(rulesByTable, meta.id, own);
      own = resolved.own;
      const ruleSet = inForce();
      const mapping = mapTableColumns(meta.headers, ruleSet, binding.overrides);
      const plan = planOutputColumns(mapping, meta.columnCount, tableLanguage(meta.headers));
      const next: BoundTable = {
        binding: { ...binding, tableId: meta.id, tableName: meta.name },
        meta,
        mapping,
        outputColumns: plan.toAdd.length === 0 ? plan.columns : null,
        ruleSet,
        rulesFrom: resolved.source,
        lastReport: null,
        samples,
        assessment: assess(meta.headers, mapping, ruleSet),
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

    /**
     * Binds the named table, with the analyst's mapping fixes (by default the ones saved for that table), and
     * saves the choice and the fixes in the workbook.
     */
    async bind(tableName: string, overrides?: MappingOverrides): Promise<Result<BoundTable, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      await stopWatches();
      return exclusive(async () => {
        const saved = await host.run((context) => readSavedOverrides(context, tableName));
        const chosen = overrides ?? (saved.tableId !== null ? saved.byTable[saved.tableId] : undefined) ?? {};
        const refreshed = await refresh({ tableName, tableId: "", overrides: chosen });
        if (!refreshed.ok) return refreshed;
        const { binding } = refreshed.value;
        await host.run(async (context) => {
          queueBindingSaved(context, binding, saved.byTable);
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
        const versions = queueSettingRead(context, SETTING_KEYS.ruleSetVersions);
        await context.sync();
        return { binding: bindingFrom(binding), rules: settingValue(rules), versions: settingValue(versions) };
      });
      workbookVersions = storedVersionsFrom(saved.versions);
      if (saved.rules !== undefined) {
        const loaded = loadRuleSet(saved.rules);
        if (loaded.ok) workbookRules = loaded.value; // an invalid saved rule set leaves the default in force
      } else if (options.ruleLanguage) {
        workbookRules = defaultRuleSet(options.ruleLanguage()); // Office is ready now: its language is known
      }
      // The bound table's own rules, if it has some, are read with it (`refresh`).
      return saved.binding ? refresh(saved.binding) : ok(null);
    },

    /** The rules in force on the bound table: its own where it has them, else the workbook's. */
    ruleSet: inForce,

    /**
     * The workbook's rules, whatever table is bound: what the `=CG.*` custom functions grade by. A formula names
     * no table (only the cells it is given), so it cannot take a table's own rules.
     */
    workbookRuleSet: (): RuleSet => workbookRules,

    /** Recalculates the workbook, so =CG.* formulas computed with an earlier rule set follow the current one. */
    async recalculate(): Promise<void> {
      await host.run(async (context) => {
        context.workbook.application.calculate("Full");
        await context.sync();
      });
    },
    bound: (): BoundTable | null => bound,

    /**
     * Validates a rule set and saves it where the bound table's rules live: its own entry when it has one, else
     * the workbook's rules (shared by every table without its own, and by the `=CG.*` formulas). Refused with
     * every problem's path if invalid. One sync, with the replaced rule set kept as a version.
     */
    async saveRuleSet(json: unknown): Promise<Result<RuleSet, readonly RuleSetProblem[]>> {
      const loaded = loadRuleSet(json);
      if (!loaded.ok) return loaded;
      const savedAt = (options.today?.() ?? new Date()).toISOString();
      const mine = own;
      if (mine) {
        // The table's own: the formulas grade by the workbook's rules, so nothing needs recalculating.
        const versions = withReplaced(mine.versions, mine.ruleSet.source, json, savedAt);
        const next = withTableRules(rulesByTable, mine.tableId, json, versions);
        await host.run(async (context) => {
          context.workbook.settings.add(SETTING_KEYS.ruleSetByTable, next);
          await context.sync();
        });
        rulesByTable = next;
        if (own === mine) own = { tableId: mine.tableId, ruleSet: loaded.value, versions };
      } else {
        // In force before the recalculation is sent: Excel may call the functions before the sync returns.
        const previous = workbookRules;
        const previousVersions = workbookVersions;
        workbookRules = loaded.value;
        // The replaced rule set is kept to go back to, unless the same one was saved again.
        workbookVersions = withReplaced(previousVersions, previous.source, json, savedAt);
        const versions = workbookVersions;
        try {
          await host.run(async (context) => {
            context.workbook.settings.add(SETTING_KEYS.ruleSet, json);
            if (versions !== previousVersions) context.workbook.settings.add(SETTING_KEYS.ruleSetVersions, versions);
            // Custom functions read the rule set: recalculate so every =CG.* formula follows the new rules.
            context.workbook.application.calculate("Full");
            await context.sync();
          });
        } catch (error) {
          workbookRules = previous; // not saved: the workbook still has the old rules
          workbookVersions = previousVersions;
          throw error;
        }
      }
      followRulesInForce();
      return ok(loaded.value);
    },

    /**
     * Gives the bound table rules of its own (`true`: the ones it had when they were turned off, else a copy of the
     * workbook's, so its grades do not change; no version is added anywhere) or makes it share the workbook's
     * again (`false`: its own rules and their versions are kept, turned off, so nothing is lost). One sync;
     * nothing is written to the table, and the `=CG.*` formulas are unaffected.
     */
    async useOwnRuleSet(wanted: boolean): Promise<Result<BoundTable, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      // In the grading queue: a Grade all or a re-grade running keeps the rules it started with.
      return exclusive(async () => {
        const current = bound;
        if (!current) return err(adapterErrors.notBound());
        const { tableId } = current.binding;
        if (wanted ? own?.tableId === tableId : !hasOwnEntry(rulesByTable, tableId)) return ok(current);
        const savedAt = (options.today?.() ?? new Date()).toISOString();
        const on = ownEntryOn(rulesByTable, tableId, workbookRules.source, savedAt);
        const next = wanted
          ? withTableRules(rulesByTable, tableId, on.json, on.versions)
          : withTableRulesOff(rulesByTable, tableId);
        await host.run(async (context) => {
          context.workbook.settings.add(SETTING_KEYS.ruleSetByTable, next);
          await context.sync();
        });
        rulesByTable = next;
        own = wanted ? { tableId, ruleSet: on.restored ?? workbookRules, versions: on.versions } : null;
        followRulesInForce(wanted ? "table" : "workbook");
        return ok(bound ?? current);
      });
    },

    /**
     * The rule sets the ones in force replaced (the bound table's own, or the workbook's) that still validate,
     * newest first (at most five).
     */
    ruleSetVersions: offeredVersions,

    /**
     * Saves the earlier rule set at `index` of `ruleSetVersions()` as the current one, where the rules in force
     * live, as `saveRuleSet` does: the current one becomes a version in turn, so going back can itself be undone.
     */
    async restoreRuleSetVersion(index: number): Promise<Result<RuleSet, readonly RuleSetProblem[]>> {
      const version = offeredVersions()[index];
      // The pane offers only the versions it was given: any other index is a mistake in code.
      if (!version) throw new RangeError(`no earlier rule set at ${index}`);
      return adapter.saveRuleSet(version.json);
    },

    async gradeAll(gradeOptions: GradeAllRequest = {}): Promise<Result<GradeAllDone, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      return exclusive(async () => {
        const current = bound;
        if (!current) return err(adapterErrors.notBound());
        const heardBefore = dataChangesHeard;
        const now = options.today?.() ?? new Date();
        const { ruleSet } = current; // the rules in force on the table, for the whole run
        const lang = ruleSet.language;
        const table = { id: current.binding.tableId, name: current.binding.tableName };
        // What a first, grouped attempt committed before the host refused to group it: carried into the second.
        let collector: PortfolioCollector | null = null;
        let written: QueuedWrite = { cellsWritten: 0, ranges: 0, replacedCells: 0, alikeCells: 0, throughRow: 0 };
        let carried = written;
        // The grading and the portfolio views in one Excel.run: one undo step from ExcelApi 1.20.
        const batch = async (context: Excel.RequestContext, attempt: UndoAttempt): Promise<GradeAttempt> => {
          const earlier = collector;
          collector = portfolio.collector(asOf(), now);
          if (attempt === "again") {
            // Rows the first attempt wrote read back unchanged: their grade changes are only in its collector.
            if (collector && earlier) collector.changes.push(...earlier.changes);
            carried = written;
          }
          const into = collector;
          const withCollector: GradeAllOptions = {
            ...gradeOptions,
            // What the first attempt wrote is the add-in's output now: it counted the analyst's content there.
            ...(attempt === "again" ? { analystFrom: carried.throughRow } : {}),
            onWritten: (queued) => {
              written = {
                cellsWritten: written.cellsWritten + queued.cellsWritten,
                ranges: written.ranges + queued.ranges,
                replacedCells: written.replacedCells + queued.replacedCells,
                alikeCells: written.alikeCells + queued.alikeCells,
                throughRow: Math.max(written.throughRow, queued.throughRow),
              };
            },
            ...(into
              ? {
                  onGraded: (chunk) => {
                    into.onGraded(chunk);
                    gradeOptions.onGraded?.(chunk);
                  },
                }
              : {}),
          };
          const tally = new GradeTally(ruleSet.grades.map((g) => g.letter));
          const graded = await gradeAll(
            context,
            { binding: current.binding, ruleSet, asOf: asOf() },
            { ...withCollector, tally },
          );
          if (graded.ok) ledger = { tableId: current.binding.tableId, tally };
          // The portfolio views (summary sheet and grade history), after the table is written; a cancelled run
          // appends the history of the rows it wrote but has no whole summary. Never rejects: the table is
          // already written.
          const views =
            graded.ok && into
              ? await portfolio.refreshIn(context, into, table, lang, now, !graded.value.cancelled)
              : null;
          // In the same run, so that Ctrl+Z takes back the grading, not this setting.
          let claimError: unknown;
          if (graded.ok && gradeOptions.claimOutputs === true) {
            try {
              await claimOutputs(context, current);
            } catch (error) {
              if (isUndoNotSupported(error)) throw error;
              claimError = error;
            }
          }
          return { graded, views, ...(claimError === undefined ? {} : { claimError }) };
        };
        let done: Undoable<GradeAttempt>;
        try {
          done = await runUndoable(host, batch);
        } catch (error) {
          // The chunks written before the failure keep their history (a refresh failure is dropped: the first stands).
          if (collector) await portfolio.refresh(collector, table, lang, now, false);
          throw error;
        }
        const { graded: result, views, claimError } = done.value;
        if (!result.ok) return result;
        const summary: GradeAllDone = {
          ...result.value,
          cellsWritten: result.value.cellsWritten + carried.cellsWritten,
          writeRanges: result.value.writeRanges + carried.ranges,
          replacedCells: result.value.replacedCells + carried.replacedCells,
          alikeCells: result.value.alikeCells + carried.alikeCells,
          undo: done.undo,
          dataChangedMeanwhile: dataChangesHeard !== heardBefore,
          ...(views ? { portfolio: views } : {}),
          ...(claimError === undefined ? {} : { claimError }),
        };
        // The table now has its output columns: refresh what we know (bounds, headers, mapping).
        const refreshed = await refresh(current.binding);
        // With rank criteria the full report is what the score card reads (one row cannot be graded alone).
        if (refreshed.ok && summary.report) bound = { ...refreshed.value, lastReport: summary.report };
        return ok(summary);
      });
    },

    /** Whether Grade all and the template formatting are one step of Excel's Undo here (ExcelApi 1.20). */
    undoesAsOneStep: (): boolean => undoesAsOneStep(host),

    /**
     * Re-grades edited rows as the analyst types (the auto-grade switch). `onRowsGraded` hears of each round with
     * the table's totals as they now are (the last Grade all's, with the rows graded since replaced), or `null`
     * when no Grade all of this table ran in this session.
     */
    async startAutoGrade(
      callbacks: {
        onRowsGraded?: (totals: GradeTotals | null) => void;
        onError?: (error: unknown) => void;
      } = {},
    ): Promise<Result<AutoGradeWatch, AdapterError>> {
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
          if (!result.ok) return callbacks.onError?.(result.error);
          callbacks.onRowsGraded?.(totalsOf(current.meta.id));
        },
        asOf,
        // Edits re-grade rows outside Grade all: their grade changes go to the grade history too, or the
        // next Grade all would read the new grade as the old one and the migration table would miss them.
        afterWrite: async (chunks) => {
          const now = options.today?.() ?? new Date();
          const collector = portfolio.collector(asOf(), now);
          if (!collector) return;
          for (const chunk of chunks) collector.onGraded(chunk);
          if (collector.changes.length === 0) return;
          const of = (bound ?? current).binding;
          const table = { id: of.tableId, name: of.tableName };
          const recorded = await portfolio.refresh(collector, table, (bound ?? current).ruleSet.language, now, false);
          if (!recorded.ok) callbacks.onError?.(recorded.error);
        },
        debounceMs: options.debounceMs ?? 300,
        onRowsGraded: (chunks) => {
          const kept = ledger?.tableId === current.meta.id ? ledger.tally : null;
          for (const chunk of chunks) kept?.add(chunk.report, chunk.firstRow);
          callbacks.onRowsGraded?.(totalsOf(current.meta.id));
        },
        ...(callbacks.onError ? { onError: callbacks.onError } : {}),
      });
      // Where changes carry a trigger source (ExcelApi 1.14, the worksheet's event), the add-in's own writes
      // are recognised by it; elsewhere the table's event, with events off while writing and the own-columns filter.
      const withTriggerSource = host.isSetSupported("ExcelApi", "1.14");
      const registration = await host.run(async (context) => {
        const table = context.workbook.tables.getItem(current.meta.name);
        const handler = withTriggerSource
          ? table.worksheet.onChanged.add(grader.handleWorksheet)
          : table.onChanged.add(grader.handle);
        await context.sync();
        return handler;
      });
      let removed = false;
      const watch: AutoGradeWatch = {
        settled: () => grader.settled(),
        stop: async () => {
          if (autoWatch === watch) autoWatch = null;
          grader.stop();
          // Stopped by a new binding and then by its owner: the handler is removed once.
          if (removed) return;
          removed = true;
          await host.removeHandler(registration);
        },
      };
      autoWatch = watch;
      return ok(watch);
    },

    /**
     * Calls `onChange` when the analyst changes the bound table's data (while auto-grade is off, so the pane can
     * say the grades are out of date): an edit outside the add-in's output columns, rows or columns added or
     * deleted, a header edited. The table's own `onChanged` (ExcelApi 1.7); the add-in's writes are made with
     * events off, so they are never heard. One such watch at a time; binding a table stops it.
     */
    async watchDataChanges(onChange: () => void): Promise<Result<Watch, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      const current = bound;
      if (!current) return err(adapterErrors.notBound());
      await dataWatch?.stop();
      dataWatch = null;
      let stopped = false;
      const registration = await host.run(async (context) => {
        const handler = context.workbook.tables.getItem(current.meta.name).onChanged.add(async (args) => {
          const now = bound;
          if (stopped || !now || !isDataChange(now, args)) return;
          dataChangesHeard += 1;
          onChange();
        });
        await context.sync();
        return handler;
      });
      const watch: Watch = {
        stop: async () => {
          if (dataWatch === watch) dataWatch = null;
          if (stopped) return; // removed once, however often it is stopped
          stopped = true;
          await host.removeHandler(registration);
        },
      };
      dataWatch = watch;
      return ok(watch);
    },

    /**
     * Whether the bound table has grades that a change could leave out of date: a Grade all of it ran in this
     * session (no Excel call), or its grade column holds something (one sync, no values read).
     */
    async hasGrades(): Promise<Result<boolean, AdapterError>> {
      const current = boundTable();
      if (!current.ok) return current;
      if (ledger?.tableId === current.value.binding.tableId) return ok(true);
      return ok(await host.run((context) => gradeColumnHolds(context, current.value)));
    },

    /**
     * Why the bound table cannot be graded (no header, no column the rule set reads), or `null`; no Excel call,
     * so the pane can say it before the analyst presses Grade all.
     */
    tableProblem(): AdapterError | null {
      if (!bound) return adapterErrors.notBound();
      const probe = gradeRows(bound.meta.headers, [], { ruleSet: bound.ruleSet, mapping: bound.mapping, asOf: asOf() });
      return "code" in probe ? tableProblemError(probe) : null;
    },

    /**
     * What the bound table can assess under the rules in force (not assessed dimensions, amount scale, as-of
     * date), or `null` when no table is bound or it cannot be graded; no Excel call.
     */
    tableAssessment(): TableAssessment | null {
      return bound?.assessment ?? null;
    },

    /**
     * The A1 address ("客户!D6") of a data cell of the bound table (0-based data row and table column); null when
     * no table is bound, or `tableId` names a table that is no longer the bound one.
     */
    cellAddress(row: number, column: number, tableId?: string): string | null {
      const current = boundTable(tableId);
      return current.ok ? cellAddress(current.value, row, column) : null;
    },

    /**
     * Selects a data cell of the bound table in Excel (activating its sheet), e.g. an issue's cell; refused with
     * "table-changed" when `tableId` names a table that is no longer the bound one.
     */
    async selectCell(row: number, column: number, tableId?: string): Promise<Result<void, AdapterError>> {
      const current = boundTable(tableId);
      if (!current.ok) return current;
      await host.run((context) => selectTableCell(context, current.value.meta, row, column));
      return ok(undefined);
    },

    /** What the bound table's grade / score / remark columns already hold, before a first Grade all replaces it. */
    async outputsInUse(): Promise<Result<OutputsInUse, AdapterError>> {
      const current = boundTable();
      if (!current.ok) return current;
      return ok(await host.run((context) => outputsInUse(context, current.value)));
    },

    /**
     * What the bound table's column headed `header` holds (numbers and their range, distinct texts with counts),
     * for the pane's "new indicator" dialog: 1 + one sync per chunk of rows, nothing written.
     */
    async columnValues(header: string): Promise<Result<ColumnValues, AdapterError>> {
      const current = boundTable();
      if (!current.ok) return current;
      return host.run((context) => readColumnValues(context, current.value.binding, header));
    },

    /** Every row of the bound table as values (the header as read now), without writing anything. */
    async readTable(
      onProgress?: (rowsRead: number, rowCount: number) => void,
    ): Promise<Result<TableValues, AdapterError>> {
      const current = boundTable();
      if (!current.ok) return current;
      return host.run((context) => readTableValues(context, current.value.binding, onProgress));
    },

    /** Remembers in the workbook that the add-in may write the bound table's output columns without asking. */
    async claimOutputs(): Promise<Result<void, AdapterError>> {
      const current = boundTable();
      if (!current.ok) return current;
      await host.run((context) => claimOutputs(context, current.value));
      return ok(undefined);
    },

    /** The customer under the current selection (the score card when the pane opens), or `null` outside the table. */
    async currentCustomer(): Promise<Result<SelectedCustomer | null, AdapterError>> {
      const current = boundTable();
      if (!current.ok) return current;
      try {
        return ok(await currentCustomer(host.run, current.value, asOf(), () => wholeTableReport(current.value)));
      } catch (error) {
        // A chart, a shape or several areas selected: no customer, as outside the table.
        if ((error as { code?: unknown } | null)?.code === "InvalidSelection") return ok(null);
        throw error;
      }
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
          listener(await selectedCustomer(host.run, now, args, asOf(), () => wholeTableReport(now)));
        });
        await context.sync();
        return handler;
      });
      const watch: Watch = {
        stop: async () => {
          if (selectionWatch === watch) selectionWatch = null;
          if (stopped) return; // removed once, however often it is stopped
          stopped = true;
          await host.removeHandler(registration);
        },
      };
      selectionWatch = watch;
      return ok(watch);
    },

    /**
     * Makes the bound table look and behave like the company's customer template: table style, grade colours,
     * score bar, number formats, drop-down lists, frozen header, fitted columns. Only the add-in's own rules are
     * replaced; applying it twice changes nothing the second time.
     */
    async applyTemplateFormatting(): Promise<Result<TemplateFormattingDone, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      return exclusive(async () => {
        const current = bound;
        if (!current) return err(adapterErrors.notBound());
        const enabling: { commit: (() => void) | null } = { commit: null };
        // One Excel.run: one undo step from ExcelApi 1.20. Run again after a refusal, it changes only what the
        // first attempt had not (applying twice changes nothing).
        const { value: result, undo } = await runUndoable(host, (context) =>
          applyTemplateFormatting(context, {
            binding: current.binding,
            ruleSet: current.ruleSet,
            // The summary sheet and the grade history come with the template, unless the analyst turned them off.
            alsoQueue: (c) => {
              enabling.commit = portfolio.queueEnableUnlessDecided(c);
            },
          }),
        );
        if (!result.ok) return result;
        enabling.commit?.();
        // A first attempt may have added the output columns before the host refused to group it.
        if (result.value.addedColumns.length > 0 || undo === "not-grouped") await refresh(current.binding);
        return ok({ ...result.value, undo });
      });
    },

    /**
     * Inserts the template table on a new sheet (in `lang`, by default the language of the workbook's rules, which
     * the new table shares) with the sample rows, binds it and applies the template formatting: ready to grade.
     * One Excel.run, so one undo step from ExcelApi 1.20 takes the sheet, the table, the saved binding and the
     * formatting back together. A failed formatting leaves the new table bound (it is in the workbook): the error
     * is the formatting's.
     */
    async insertTemplateTable(
      lang: Lang = workbookRules.language,
    ): Promise<Result<InsertedTemplate & { readonly formatting: TemplateFormattingDone }, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      return exclusive(async () => {
        // What a first attempt inserted before the host refused to group the batch: run again, it formats that
        // table instead of inserting a second one (a refused request applies nothing, so an insert whose own
        // request was refused left nothing behind and is made again).
        const first: { inserted: InsertedTemplate | null } = { inserted: null };
        const enabling: { commit: (() => void) | null } = { commit: null };
        const { value: result, undo } = await runUndoable(host, async (context) => {
          if (first.inserted === null) {
            const made = await insertTemplateTable(context, lang);
            if (!made.ok) return made;
            first.inserted = made.value;
          }
          const { tableName, tableId } = first.inserted;
          const binding: Binding = { tableName, tableId, overrides: {} };
          const saved = await readSavedOverrides(context, binding.tableName);
          queueBindingSaved(context, binding, saved.byTable);
          return applyTemplateFormatting(context, {
            binding,
            ruleSet: workbookRules, // a new table has no rules of its own
            alsoQueue: (c) => {
              enabling.commit = portfolio.queueEnableUnlessDecided(c);
            },
          });
        });
        const made = first.inserted;
        if (made === null) return result.ok ? err(adapterErrors.notBound()) : result; // nothing was inserted
        // Only now another table is bound: an insert that made nothing leaves the bound table's watches running.
        await stopWatches();
        const refreshed = await refresh({ tableName: made.tableName, tableId: made.tableId, overrides: {} });
        if (!result.ok) return result;
        enabling.commit?.();
        if (!refreshed.ok) return refreshed;
        return ok({ ...made, formatting: { ...result.value, undo } });
      });
    },

    /**
     * Whether Grade all refreshes the summary sheets and appends to the grade histories (one switch for the
     * workbook), and the bound table's sheets made so far; `null` when the workbook has saved nothing.
     */
    portfolioViews: (): PortfolioSettings | null => portfolio.settingsOf(bound?.binding.tableId ?? null),

    /**
     * Who the bound table's year-end review asked to settle first last time; `undefined`: never chosen (the
     * overdue cap).
     */
    settleFirst: (): SettleFirst | undefined => settleFirstFrom(portfolio.settingsOf(bound?.binding.tableId ?? null)),

    /**
     * Writes the bound table's year-end review sheet: the tier migration since `since` (from the table's grade
     * history) and the screening lists of the table graded now (key accounts, unsettled balances, candidates to
     * drop). A second review of the table rewrites its sheet; another table's is never touched. `settleFirst`:
     * who must settle first (remembered for the table); absent, the choice made last time.
     */
    async yearEndReview(since: Date, settleFirst?: SettleFirst): Promise<Result<YearEndReview, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      return exclusive(async () => {
        const current = bound;
        if (!current) return err(adapterErrors.notBound());
        return portfolio.review({
          binding: current.binding,
          ruleSet: current.ruleSet,
          asOf: asOf(),
          since: serialFromLocalDate(since),
          lang: current.ruleSet.language,
          ...(settleFirst ? { settleFirst } : {}),
        });
      });
    },

    /**
     * Turns the summary sheet and grade history on or off for this workbook (saved in it). In the adapter's
     * queue: a history append running meanwhile would otherwise write back the setting it read before.
     */
    async setPortfolioViews(enabled: boolean): Promise<void> {
      await exclusive(() => portfolio.setEnabled(enabled));
    },

    /**
     * The workbook's tables for building customers from lines, each marked when it looks like a lines table,
     * has a customer table built from it, or is one (`build`: the engine's builder, asked about each header).
     */
    async linesTables(build: BuildCustomers, lang: Lang): Promise<Result<LinesTableInfo[], AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      const tables = await host.run((context) => listLinesTables(context, build, lang));
      return tables.length === 0 ? err(adapterErrors.noTables()) : ok(tables);
    },

    /**
     * Builds the customer table from the lines table `linesTable` on a new sheet, or refreshes the one built
     * from it before (measures only; every other column stays). In the grading queue: a Grade all of the
     * customer table waits for it, and the bound table is read again afterwards.
     */
    async buildCustomerTable(
      linesTable: string,
      build: BuildCustomers,
      buildOptions: BuildOptions,
    ): Promise<Result<CustomerTableBuilt, AdapterError>> {
      const problem = hostError();
      if (problem) return err(problem);
      return exclusive(async () => {
        let result: Result<CustomerTableBuilt, AdapterError>;
        try {
          result = await host.run((context) => buildCustomerTable(context, linesTable, build, buildOptions));
        } catch (error) {
          if (isItemNotFound(error)) return err(adapterErrors.tableNotFound(linesTable));
          throw error;
        }
        const current = bound;
        if (result.ok && current && current.meta.id === result.value.tableId) await refresh(current.binding);
        return result;
      });
    },

    /** Selects a cell ("C7") of a sheet, activating the sheet (an unreadable line's cell). */
    async selectSheetCell(sheetName: string, cell: string): Promise<void> {
      await host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(cell).select();
        await context.sync();
      });
    },
  };
  return adapter;
}
