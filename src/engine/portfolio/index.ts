/** Views over a graded customer base: grade summary, grade history and migration, year-end screening. */
export { fieldValues, type FieldValues } from "./fieldValues";
export { gradeBreakdown, type GradeBreakdown, type GradeShare } from "./breakdown";
export { gradeChanges, type GradeChange, type GradeChangesInput } from "./history";
export { migrationMatrix, type MigrationMatrix } from "./migration";
export {
  yearEndScreening,
  NO_PROSPECTS_POINTS,
  type YearEndScreening,
  type KeyAccount,
  type UnsettledCustomer,
  type DropCandidate,
  type ScreenedCustomer,
} from "./screening";
