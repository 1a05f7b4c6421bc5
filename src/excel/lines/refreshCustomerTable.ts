/**
 * Carries out a refresh plan on the customer table: the changed measure cells, new measure columns, new
 * customers' rows, then the caller's last write (`finish`), in as few syncs as the request size allows
 * (~2.5 MB each). Events are off meanwhile, so the auto-grade does not re-grade cell by cell: the pane says to
 * grade the table again.
 */
import type { CellValue, Lang } from "../../engine";
import { TARGET_BYTES, jsonBytes } from "../payload";
import type { TableMeta } from "../tableMeta";
import { measureFormat } from "./measureFormats";
import type { RefreshPlan } from "./refreshPlan";
import { rowChunks } from "./rowChunks";

const cell = (value: CellValue): string | number | boolean => (value === null || value === undefined ? "" : value);

export async function writeRefresh(
  context: Excel.RequestContext,
  meta: TableMeta,
  plan: RefreshPlan,
  lang: Lang,
  finish: () => void,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(meta.sheetName);
  const table = context.workbook.tables.getItem(meta.id);
  let pending = 0;
  const flushIfFull = async (bytes: number): Promise<void> => {
    if (pending > 0 && pending + bytes > TARGET_BYTES) {
      await context.sync();
      pending = 0;
    }
    pending += bytes;
  };
  context.runtime.enableEvents = false;
  try {
    await queueAll();
  } catch (error) {
    context.runtime.enableEvents = true; // not left off after a failed request
    await context.sync().catch(() => undefined);
    throw error;
  }
  finish();
  context.runtime.enableEvents = true;
  await context.sync();

  async function queueAll(): Promise<void> {
    for (const write of plan.writes) {
      const column = write.values.map((v) => [cell(v)]);
      let offset = 0;
      for (const chunk of rowChunks(column, 1)) {
        await flushIfFull(jsonBytes(chunk));
        sheet.getRangeByIndexes(
          meta.firstDataRow + write.start + offset,
          meta.firstColumn + write.column,
          chunk.length,
          1,
        ).values = chunk;
        offset += chunk.length;
      }
    }
    for (const added of plan.newColumns) {
      const values = [[added.header], ...added.values.map((v) => [cell(v)])];
      await flushIfFull(jsonBytes(values));
      const column = table.columns.add(undefined, values);
      const format = measureFormat(added.header, lang);
      if (added.values.length > 0 && format !== "General")
        column.getDataBodyRange().numberFormat = added.values.map(() => [format]);
    }
    const width = meta.columnCount + plan.newColumns.length;
    for (const chunk of rowChunks(
      plan.appended.map((row) => row.map(cell)),
      width,
    )) {
      await flushIfFull(jsonBytes(chunk));
      table.rows.add(undefined, chunk); // the rows take the columns' number formats, as in Excel
    }
  }
}
