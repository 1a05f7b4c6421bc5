/**
 * What a refresh writes into a customer table built from lines, decided from the table as it is and the
 * builder's new table; no Excel. Rows are matched by the customer's name. Only the measure columns (the headers
 * the add-in wrote, remembered in the link) are rewritten, and in them only the cells that change; every other
 * column, the analyst's and the add-in's grade / score / remark, is never in the plan. A customer the lines no
 * longer know keeps its row with its measures blanked: the lines cannot say what its figures are, and a blank
 * is read as missing (not as a year of zero business, which would grade it as a customer that stopped buying).
 * A new customer is appended; a new measure (a profit column added to the lines) becomes a new column.
 */
import { type CellValue, type Result, type Table, err, ok } from "../../engine";
// The one module of the lines engine the refresh needs (the builder itself is loaded on demand by the pane).
import { lineKey } from "../../engine/lines/lineText";
import { type AdapterError, adapterErrors } from "../errors";
import type { LinesLink } from "./linesLinks";

/** New values for rows `start … start + values.length − 1` of one existing column. */
export interface ColumnWrite {
  readonly column: number;
  readonly start: number;
  readonly values: readonly CellValue[];
}

export interface RefreshPlan {
  readonly writes: readonly ColumnWrite[];
  /** Measures the table has no column for yet: header and a value per existing row. */
  readonly newColumns: readonly { readonly header: string; readonly values: readonly CellValue[] }[];
  /** Rows of new customers, as wide as the table after `newColumns` ("" in every column not a measure). */
  readonly appended: readonly (readonly CellValue[])[];
  /** Measure headers the table then has (the link's list after this refresh; stale ones stay the add-in's). */
  readonly measures: readonly string[];
  readonly added: number;
  /** Matched customers whose measures changed, and those whose did not. */
  readonly updated: number;
  readonly unchanged: number;
  /** Rows of customers no longer in the lines: kept, measures blank. */
  readonly kept: number;
  /** Measures remembered but no longer computed (the lines lost their profit column): left as they are. */
  readonly stale: readonly string[];
}

/**
 * A customer's name as a key, folded as the lines are grouped (`lineKey`): "华东精密（上海）" in the table is the
 * customer the lines now spell "华东精密(上海)", not a new one. Blank for an empty cell.
 */
const customerKey = lineKey;

const blank = (cell: CellValue): CellValue => (cell === null || cell === undefined ? "" : cell);

export function planRefresh(
  existing: Table,
  built: Table,
  link: Pick<LinesLink, "keyHeader" | "measures">,
): Result<RefreshPlan, AdapterError> {
  const headers = existing.headers.map((h) => customerKey(h));
  const builtHeaders = built.headers.map((h) => customerKey(h));
  const keyColumn = headers.indexOf(link.keyHeader);
  const builtKey = builtHeaders.indexOf(link.keyHeader);
  const missing = [link.keyHeader, ...link.measures].filter((h) => !headers.includes(h));
  if (keyColumn < 0 || builtKey < 0 || missing.length > 0) return err(adapterErrors.measureColumnsMissing(missing));
  const remembered = new Set(link.measures);
  const builtMeasures = builtHeaders.filter((h, i) => i !== builtKey && h !== "");
  const fresh = builtMeasures.filter((h) => !remembered.has(h));
  const taken = fresh.find((h) => headers.includes(h));
  if (taken !== undefined) return err(adapterErrors.measureColumnTaken(taken));

  const builtRowOf = new Map<string, readonly CellValue[]>();
  for (const row of built.rows) {
    const key = customerKey(row[builtKey]);
    if (key !== "" && !builtRowOf.has(key)) builtRowOf.set(key, row);
  }
  const current = builtMeasures.filter((h) => remembered.has(h));
  const columnOf = current.map((h) => ({ column: headers.indexOf(h), from: builtHeaders.indexOf(h) }));
  const next: CellValue[][] = columnOf.map(() => []);
  const changedRows: number[][] = columnOf.map(() => []);
  // Every name the table already has, matched or not: those are never appended again.
  const visited = new Set<string>();
  let updated = 0;
  let unchanged = 0;
  let kept = 0;
  existing.rows.forEach((row, r) => {
    const key = customerKey(row[keyColumn]);
    // A row without a name, or a second row of one customer (copied by the analyst), is left as it is.
    const owned = key !== "" && !visited.has(key);
    if (owned) visited.add(key);
    const source = owned ? builtRowOf.get(key) : undefined;
    let changed = false;
    columnOf.forEach(({ column, from }, i) => {
      const was = blank(row[column]);
      const value = !owned ? was : source ? blank(source[from]) : "";
      next[i]?.push(value);
      if (value !== was) {
        changed = true;
        changedRows[i]?.push(r);
      }
    });
    if (!owned) return;
    if (!source) kept += 1;
    else if (changed) updated += 1;
    else unchanged += 1;
  });
  const writes: ColumnWrite[] = columnOf.flatMap(({ column }, i) => {
    const rows = changedRows[i] ?? [];
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first === undefined || last === undefined) return [];
    return [{ column, start: first, values: (next[i] ?? []).slice(first, last + 1) }];
  });
  const newColumns = fresh.map((header) => {
    const from = builtHeaders.indexOf(header);
    return {
      header,
      values: existing.rows.map((row) => {
        const source = builtRowOf.get(customerKey(row[keyColumn]));
        return source ? blank(source[from]) : "";
      }),
    };
  });
  const widthAfter = headers.length + fresh.length;
  const placeOf = (header: string): number =>
    headers.includes(header) ? headers.indexOf(header) : headers.length + fresh.indexOf(header);
  const appended = built.rows
    .filter((row) => {
      const key = customerKey(row[builtKey]);
      return key !== "" && !visited.has(key);
    })
    .map((row) => {
      const out: CellValue[] = new Array<CellValue>(widthAfter).fill("");
      builtHeaders.forEach((header, i) => {
        if (header !== "") out[placeOf(header)] = blank(row[i]);
      });
      return out;
    });
  return ok({
    writes,
    newColumns,
    appended,
    measures: [...link.measures, ...fresh],
    added: appended.length,
    updated,
    unchanged,
    kept,
    stale: link.measures.filter((h) => !builtMeasures.includes(h)),
  });
}
