/**
 * Before the first Grade all of a table: do its grade / score / remark columns already hold something (the
 * analyst's own "A级" and remarks in seed 000's 客户等级 and 备注)? The task pane asks before replacing it.
 * Once the analyst has agreed, or a Grade all has written the columns, the table's id is kept in the workbook's
 * settings and the question is not asked again.
 */
import type { CellValue } from "../engine";
import type { BoundTable } from "./bound";
import { OUTPUT_FIELDS } from "../plan";
import { isPayloadTooLarge, jsonBytes, nextChunkRows } from "./payload";
import { SETTING_KEYS, queueSettingRead, settingValue } from "./settings";
import { metaAfterSync, queueMeta } from "./tableMeta";

export interface OutputsInUse {
  /** Headers of the output columns the table already has, in grade, score, remark order. */
  readonly headers: readonly string[];
  /** Non-empty cells in those columns. */
  readonly filledCells: number;
  /** True once the add-in's writing into these columns was agreed to (or done) for this table. */
  readonly owned: boolean;
}

function ownedTables(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}

/**
 * Queues the read of which tables' output columns are the add-in's; after the next sync, the returned test
 * answers for a table id. Queued beside other loads, it costs no sync of its own.
 */
export function queueOwnedOutputs(context: Excel.RequestContext): (tableId: string) => boolean {
  const setting = queueSettingRead(context, SETTING_KEYS.ownedOutputs);
  return (tableId) => ownedTables(settingValue(setting)).includes(tableId);
}

const isFilled = (value: CellValue): boolean => value !== "" && value !== null && value !== undefined;

/** Counts what the output columns hold, reading only those columns, in chunks under the payload limits. */
export async function outputsInUse(context: Excel.RequestContext, bound: BoundTable): Promise<OutputsInUse> {
  const queued = queueMeta(context, bound.meta.name);
  const ownedOutputs = queueOwnedOutputs(context);
  await context.sync();
  const meta = metaAfterSync(queued);
  const owned = ownedOutputs(meta.id);
  const columns = OUTPUT_FIELDS.flatMap((field) => {
    const mapped = bound.mapping.columns[field];
    return mapped && mapped.index < meta.columnCount ? [mapped] : [];
  });
  if (owned || columns.length === 0) return { headers: columns.map((c) => c.header), filledCells: 0, owned };

  let filledCells = 0;
  let bytesPerRow: number | null = null;
  let start = 0;
  let rows = nextChunkRows(columns.length, bytesPerRow, meta.rowCount);
  while (start < meta.rowCount) {
    rows = Math.min(rows, meta.rowCount - start);
    const ranges = columns.map((c) =>
      queued.worksheet.getRangeByIndexes(meta.firstDataRow + start, meta.firstColumn + c.index, rows, 1).load("values"),
    );
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      rows = Math.ceil(rows / 2);
      continue;
    }
    let bytes = 0;
    for (const range of ranges) {
      const values = range.values as CellValue[][];
      for (const line of values) if (isFilled(line[0])) filledCells++;
      bytes += jsonBytes(values);
    }
    bytesPerRow = bytes / rows;
    start += rows;
    rows = nextChunkRows(columns.length, bytesPerRow, meta.rowCount - start);
  }
  return { headers: columns.map((c) => c.header), filledCells, owned };
}

/** Records that the add-in may write the bound table's output columns without asking again. */
export async function claimOutputs(context: Excel.RequestContext, bound: BoundTable): Promise<void> {
  const setting = queueSettingRead(context, SETTING_KEYS.ownedOutputs);
  await context.sync();
  const ids = ownedTables(settingValue(setting));
  if (ids.includes(bound.meta.id)) return;
  context.workbook.settings.add(SETTING_KEYS.ownedOutputs, [...ids, bound.meta.id]);
  await context.sync();
}
