/** Views over a graded customer base: grade summary, grade history and migration, year-end screening. */
export { fieldValues } from "./fieldValues";
export { gradeBreakdown, type GradeBreakdown, type GradeShare } from "./breakdown";
export { gradeChanges, gradeOf, type GradeChange } from "./history";
export { migrationMatrix, type MigrationMatrix } from "./migration";
export { overdueCap, settleRuleOf, yearEndScreening, type SettleFirst, type YearEndScreening } from "./screening";
export { addReceivables, receivablesByGrade, type GradeReceivable, type ReceivablesByGrade } from "./receivables";
