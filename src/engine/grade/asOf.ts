/**
 * The date days are counted to. A table whose figures are all of one closed year ("Sales (2017)", "2017年订单数")
 * is graded as of that year's end when the host gave only today's date: an old export is judged on its own
 * terms, not as years of silence. Decided from the headers alone, so every chunk of a long run and every
 * single-row re-grade of the table agree.
 */
import { fieldSpec } from "../fields";
import type { ColumnMapping } from "../headers/mapColumns";
import { engineText } from "../i18n";
import type { Localized } from "../types";
import { partsFromSerial, serialFromParts } from "../values/date";

export interface AsOfDecision {
  /** The Excel serial days are counted to. */
  readonly serial: number;
  /** "given": the host's date; "period": the end of the year the table's headers name. */
  readonly from: "given" | "period";
  /** The header that named the year, when `from` is "period". */
  readonly header?: string;
  readonly message?: Localized;
}

/** The one closed year every period-qualified figure names, and a header naming it; null when there is none. */
function closedYear(mapping: ColumnMapping, asOf: number): { year: number; header: string } | null {
  let found: { year: number; header: string } | null = null;
  for (const column of Object.values(mapping.columns)) {
    if (!column?.period || !fieldSpec(column.field).flow) continue;
    const { period } = column;
    if (period.kind !== "year") return null; // "本年", "近12个月": the figures are current
    if (period.year === null) continue;
    if (found && found.year !== period.year) return null;
    found ??= { year: period.year, header: column.header };
  }
  return found && found.year < partsFromSerial(asOf).year ? found : null;
}

export function decideAsOf(
  mapping: ColumnMapping,
  options: { readonly asOf: number; readonly asOfIsToday?: boolean },
): AsOfDecision {
  const given: AsOfDecision = { serial: options.asOf, from: "given" };
  if (!options.asOfIsToday) return given;
  const closed = closedYear(mapping, options.asOf);
  if (!closed) return given;
  const yearEnd = serialFromParts(closed.year, 12, 31);
  if (yearEnd === null) return given;
  const date = `${closed.year}-12-31`;
  return {
    serial: yearEnd,
    from: "period",
    header: closed.header,
    message: engineText((m) => m.asOfFromPeriod(closed.header, date)),
  };
}
