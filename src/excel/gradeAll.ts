/**
 * Grade all: read the bound table in chunks, grade with the engine, write grade / score / remark back.
 * Without rank criteria each row grades on its own, so reading chunk k and writing chunk k-1 share one sync:
 * ceil(rows / chunk) + 3 syncs in all. With rank criteria every row is read before any is graded.
 */
import { type CellIssue, type HeaderIssue, type Result, err, ok, tableLanguage } from "../engine";
import { type AdapterError } from "./errors";
import { GradeTally, type GradeSettings, gradeRows, tableProblemError } from "./gradeChunk";
import { type OutputColumns, planOutputColumns } from "./outputColumns";
import { isPayloadTooLarge, jsonBytes, nextChunkRows } from "./payload";
import type { Binding } from "./settings";
import { isItemNotFound, metaAfterSync, missingTableError, queueMeta, type TableMeta } from "./tableMeta";
import { type QueuedWrite, type RowOutputs, queueOutputWrites } from "./writeOutputs";
import type { CellValue, ColumnMapping, GradeReport, RuleSet } from "../engine";
import { mapColumns } from "../engine";

export interface GradeProgress {
  readonly phase: "reading" | "writing";
  readonly rowsDone: number;
  readonly rowCount: number;
}

export interface GradeAllOptions {
  readonly onProgress?: (progress: GradeProgress) => void;
  /** Stops between chunks; every row written so far has all three of its cells written. */
  readonly signal?: AbortSignal;
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
  /** Non-empty cells of the output columns that held a different value before this run. */
  readonly replacedCells: number;
  /** Read requests (chunks) made. */
  readonly reads: number;
  /** With rank criteria the table is graded at once: that full report (for the score card); else `null`. */
  readonly report: GradeReport | null;
}

export interface GradeAllInput {
  readonly binding: Binding;
  readonly ruleSet: RuleSet;
  readonly asOf: number;
  readonly relativeToTable: boolean;
}

export async function gradeAll(
  context: Excel.RequestContext,
  input: GradeAllInput,
  options: GradeAllOptions = {},
): Promise<Result<GradeAllSummary, AdapterError>> {
  const queued = queueMeta(context, input.binding.tableName);
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return err(await missingTableError(context, input.binding));
    throw error;
  }
  const meta = metaAfterSync(queued);
  const mapping = mapColumns(meta.headers, input.binding.overrides);
  const settings: GradeSettings = { ruleSet: input.ruleSet, mapping, asOf: input.asOf };
  const probe = gradeRows(meta.headers, [], settings);
  if ("code" in probe) return err(tableProblemError(probe));

  const plan = planOutputColumns(mapping, meta.columnCount, tableLanguage(meta.headers));
  const worksheet = context.workbook.worksheets.getItem(meta.sheetName);
  const run = new GradeRun(context, worksheet, meta, plan.columns, settings, options);
  // The add-in's own writes must not trigger grading: events stay off until the last write has landed.
  context.runtime.enableEvents = false;
  let restored = false;
  try {
    if (plan.toAdd.length > 0) {
      for (const header of plan.toAdd) queued.table.columns.add(undefined, undefined, header);
      await context.sync();
    }
    const width = meta.columnCount + plan.toAdd.length;
    if (input.relativeToTable) await run.readAllThenWrite(width);
    else await run.pipeline(width);
    const commit = run.queuePending(); // the last chunk's writes travel with the sync that turns events back on
    context.runtime.enableEvents = true;
    await context.sync();
    commit();
    restored = true;
  } finally {
    if (!restored) {
      context.runtime.enableEvents = true;
      await context.sync();
    }
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
    replacedCells: run.written.replacedCells,
    reads: run.reads,
    report: run.fullReport,
  });
}

/** One Grade all in progress: the chunk loop and its running totals. */
class GradeRun {
  readonly tally: GradeTally;
  rowsDone = 0;
  reads = 0;
  fullReport: GradeReport | null = null;
  written: QueuedWrite = { cellsWritten: 0, replacedCells: 0 };
  /** Writes waiting for the next sync; re-queued if that sync fails for size. */
  private pending: (() => QueuedWrite) | null = null;
  /** Bytes per row seen so far, read and written: requests and responses each have the 5 MB limit. */
  private readPerRow: number | null = null;
  private writePerRow = 0;

