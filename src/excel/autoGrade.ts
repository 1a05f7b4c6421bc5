/**
 * Grade on change: an edit inside the bound table re-grades only the edited rows (read, write, events back
 * on: three syncs). Edits that move rows or columns, header edits, and any edit under a rule set with rank
 * criteria re-grade the whole table instead. Edits are collected for a short while so typing down a column
 * costs one round, not one per cell.
 */
import { isRelativeInTable } from "../engine";
import { columnLetters, parseAddress } from "../plan";
import { type BoundTable, ownColumns } from "./bound";
import { gradeRows } from "./gradeChunk";
import type { RunBatch } from "./host";
import { readRows, type RowSpan } from "./readRows";
import type { TableMeta } from "./tableMeta";
import { queueOutputWrites } from "./writeOutputs";
import type { GradedChunk } from "./portfolio/collector";

export interface AutoGradeCallbacks {
  /** The table as last known (refreshed after every full Grade all). */
  readonly current: () => BoundTable | null;
  /** Re-grades the whole table (the adapter's Grade all, which takes its turn in the adapter's queue). */
  readonly gradeAll: () => Promise<void>;
  /** Runs work in the adapter's queue, so a row re-grade never overlaps a Grade all. */
  readonly exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** The table's bounds as just read: rows added at the end are then seen by the next edit. */
  readonly updateBounds: (meta: TableMeta) => void;
  readonly asOf: () => number;
  /** Rows re-graded by an edit, once written: each span's report and first data row (0-based). */
  readonly onRowsGraded?: (chunks: readonly GradedChunk[]) => void;
  /**
   * The re-graded rows with the grade cells they had before, once written (for the grade history);
   * awaited inside the adapter's queue, so the history is appended before the next grading starts.
   */
  readonly afterWrite?: (chunks: readonly GradedChunk[]) => Promise<void>;
  readonly onError?: (error: unknown) => void;
  readonly debounceMs: number;
}

