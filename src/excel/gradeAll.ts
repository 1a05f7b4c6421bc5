/**
 * Grade all: read the bound table in chunks, grade with the engine, write grade / score / remark back.
 * Without rank criteria each row grades on its own, so reading chunk k and writing chunk k-1 share one sync:
 * ceil(rows / chunk) + 3 syncs in all. With rank criteria every row is read before any is graded.
 */
import { type CellIssue, type HeaderIssue, type Result, err, ok, tableLanguage } from "../engine";
import { type TableAssessment, assessmentOf } from "./assessment";
import { type AdapterError } from "./errors";
import { GradeTally, type GradeSettings, gradeRows, tableProblemError } from "./gradeChunk";
import { type OutputColumns, type RowOutputs, planOutputColumns } from "../plan";
import { isPayloadTooLarge, jsonBytes, nextChunkRows } from "./payload";
import type { Binding } from "./settings";
import { syncTableMeta } from "./syncTableMeta";
import type { TableMeta } from "./tableMeta";
import { queueOwnedOutputs } from "./outputsInUse";
import { BYTES_PER_RANGE, type QueuedWrite, queueOutputWrites } from "./writeOutputs";
import type { CellValue, ColumnMapping, GradeReport, RuleSet } from "../engine";
import { isRelativeInTable, mapTableColumns } from "../engine";
import type { GradedChunk } from "./portfolio/collector";

export interface GradeProgress {
  readonly phase: "reading" | "writing";
  readonly rowsDone: number;
  readonly rowCount: number;
}

export interface GradeAllOptions {
  readonly onProgress?: (progress: GradeProgress) => void;
  /** Stops between chunks; every row written so far has all three of its cells written. */
  readonly signal?: AbortSignal;
  /**
   * Called with each graded chunk and the grade cells it had before, for the portfolio views (summary sheet and
   * grade history), once the chunk's write has been committed: a cancelled or failed run has reported exactly
   * the rows it wrote. With rank criteria the table is graded at once and reported after its last write.
   */
  readonly onGraded?: (chunk: GradedChunk) => void;
  /** Called with what each write wrote, once it has been committed (the adapter adds up two attempts). */
  readonly onWritten?: (written: QueuedWrite) => void;
  /**
   * Rows before this one were written by an earlier attempt of the same Grade all: what they hold now is the
   * add-in's, not the analyst's content to count as replaced. Default 0.
   */
  readonly analystFrom?: number;
  /** Where the run counts its grades, kept afterwards by the adapter for rows graded again (auto-grade). */
  readonly tally?: GradeTally;
}

export interface GradeAllSummary {
  readonly table: string;
  readonly rowCount: number;
  /** Rows graded before a cancel; equals rowCount when not cancelled. */
  readonly rowsDone: number;
  readonly cancelled: boolean;
  readonly counts: Readonly<Record<string, number>>;
  readonly graded: number;
  readonly incomplete: number;
  readonly skipped: number;
  /** Unreadable cells; `row` is the 0-based data row of the table, `column` the 0-based table column. */
  readonly issues: readonly CellIssue[];
  readonly headerIssues: readonly HeaderIssue[];
  readonly mapping: ColumnMapping;
  readonly outputColumns: OutputColumns;
  readonly addedColumns: readonly string[];
  readonly cellsWritten: number;
  /** Ranges written (runs of changed rows; nearby runs are merged). */
  readonly writeRanges: number;
  /**
   * Cells of the analyst's own content written over with something else: non-empty output cells of a table
   * whose output columns the add-in had not written before (`claimOutputs`). A re-grade replaces none.
   */
  readonly replacedCells: number;
  /** The analyst's own content that already held what the add-in wrote; with `replacedCells`, every cell the confirmation counted. */
  readonly alikeCells: number;
  /** Read requests (chunks) made. */
  readonly reads: number;
  /** With rank criteria the table is graded at once: that full report (for the score card); else `null`. */
  readonly report: GradeReport | null;
  /** What this run could not assess, the amount scale and the as-of date it graded with. */
  readonly assessment: TableAssessment;
}

export interface GradeAllInput {
  readonly binding: Binding;
  readonly ruleSet: RuleSet;
  readonly asOf: number;
}

