/**
 * The summary sheet's cells, worked out before anything is written: a title naming the table and the time,
 * one row per grade (customers, annual amount, their shares), the ungraded, a total, then the issue counts. For a table with a
 * balance the grade rows go on to the right with what the grade's customers owe: balance, overdue amount and
 * its share (when the table says what is overdue), and the ageing report's five columns (when it has buckets).
 * The chart reads the grade rows' first three columns. The block always has the same height and width, so a
 * shorter or narrower summary blanks out what a longer or wider one left below or beside it.
 */
import type { GradeBreakdown, GradeReceivable, ReceivablesByGrade } from "../../engine";
import type { PortfolioLabels } from "../i18n/catalog";

/** Rows the block takes (rule sets have far fewer grades). */
export const SUMMARY_ROWS = 40;
/** Grade, customers, annual amount and the two shares. */
export const SUMMARY_GRADE_COLUMNS = 5;
/** Balance, overdue, overdue share, then the five ageing columns. */
const RECEIVABLE_COLUMNS = 8;
/** Columns the block always takes, blank beyond what this summary fills. */
export const SUMMARY_COLUMNS = SUMMARY_GRADE_COLUMNS + RECEIVABLE_COLUMNS;
/** 0-based sheet row of the table's header row. */
export const SUMMARY_HEADER_ROW = 3;

export interface SummaryLayout {
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
  /** Header row plus one row per grade (the ungraded included), columns A:C: what the chart shows. */
  readonly chartRows: number;
  /** Columns this summary fills (the rest of the block is blank): 5 without receivables. */
  readonly width: number;
}

const COUNT = "#,##0";
const MONEY = "#,##0.00";
const SHARE = "0.0%";
const TIME = "yyyy-mm-dd hh:mm";

/** The receivables cells of one grade row (or the total), with their formats; none without a balance. */
function receivableCells(
  owed: Pick<GradeReceivable, "balance" | "overdue" | "ageing">,
  receivables: ReceivablesByGrade,
): { values: number[]; formats: string[] } {
  const values = [owed.balance];
  const formats = [MONEY];
  if (receivables.hasOverdue) {
    values.push(owed.overdue, owed.balance === 0 ? 0 : owed.overdue / owed.balance);
    formats.push(MONEY, SHARE);
  }
  if (receivables.hasAgeing) {
    values.push(...(owed.ageing ?? [0, 0, 0, 0, 0]));
    formats.push(MONEY, MONEY, MONEY, MONEY, MONEY);
  }
  return { values, formats };
}

/** The headers of the receivables columns this table has. */
function receivableHeaders(receivables: ReceivablesByGrade, labels: PortfolioLabels): string[] {
  return [
    labels.balance,
    ...(receivables.hasOverdue ? [labels.overdue, labels.overdueShare] : []),
    ...(receivables.hasAgeing ? labels.ageing : []),
  ];
}

/** The receivables of all grades together. */
function totalOwed(receivables: ReceivablesByGrade): Pick<GradeReceivable, "balance" | "overdue" | "ageing"> {
  const ageing = [0, 0, 0, 0, 0];
  let balance = 0;
  let overdue = 0;
  for (const g of receivables.grades) {
    balance += g.balance;
    overdue += g.overdue;
    g.ageing?.forEach((amount, i) => (ageing[i] = (ageing[i] as number) + amount));
  }
  return { balance, overdue, ageing: receivables.hasAgeing ? (ageing as unknown as GradeReceivable["ageing"]) : null };
}

export function summaryLayout(
  breakdown: GradeBreakdown,
  labels: PortfolioLabels,
  /** `updated`: when the grading ran (Excel serial with the time of day); `table`: the table's name now. */
  { updated, table }: { readonly updated: number; readonly table: string },
  receivables: ReceivablesByGrade | null = null,
): SummaryLayout {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const push = (row: (string | number)[], format: string[]): void => {
    values.push([...row, ...new Array<string>(SUMMARY_COLUMNS - row.length).fill("")]);
    formats.push([...format, ...new Array<string>(SUMMARY_COLUMNS - format.length).fill("General")]);
  };
  push([labels.summaryTitle(table)], []);
  push([labels.updated, updated], ["General", TIME]);
  push([], []);
  const owedBy = (grade: string | null) => receivables?.grades.find((g) => g.grade === grade) ?? null;
  const beside = (owed: Pick<GradeReceivable, "balance" | "overdue" | "ageing"> | null) =>
    receivables === null
      ? { values: [], formats: [] }
      : receivableCells(owed ?? { balance: 0, overdue: 0, ageing: null }, receivables);
  push(
    [
      labels.grade,
      labels.customers,
      labels.amount,
      labels.customerShare,
      labels.amountShare,
      ...(receivables === null ? [] : receivableHeaders(receivables, labels)),
    ],
    [],
  );
  // The letters as text ("'A"): a grade named "1" must not become a number.
  for (const share of breakdown.grades) {
    const owed = beside(owedBy(share.grade));
    push(
      [
        share.grade === null ? labels.ungraded : `'${share.grade}`,
        share.customers,
        share.amount,
        share.customerShare,
        share.amountShare,
        ...owed.values,
      ],
      ["General", COUNT, MONEY, SHARE, SHARE, ...owed.formats],
    );
  }
  const total = beside(receivables === null ? null : totalOwed(receivables));
  push(
    [
      labels.total,
      breakdown.customers,
      breakdown.amount,
      breakdown.customers === 0 ? 0 : 1,
      breakdown.amount === 0 ? 0 : 1,
      ...total.values,
    ],
    ["General", COUNT, MONEY, SHARE, SHARE, ...total.formats],
  );
  push([], []);
  push([labels.issues, breakdown.issues], ["General", COUNT]);
  push([labels.withoutAmount, breakdown.withoutAmount], ["General", COUNT]);
  while (values.length < SUMMARY_ROWS) push([], []);
  return {
    values,
    numberFormats: formats,
    chartRows: breakdown.grades.length + 1,
    width:
      receivables === null
        ? SUMMARY_GRADE_COLUMNS
        : SUMMARY_GRADE_COLUMNS + receivableHeaders(receivables, labels).length,
  };
}
