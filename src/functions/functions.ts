/**
 * Customer Grader's custom functions (namespace CG: =CG.CUSTOMERGRADE(...)). The JSDoc tags below are read by
 * custom-functions-metadata-plugin at build time to write functions.json and register each function; the
 * logic lives in ./core, which runs and is tested without Excel. They grade with the workbook's rule set (the
 * one the task pane edits for tables that share it, loaded from the workbook's settings), the default until one
 * is saved; a table's own rules never reach them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures to
   declare Excel's parameter types: `any` is its "any cell value" type, and it rejects unions and `unknown`. */
import { serialFromLocalDate } from "../engine";
import { sharedAdapter } from "../shared/runtime";
import { type CellError, isCellError } from "./core/cellError";
import { customerGrade, customerScore, gradeReasons } from "./core/gradeFunctions";
import { abcClasses, gradeRemark, maskPhone } from "./core/otherFunctions";
import { rfmScore, rfmSegment } from "./core/rfmFunctions";
import "./commands";

const ERROR_CODES = {
  value: "#VALUE!",
  na: "#N/A",
} as const;

/** A core error as Excel's error value, with the message Excel shows in the cell's tooltip. */
function toExcel(error: CellError): CustomFunctions.Error {
  return new CustomFunctions.Error(ERROR_CODES[error.error] as CustomFunctions.ErrorCode, error.message);
}

/** For matrices: an error value sits in its cell, the other cells keep their results. */
function toExcelCell<T>(value: T | CellError): T | CustomFunctions.Error {
  return isCellError(value) ? toExcel(value) : value;
}

/** For single results: thrown, Excel shows the error value (and the metadata keeps the result's type). */
function orThrow<T>(value: T | CellError): T {
  if (isCellError(value)) throw toExcel(value);
  return value;
}

/**
 * The workbook's rules, never a table's own: a formula is given cells, not a table, so it cannot know which
 * table's rules it would mean (a table with rules of its own is graded by them in the pane and Grade all only).
 */
const ruleSet = () => sharedAdapter().workbookRuleSet();
const today = () => serialFromLocalDate(new Date());

/**
 * The workbook's saved rule set, once Office is ready. Formulas computed before it loaded are recalculated,
 * only when it differs from the rules they used (a full recalculation is costly in a large workbook). The
 * rule set is in force even when the bound table has gone (restore then reports that, for the pane).
 */
async function loadSavedRuleSet(): Promise<void> {
  const before = JSON.stringify(ruleSet().source);
  await sharedAdapter().restore();
  if (JSON.stringify(ruleSet().source) !== before) await sharedAdapter().recalculate();
}

if (typeof Office !== "undefined") {
  void Office.onReady(() =>
    // No pane may be open to show this: the runtime's console is where it can be seen.
    loadSavedRuleSet().catch((error: unknown) =>
      console.error("Customer Grader: the workbook's rule set could not be loaded", error),
    ),
  );
}

/**
 * The grade of each customer row under the workbook's rule set; several rows spill one grade per row.
 * @customfunction CUSTOMERGRADE
 * @param values Customer rows: the whole table (e.g. Table1) spills one grade per row. Put the formula outside the table, or take only the input columns (Table1[@[Customer]:[Financial status]]): a row that includes the formula's own cell is a circular reference.
 * @param [headers] The table's header row (e.g. Table1[#Headers]); omit it when the columns follow the template's order.
 * @returns One grade per row: a letter, #VALUE! for an unreadable cell, #N/A when key data is missing, "" for a blank row.
 */
export function customerGrade_(values: any[][], headers?: any[][]): any[][] {
  return customerGrade(values, headers, ruleSet(), today()).map((row) => row.map(toExcelCell));
}

/**
 * The score (0–100) of each customer row; several rows spill one score per row.
 * @customfunction CUSTOMERSCORE
 * @param values Customer rows: the whole table spills one result per row (put the formula outside the table).
 * @param [headers] The table's header row; omit it when the columns follow the template's order.
 * @returns One score per row.
 */
export function customerScore_(values: any[][], headers?: any[][]): any[][] {
  return customerScore(values, headers, ruleSet(), today()).map((row) => row.map(toExcelCell));
}

/**
 * The remark (what to do with the customer) for a grade, in the rule set's language.
 * @customfunction GRADEREMARK
 * @param grade A grade letter, e.g. "A".
 * @returns The remark for that grade.
 */
export function gradeRemark_(grade: string): string {
  return orThrow(gradeRemark(grade, ruleSet()));
}

/**
 * Why each row got its grade, as one line: the points from each dimension and the rule that capped it.
 * @customfunction GRADEREASONS
 * @param values Customer rows: the whole table spills one result per row (put the formula outside the table).
 * @param [headers] The table's header row; omit it when the columns follow the template's order.
 * @returns One line of reasons per row.
 */
export function gradeReasons_(values: any[][], headers?: any[][]): any[][] {
  return gradeReasons(values, headers, ruleSet(), today()).map((row) => row.map(toExcelCell));
}

/**
 * The Pareto (ABC) class of a customer's amount among all amounts; a range of amounts spills one class each.
 * @customfunction ABCCLASS
 * @param value The customer's amount (a number, or text such as "12.5万"), or a column of amounts.
 * @param values All customers' amounts.
 * @param [aShare] Share of the total that makes class A (default 0.8).
 * @param [bShare] Share of the total that makes classes A and B (default 0.95).
 * @returns "A", "B" or "C" for each amount.
 */
export function abcClass_(value: any[][], values: any[][], aShare?: number, bShare?: number): any[][] {
  return abcClasses(value, values, aShare ?? 0.8, bShare ?? 0.95).map((row) => row.map(toExcelCell));
}

/**
 * A phone number with its middle digits hidden, for copies shared outside the team (139****5688).
 * @customfunction MASKPHONE
 * @param phone The phone number.
 * @returns The masked number.
 */
export function maskPhone_(phone: any): string {
  return orThrow(maskPhone(phone));
}

/**
 * The RFM customer type of each customer (重要价值客户 …): R, F and M are each high when better than the mean of all the customers given.
 * @customfunction RFMSEGMENT
 * @param recency Days since each customer's last order, a column with one customer a row.
 * @param frequency Each customer's number of orders, a column as long as recency.
 * @param monetary Each customer's amount, a column as long as recency.
 * @returns One type per row, in the rule set's language: #VALUE! for a cell that is not a number, #N/A for a measure left blank, "" for a blank row.
 */
export function rfmSegment_(recency: any[][], frequency: any[][], monetary: any[][]): any[][] {
  return rfmSegment(recency, frequency, monetary, ruleSet().language).map((row) => row.map(toExcelCell));
}

/**
 * The RFM scores r, f and m (1–5) of each customer, as SQL's NTILE(5) gives them: 5 for the most recent, most frequent, largest.
 * @customfunction RFMSCORE
 * @param recency Days since each customer's last order, a column with one customer a row.
 * @param frequency Each customer's number of orders, a column as long as recency.
 * @param monetary Each customer's amount, a column as long as recency.
 * @param [names] The customers' names: equal measures are then ordered by name, as SQL's ORDER BY measure, customer; without, by row order.
 * @returns Three columns, r, f and m, one row per customer.
 */
export function rfmScore_(recency: any[][], frequency: any[][], monetary: any[][], names?: any[][]): any[][] {
  return rfmScore(recency, frequency, monetary, names, ruleSet().language).map((row) => row.map(toExcelCell));
}
