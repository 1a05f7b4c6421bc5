/** The opening sync of most calls on the bound table: its bounds and header, or why it is gone. */
import { type Result, err, ok } from "../engine";
import type { AdapterError } from "./errors";
import type { Binding } from "./settings";
import {
  type QueuedMeta,
  type TableMeta,
  isItemNotFound,
  metaAfterSync,
  missingTableError,
  queueMeta,
} from "./tableMeta";

export interface SyncedMeta {
  readonly queued: QueuedMeta;
  readonly meta: TableMeta;
}

/**
 * Queues the table's reads and syncs; whatever the caller queued before goes in the same sync. A table no
 * longer there (renamed or deleted) comes back as an error; any other failure is thrown.
 */
export async function syncTableMeta(
  context: Excel.RequestContext,
  binding: Binding,
): Promise<Result<SyncedMeta, AdapterError>> {
  const queued = queueMeta(context, binding.tableName);
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return err(await missingTableError(context, binding));
    throw error;
  }
  return ok({ queued, meta: metaAfterSync(queued) });
}
