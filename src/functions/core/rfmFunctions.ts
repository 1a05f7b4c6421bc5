/**
 * RFMSEGMENT and RFMSCORE: the RFM type and the NTILE(5) scores of customers the analyst has as three columns
 * (recency in days, frequency in orders, monetary amount; one row a customer). Scored by the engine's
 * `rfmOfMeasures`, the code that scores the customers built from lines, so a formula, the pane and the command
 * line give the same answer. Blank rows spill "", a row that cannot be scored spills an error and is left out
 * of the scoring (the mean and the quintiles are over the customers that can be read).
 */
import { type CellValue, type Lang, parseNumber } from "../../engine";
// The RFM module itself, not the engine's index: the index also leads to the lines builder, which no formula needs.
import { rfmOfMeasures, rfmSegmentName } from "../../engine/lines/rfm";
import type { RfmRow } from "../../engine/lines/types";
import { FUNCTION_MESSAGES } from "../i18n";
import type { RfmArgument } from "../i18n/catalog";
import { type CellError, cellError, isCellError } from "./cellError";
import { toCell } from "./rowsOf";

/** A range as Excel passes it to a custom function: rows of cells. */
export type Range = readonly (readonly unknown[])[];
/** An omitted optional argument arrives as `undefined` (or `null`). */
export type OptionalRange = Range | null | undefined;

type Measure = Exclude<RfmArgument, "names">;
const MEASURES: readonly Measure[] = ["recency", "frequency", "monetary"];

/** One readable customer row. */
interface Customer {
  readonly name: string;
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

/** Each row of the arguments: "" (blank), an error, or its RFM row. */
type RfmCell = RfmRow | "" | CellError;

/**
 * The RFM row of every row of the arguments, in their order, or one error for arguments that do not fit
 * together (a range wider than one column, columns of different lengths). With `names`, ties in a measure are
 * ordered by name (code points), as SQL's `ORDER BY measure, customer`; without, by row order.
 * @example rfmRowsOf([[10], [40]], [[3], [1]], [[900], [200]], undefined, "zh-CN")
 *   // [{ …, r: 2, f: 2, m: 2, segment: "importantValue" }, { …, r: 1, f: 1, m: 1, segment: "generalRetain" }]
 */
function rfmRowsOf(
  recency: Range,
  frequency: Range,
  monetary: Range,
  names: OptionalRange,
  lang: Lang,
): RfmCell[] | CellError {
  const text = FUNCTION_MESSAGES[lang];
  const given: [RfmArgument, Range][] = [
    ["recency", recency],
    ["frequency", frequency],
    ["monetary", monetary],
  ];
  if (names !== null && names !== undefined && names.length > 0) given.push(["names", names]);
  const columns: CellValue[][] = [];
  for (const [argument, range] of given) {
    if (range.some((row) => row.length > 1)) return cellError("value", text.rfmOneColumn(argument));
    columns.push(range.map((row) => toCell(row[0])));
  }
  const lengths = columns.map((column) => column.length);
  if (lengths.some((length) => length !== lengths[0])) return cellError("value", text.rfmLengths(lengths.join(", ")));

  const readings = Array.from({ length: lengths[0] ?? 0 }, (_, row) =>
    readRow(
      columns.map((column) => column[row] ?? null),
      lang,
    ),
  );
  const customers = readings.filter((reading): reading is Customer => typeof reading === "object" && "name" in reading);
  const scored = rfmOfMeasures(
    customers.map((c) => ({ customer: c.name, recency: c.recency, frequency: c.frequency, monetary: c.monetary })),
  );
  let next = 0;
  return readings.map((reading) => (typeof reading === "object" && "name" in reading ? scored[next++] : reading) ?? "");
}

/**
 * One row: "" when its three measures are blank (or 0, as desktop Excel passes a blank cell: no orders, no
 * amount, no days is no customer to score, whatever the name), #VALUE! for a cell that is not a number or a
 * negative count of days or orders, #N/A for a measure left blank beside the others.
 */
function readRow(cells: readonly CellValue[], lang: Lang): Customer | "" | CellError {
  if (cells.slice(0, MEASURES.length).every((cell) => cell === 0 || parseNumber(cell) === null)) return "";
  const text = FUNCTION_MESSAGES[lang];
  const values: (number | null)[] = [];
  for (const [i, measure] of MEASURES.entries()) {
    const cell = cells[i] ?? null;
    const parsed = parseNumber(cell);
    if (parsed !== null && typeof parsed !== "number")
      return cellError("value", text.rfmNotANumber(measure, String(cell)));
    if (parsed !== null && parsed < 0 && measure !== "monetary")
      return cellError("value", text.rfmNegative(measure, parsed));
    values.push(parsed);
  }
  const missing = values.findIndex((value) => value === null);
  if (missing >= 0) return cellError("na", text.rfmMissing(MEASURES[missing] as Measure));
  const [recency, frequency, monetary] = values as [number, number, number];
  return { name: nameOf(cells[3] ?? null), recency, frequency, monetary };
}

/**
 * A customer's name as SQL would compare it: the text as typed, a number (a customer code) as its digits, blank
 * (or desktop Excel's 0 for a blank cell, no one's name) as "".
 */
function nameOf(cell: CellValue): string {
  return cell === null || cell === 0 ? "" : String(cell);
}

/** Every output row an error, for arguments that do not fit together (as the grade functions fill theirs). */
function fill<T>(error: CellError, rows: number, width: number): T[][] {
  return Array.from({ length: Math.max(1, rows) }, () => Array.from({ length: width }, () => error as T));
}

const longest = (...ranges: OptionalRange[]): number => Math.max(0, ...ranges.map((range) => range?.length ?? 0));

/** RFMSEGMENT: one column, the customer type of each row in `lang` (重要价值客户 …). */
export function rfmSegment(recency: Range, frequency: Range, monetary: Range, lang: Lang): (string | CellError)[][] {
  const rows = rfmRowsOf(recency, frequency, monetary, undefined, lang);
  if (isCellError(rows)) return fill(rows, longest(recency, frequency, monetary), 1);
  return rows.map((row) => [typeof row === "object" && "segment" in row ? rfmSegmentName(row.segment, lang) : row]);
}

/** RFMSCORE: three columns, r, f and m (1–5) of each row; with `names`, ties ordered by name. */
export function rfmScore(
  recency: Range,
  frequency: Range,
  monetary: Range,
  names: OptionalRange,
  lang: Lang,
): (number | "" | CellError)[][] {
  const rows = rfmRowsOf(recency, frequency, monetary, names, lang);
  if (isCellError(rows)) return fill(rows, longest(recency, frequency, monetary, names), 3);
  return rows.map((row) => (typeof row === "object" && "segment" in row ? [row.r, row.f, row.m] : [row, row, row]));
}