  private get bytesPerRow(): number | null {
    return this.readPerRow === null ? null : Math.max(this.readPerRow, this.writePerRow);
  }

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly worksheet: Excel.Worksheet,
    private readonly meta: TableMeta,
    private readonly columns: OutputColumns,
    private readonly settings: GradeSettings,
    private readonly options: GradeAllOptions,
  ) {
    this.tally = new GradeTally(settings.ruleSet.grades.map((g) => g.letter));
  }

  private cancelled(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** Queues the pending writes (if any) so they travel with the next sync; call the result once it succeeded. */
  queuePending(): () => void {
    const pending = this.pending;
    if (!pending) return () => undefined;
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    const queued = pending();
    return () => {
      this.written = {
        cellsWritten: this.written.cellsWritten + queued.cellsWritten,
        replacedCells: this.written.replacedCells + queued.replacedCells,
      };
      this.pending = null;
    };
  }

  /** Reads rows [start, start + n) and sends any pending writes in the same sync; shrinks on a size error. */
  private async read(start: number, width: number): Promise<CellValue[][]> {
    for (;;) {
      const n = nextChunkRows(width, this.bytesPerRow, this.meta.rowCount - start);
      const range = this.worksheet.getRangeByIndexes(this.meta.firstDataRow + start, this.meta.firstColumn, n, width).load("values");
      const commit = this.queuePending();
      try {
        await this.context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error) || n === 1) throw error;
        this.readPerRow = ((this.bytesPerRow ?? 1) * 2 + 1); // nothing was applied: retry with half the rows
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

  private grade(rows: readonly (readonly CellValue[])[], firstRow: number): readonly RowOutputs[] {
    const result = gradeRows(this.meta.headers, rows.map((r) => r.slice(0, this.meta.columnCount)), this.settings);
    if ("code" in result) throw new Error(`the table was checked before grading: ${result.code}`);
    this.tally.add(result.report, firstRow);
    return result.outputs;
  }

  async pipeline(width: number): Promise<void> {
    let start = 0;
    while (start < this.meta.rowCount && !this.cancelled()) {
      const values = await this.read(start, width);
      const outputs = this.grade(values, start);
      const at = start;
      this.pending = () => queueOutputWrites(this.worksheet, this.meta, this.columns, at, values, outputs);
      // What the writes weigh counts too: a narrow table with long remarks writes more than it reads.
      this.writePerRow = jsonBytes(outputs) / Math.max(1, outputs.length);
      start += values.length;
      this.rowsDone = start;
      this.progress("reading", start);
    }
  }

  async readAllThenWrite(width: number): Promise<void> {
    const rows: CellValue[][] = [];
    while (rows.length < this.meta.rowCount) {
      if (this.cancelled()) return; // nothing written yet: the table is as it was
      rows.push(...(await this.read(rows.length, width)));
      this.progress("reading", rows.length);
    }
    const result = gradeRows(this.meta.headers, rows.map((r) => r.slice(0, this.meta.columnCount)), this.settings);
    if ("code" in result) throw new Error(`the table was checked before grading: ${result.code}`);
    this.tally.add(result.report, 0);
    this.fullReport = result.report;
    const outputs = result.outputs;
    let start = 0;
    const perRow = Math.max(1, jsonBytes(outputs.slice(0, 100)) / Math.min(100, Math.max(1, outputs.length)));
    const chunk = Math.max(1, Math.floor(nextChunkRows(3, perRow, rows.length)));
    while (start < rows.length) {
      const at = start;
      const end = Math.min(rows.length, start + chunk);
      this.pending = () => queueOutputWrites(this.worksheet, this.meta, this.columns, at, rows.slice(at, end), outputs.slice(at, end));
      start = end;
      this.rowsDone = end;
      if (start < rows.length) {
        const commit = this.queuePending();
        await this.context.sync();
        commit();
      }
      this.progress("writing", end);
    }
  }
}
