/**
 * The light watch on the bound table while auto-grade is off: which of the table's change events are the
 * analyst's data changes, which leave its grades out of date, and whether there are grades to be out of date.
 */
import { parseAddress } from "../plan";
import { type BoundTable, ownColumns } from "./bound";

/**
 * Whether a change the bound table's `onChanged` reported is a change of its data: anything but an edit wholly
 * inside the add-in's own output columns. Rows or columns inserted or deleted count, as do header edits (they
 * may change which column is read as what) and edits of columns the rules do not read today (the column review
 * can make them read). The add-in's own writes are not seen at all: every one is made with events off.
 */
export function isDataChange(
  bound: BoundTable,
  args: Pick<Excel.TableChangedEventArgs, "tableId" | "address" | "changeType">,
): boolean {
  if (args.tableId !== bound.meta.id) return false;
  if (args.changeType !== "RangeEdited") return true;
  const block = parseAddress(args.address);
  if (block === null) return true; // an address we cannot read: a change all the same
  const own = ownColumns(bound);
  for (let i = 0; i < block.columnCount; i++) if (!own.has(block.column + i - bound.meta.firstColumn)) return true;
  return false;
}

/**
 * Whether the bound table's grade column holds anything (one sync: the column's used part, no values sent
 * back); false when the table has no grade column.
 */
export async function gradeColumnHolds(context: Excel.RequestContext, bound: BoundTable): Promise<boolean> {
  const grade = bound.mapping.columns.grade;
  if (!grade) return false;
  const used = context.workbook.tables
    .getItem(bound.meta.name)
    .getDataBodyRange()
    .getColumn(grade.index)
    .getUsedRangeOrNullObject(true);
  await context.sync();
  return !used.isNullObject;
}