export class AutoGrader {
  private readonly pendingRows = new Set<number>();
  private pendingFull = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly run: RunBatch,
    private readonly callbacks: AutoGradeCallbacks,
  ) {}

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Resolves once every edit seen so far has been graded. */
  async settled(): Promise<void> {
    while (this.timer !== null || this.pendingRows.size > 0 || this.pendingFull) {
      if (this.timer !== null) this.flushNow();
      await this.running;
    }
    await this.running;
  }

  /**
   * The worksheet's onChanged handler, used where ExcelApi 1.14 gives changes a trigger source: the add-in's
   * own writes say "ThisLocalAddin" and are dropped at once; other changes are clipped to the table.
   */
  readonly handleWorksheet = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    const bound = this.callbacks.current();
    if (this.stopped || !bound || args.triggerSource === "ThisLocalAddin" || args.worksheetId !== bound.meta.sheetId)
      return;
    const block = parseAddress(args.address);
    if (block === null) return this.handle({ tableId: bound.meta.id, address: args.address, changeType: "Unknown" });
    const { meta } = bound;
    const top = Math.max(block.row, meta.headerRow);
    const left = Math.max(block.column, meta.firstColumn);
    const right = Math.min(block.column + block.columnCount, meta.firstColumn + meta.columnCount) - 1;
    const bottom = block.row + block.rowCount - 1; // rows just below the table may be new rows: readRows clips
    if (bottom < top || right < left || top > meta.firstDataRow + meta.rowCount) return; // outside the table
    const address = `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
    return this.handle({ tableId: meta.id, address, changeType: args.changeType });
  };

  /** The table's onChanged handler (and what the worksheet handler hands on). */
  readonly handle = async (
    args: Pick<Excel.TableChangedEventArgs, "tableId" | "address" | "changeType">,
  ): Promise<void> => {
    const bound = this.callbacks.current();
    if (this.stopped || !bound || args.tableId !== bound.meta.id) return;
    const block = parseAddress(args.address);
    if (args.changeType !== "RangeEdited" || block === null) {
      this.schedule(true);
      return;
    }
    const { meta } = bound;
    const own = ownColumns(bound);
    const columns = Array.from({ length: block.columnCount }, (_, i) => block.column + i - meta.firstColumn);
    // Our own columns changing is our own write (or the analyst clearing a grade): never a reason to grade.
    if (columns.every((c) => own.has(c))) return;
    if (
      block.row <= meta.headerRow ||
      bound.outputColumns === null ||
      isRelativeInTable(bound.ruleSet, bound.mapping)
    ) {
      this.schedule(true); // header edited, no output columns yet, or rank criteria: the whole table
      return;
    }
    // Not clipped to the known row count: rows added at the end may raise no insert event; readRows clips
    // against the table's bounds as they are now.
    const first = Math.max(0, block.row - meta.firstDataRow);
    const last = block.row + block.rowCount - 1 - meta.firstDataRow;
    for (let r = first; r <= last; r++) this.pendingRows.add(r);
    this.schedule(false);
  };

  private schedule(full: boolean): void {
    if (full) this.pendingFull = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flushNow(), this.callbacks.debounceMs);
  }

  private flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const full = this.pendingFull;
    const rows = [...this.pendingRows].sort((a, b) => a - b);
    this.pendingFull = false;
    this.pendingRows.clear();
    this.running = this.running
      .then(() => (full ? this.callbacks.gradeAll() : this.callbacks.exclusive(() => this.gradeRows(rows))))
      .catch((error: unknown) => this.callbacks.onError?.(error));
  }

  private async gradeRows(rows: readonly number[]): Promise<void> {
    const bound = this.callbacks.current();
    if (this.stopped || !bound || rows.length === 0 || bound.outputColumns === null) return;
    const outputColumns = bound.outputColumns;
    const spans = toSpans(rows);
    const written = await this.run(async (context): Promise<GradedChunk[]> => {
      const read = await readRows(context, bound.meta, spans, bound.meta.columnCount);
      if (read.moved) {
        this.schedule(true); // columns added, removed or moved: positions must be worked out again
        return [];
      }
      this.callbacks.updateBounds(read.meta);
      const worksheet = context.workbook.worksheets.getItem(read.meta.sheetName);
      context.runtime.enableEvents = false;
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const chunks: GradedChunk[] = [];
      try {
        for (const span of read.rows) {
          const graded = gradeRows(read.meta.headers, span.values, {
            ruleSet: bound.ruleSet,
            mapping: bound.mapping,
            asOf: this.callbacks.asOf(),
          });
          if ("code" in graded) throw new Error(`the bound table no longer grades: ${graded.code}`);
          // Not the analyst's content: auto-grade starts only once the output columns are the add-in's (the pane asks first).
          queueOutputWrites(worksheet, read.meta, outputColumns, span.start, span.values, graded.outputs, Infinity);
          const before = span.values.map((row) => row[outputColumns.grade]);
          chunks.push({
            report: graded.report,
            headers: read.meta.headers,
            rows: span.values,
            before,
            firstRow: span.start,
          });
        }
        await context.sync();
      } finally {
        context.runtime.enableEvents = true;
        await context.sync();
      }
      this.callbacks.onRowsGraded?.(chunks);
      return chunks;
    });
    // After this batch has closed (no Excel.run inside another), still inside the adapter's queue.
    if (written.length > 0) await this.callbacks.afterWrite?.(written);
  }
}

/** Sorted rows as runs of consecutive rows. */
function toSpans(rows: readonly number[]): RowSpan[] {
  const spans: { start: number; count: number }[] = [];
  for (const r of rows) {
    const last = spans[spans.length - 1];
    if (last && last.start + last.count === r) last.count++;
    else spans.push({ start: r, count: 1 });
  }
  return spans;
}