export async function gradeAll(
  context: Excel.RequestContext,
  input: GradeAllInput,
  options: GradeAllOptions = {},
): Promise<Result<GradeAllSummary, AdapterError>> {
  const ownedOutputs = queueOwnedOutputs(context); // read in syncTableMeta's sync
  const synced = await syncTableMeta(context, input.binding);
  if (!synced.ok) return synced;
  const { queued, meta } = synced.value;
  const mapping = mapTableColumns(meta.headers, input.ruleSet, input.binding.overrides);
  const settings: GradeSettings = { ruleSet: input.ruleSet, mapping, asOf: input.asOf };
  const probe = gradeRows(meta.headers, [], settings);
  if ("code" in probe) return err(tableProblemError(probe));

  const plan = planOutputColumns(mapping, meta.columnCount, tableLanguage(meta.headers));
  const worksheet = context.workbook.worksheets.getItem(meta.sheetName);
  const run = new GradeRun(
    context,
    worksheet,
    meta,
    plan.columns,
    settings,
    options,
    ownedOutputs(meta.id) ? Infinity : (options.analystFrom ?? 0),
  );
  try {
    if (plan.toAdd.length > 0) {
      // Events are off only around the add-in's own changes, so edits the analyst makes during a long run
      // still raise their events (and the own-columns filter catches ours either way).
      context.runtime.enableEvents = false;
      for (const header of plan.toAdd) queued.table.columns.add(undefined, undefined, header);
      context.runtime.enableEvents = true;
      await context.sync();
    }
    const width = meta.columnCount + plan.toAdd.length;
    // Ranks compare every customer with the others: read the whole table, then grade it at once.
    if (isRelativeInTable(input.ruleSet, mapping)) await run.readAllThenWrite(width);
    else await run.pipeline(width);
    await run.flush();
  } catch (error) {
    // "Events off" and "events on" travel in the same request, but a request that failed part-way may have
    // applied the first and not the second: make sure the workbook's events are back on, then fail.
    context.runtime.enableEvents = true;
    await context.sync();
    throw error;
  }
  return ok({
    table: meta.name,
    rowCount: meta.rowCount,
    rowsDone: run.rowsDone,
    cancelled: run.rowsDone < meta.rowCount,
    counts: run.tally.counts,
    graded: run.tally.graded,
    incomplete: run.tally.incomplete,
    skipped: run.tally.skipped,
    issues: run.tally.issues,
    headerIssues: mapping.issues,
    mapping,
    outputColumns: plan.columns,
    addedColumns: plan.toAdd,
    cellsWritten: run.written.cellsWritten,
    writeRanges: run.written.ranges,
    replacedCells: run.written.replacedCells,
    alikeCells: run.written.alikeCells,
    reads: run.reads,
    report: run.fullReport,
    assessment: assessmentOf(probe.report, input.ruleSet),
  });
}

