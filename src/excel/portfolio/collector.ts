/**
 * What the portfolio views need from one Grade all, gathered chunk by chunk as each chunk's write is
 * committed (no second read of the table; a cancelled or failed run holds exactly the rows it wrote): the grade
 * breakdown with annual amounts, the receivables per grade (when the table has a balance), and the rows whose
 * grade changed against the grade cell read before the write.
 */
import {
  type CellValue,
  type GradeBreakdown,
  type GradeChange,
  type GradeReport,
  type GradeShare,
  type ReceivablesByGrade,
  addReceivables,
  fieldValues,
  gradeBreakdown,
  gradeChanges,
  receivablesByGrade,
} from "../../engine";

/** One graded chunk, as Grade all hands it over (see `GradeAllOptions.onGraded`). */
export interface GradedChunk {
  readonly report: GradeReport;
  readonly headers: readonly CellValue[];
  /** The chunk's rows as read, the table's own columns only. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Each row's grade cell before this Grade all wrote it. */
  readonly before: readonly unknown[];
  /** 0-based data row of the chunk's first row. */
  readonly firstRow: number;
}

export class PortfolioCollector {
  private readonly slots = new Map<string | null, { customers: number; amount: number }>();
  private letters: readonly string[] = [];
  private customers = 0;
  private amount = 0;
  private withoutAmount = 0;
  private issues = 0;
  private owed: ReceivablesByGrade | null = null;
  readonly changes: GradeChange[] = [];

  /** @param date when this grading ran (Excel serial, with the time of day), written in the history */
  constructor(
    private readonly asOf: number,
    private readonly date: number,
  ) {}

  readonly onGraded = (chunk: GradedChunk): void => {
    const { report } = chunk;
    const values = fieldValues({ headers: chunk.headers, rows: chunk.rows }, report, this.asOf);
    const part = gradeBreakdown(report, values.numbers("annualAmount"));
    this.letters = report.ruleSet.grades.map((g) => g.letter);
    for (const share of part.grades) {
      const slot = this.slots.get(share.grade) ?? { customers: 0, amount: 0 };
      slot.customers += share.customers;
      slot.amount += share.amount;
      this.slots.set(share.grade, slot);
    }
    this.customers += part.customers;
    this.amount += part.amount;
    this.withoutAmount += part.withoutAmount;
    this.issues += part.issues;
    this.owed = addReceivables(this.owed, receivablesByGrade(report, values));
    const ids = values.texts("customerId");
    for (const change of gradeChanges({ report, before: chunk.before, customerIds: ids, date: this.date }))
      this.changes.push(change);
  };

  /** What each grade's customers owe over all chunks; `null` when the table has no balance. */
  receivables(): ReceivablesByGrade | null {
    return this.owed;
  }

  /** The breakdown of the whole table, shares computed over all chunks. */
  breakdown(): GradeBreakdown {
    const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
    const entry = (grade: string | null): GradeShare => {
      const slot = this.slots.get(grade) ?? { customers: 0, amount: 0 };
      return {
        grade,
        customers: slot.customers,
        amount: slot.amount,
        customerShare: share(slot.customers, this.customers),
        amountShare: share(slot.amount, this.amount),
      };
    };
    return {
      grades: [...this.letters.map(entry), entry(null)],
      customers: this.customers,
      amount: this.amount,
      withoutAmount: this.withoutAmount,
      issues: this.issues,
    };
  }
}