/** One Grade all in progress: the chunk loop and its running totals. */
class GradeRun {
  readonly tally: GradeTally;
  rowsDone = 0;
  reads = 0;
  fullReport: GradeReport | null = null;
  written: QueuedWrite = { cellsWritten: 0, ranges: 0, replacedCells: 0, alikeCells: 0, throughRow: 0 };
  /**
   * Writes waiting for the next sync (queued again if that sync fails for size), and the graded chunk to
   * report once they are committed.
   */
  private pending: { readonly write: () => QueuedWrite; readonly graded: GradedChunk | null } | null = null;
  /** Bytes per row seen so far, read and written: requests and responses each have the 5 MB limit. */
  private readPerRow: number | null = null;
  private writePerRow = 0;
  /** Ranges per written row in the last write: scattered changes cost request overhead per range. */
  private rangesPerRow = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly worksheet: Excel.Worksheet,
    private readonly meta: TableMeta,
    private readonly columns: OutputColumns,
    private readonly settings: GradeSettings,
    private readonly options: GradeAllOptions,
    /** The first data row whose output cells may hold the analyst's content (`queueOutputWrites`). */
    private readonly analystFrom: number,
  ) {
    this.tally = options.tally ?? new GradeTally(settings.ruleSet.grades.map((g) => g.letter));
  }

  private get bytesPerRow(): number | null {
    return this.readPerRow === null ? null : Math.max(this.readPerRow, this.writePerRow);
  }

  private cancelled(): boolean {
    return this.options.signal?.aborted === true;
  }

  /**
   * Queues the pending writes between "events off" and "events on" in the current request, with calculation
   * suspended; returns what to count once the sync has succeeded.
   */
  private queuePending(): () => void {
    const pending = this.pending;
    if (!pending) return () => undefined;
    this.context.runtime.enableEvents = false;
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    const queued = pending.write();
    this.context.runtime.enableEvents = true;
    if (queued.cellsWritten > 0) this.rangesPerRow = queued.ranges / (queued.cellsWritten / 3);
    return () => {
      this.written = {
        cellsWritten: this.written.cellsWritten + queued.cellsWritten,
        ranges: this.written.ranges + queued.ranges,
        replacedCells: this.written.replacedCells + queued.replacedCells,
        alikeCells: this.written.alikeCells + queued.alikeCells,
        throughRow: Math.max(this.written.throughRow, queued.throughRow),
      };
      this.pending = null;
      this.options.onWritten?.(queued);
      if (pending.graded) this.options.onGraded?.(pending.graded);
    };
  }

  /** Sends the pending writes on their own. */
  async flush(): Promise<void> {
    if (!this.pending) return;
    const commit = this.queuePending();
    await this.context.sync();
    commit();
  }

  /** Reads rows [start, start + n) and sends any pending writes in the same sync; halves on a size error. */
  private async read(start: number, width: number): Promise<CellValue[][]> {
    let n = nextChunkRows(width, this.bytesPerRow, this.meta.rowCount - start);
    for (;;) {
      const range = this.worksheet
        .getRangeByIndexes(this.meta.firstDataRow + start, this.meta.firstColumn, n, width)
        .load("values");
      const commit = this.queuePending();
      try {
        await this.context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error)) throw error;
        // Nothing of a too-large request was applied. Send the writes alone (if they were the cause, they
        // fail again and the error stands), then retry the read with half the rows.
        if (this.pending) await this.flush();
        else if (n === 1) throw error;
        n = Math.max(1, Math.ceil(n / 2));
        continue;
      }
      commit();
      this.reads++;
      const values = range.values as CellValue[][];
      this.readPerRow = jsonBytes(values) / Math.max(1, values.length);
      return values;
    }
  }

  private progress(phase: GradeProgress["phase"], rowsDone: number): void {
    this.options.onProgress?.({ phase, rowsDone, rowCount: this.meta.rowCount });
  }

  private grade(
    rows: readonly (readonly CellValue[])[],
    firstRow: number,
  ): { outputs: readonly RowOutputs[]; report: GradeReport; graded: GradedChunk } {
    const own = rows.map((r) => r.slice(0, this.meta.columnCount));
    const result = gradeRows(this.meta.headers, own, this.settings);
    if ("code" in result) throw new Error(`the table was checked before grading: ${result.code}`);
    this.tally.add(result.report, firstRow);
    // The grade cells as read, before this run writes them: the history needs no second read.
    const graded = {
      report: result.report,
      headers: this.meta.headers,
      rows: own,
      before: rows.map((r) => r[this.columns.grade]),
      firstRow,
    };
    return { ...result, graded };
  }

  /** What writing these rows will weigh per row: their values, plus range overhead as in the last write. */
  private noteWrites(outputs: readonly RowOutputs[]): void {
    this.writePerRow = jsonBytes(outputs) / Math.max(1, outputs.length) + BYTES_PER_RANGE * this.rangesPerRow;
  }

  async pipeline(width: number): Promise<void> {
    let start = 0;
    while (start < this.meta.rowCount && !this.cancelled()) {
      const values = await this.read(start, width);
      const { outputs, graded } = this.grade(values, start);
      const at = start;
      this.pending = {
        write: () => queueOutputWrites(this.worksheet, this.meta, this.columns, at, values, outputs, this.analystFrom),
        graded,
      };
      this.noteWrites(outputs); // a narrow table with long remarks writes more than it reads
      start += values.length;
      this.rowsDone = start;
      this.progress("reading", start);
    }
  }

  async readAllThenWrite(width: number): Promise<void> {
    const rows: CellValue[][] = [];
    while (rows.length < this.meta.rowCount) {
      if (this.cancelled()) return; // nothing written yet: the table is as it was
      for (const row of await this.read(rows.length, width)) rows.push(row); // a loop: spreading 100k rows overflows the stack
      this.progress("reading", rows.length);
    }
    const { outputs, report, graded } = this.grade(rows, 0);
    if (rows.length === 0) this.options.onGraded?.(graded); // nothing to write: nothing to wait for
    this.fullReport = report;
    this.noteWrites(outputs.slice(0, 1000));
    const chunk = nextChunkRows(3, this.writePerRow, rows.length);
    for (let start = 0; start < rows.length; start += chunk) {
      const at = start;
      const end = Math.min(rows.length, start + chunk);
      // The whole table is one report: it is handed over with the last write.
      const write = () =>
        queueOutputWrites(
          this.worksheet,
          this.meta,
          this.columns,
          at,
          rows.slice(at, end),
          outputs.slice(at, end),
          this.analystFrom,
        );
      this.pending = { write, graded: end === rows.length ? graded : null };
      await this.flush();
      this.rowsDone = end;
      this.progress("writing", end);
    }
  }
}
