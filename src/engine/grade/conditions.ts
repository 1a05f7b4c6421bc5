/** Hard-rule conditions compiled to row tests over the table's columns. */
import type { Condition, FieldRef } from "../rules/schema";
import type { TableColumns } from "./columns";

export type RowTest = (row: number) => boolean;

const COMPARE: Readonly<Record<"gt" | "gte" | "lt" | "lte" | "eq" | "ne", (a: number, b: number) => boolean>> = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
};

/** A comparison with a missing value is false: a rule never fires on data that is not there. */
function compileCondition(condition: Condition, columns: TableColumns): RowTest {
  const { field, op, value } = condition;
  if (op === "missing") {
    const present = columns.presence(field);
    return (row) => !present(row);
  }
  if (op === "present") return columns.presence(field);
  const left = columns.numbers(field);
  const compare = COMPARE[op];
  if (typeof value === "object") {
    const right = columns.numbers(value.field as FieldRef);
    return (row) => {
      const a = left[row] as number;
      const b = right[row] as number;
      return a === a && b === b && compare(a, b);
    };
  }
  const b = value ?? NaN;
  return (row) => {
    const a = left[row] as number;
    return a === a && compare(a, b);
  };
}

export function compileAll(conditions: readonly Condition[], columns: TableColumns): RowTest {
  const tests = conditions.map((c) => compileCondition(c, columns));
  if (tests.length === 1) return tests[0] as RowTest;
  return (row) => {
    for (const t of tests) if (!t(row)) return false; // a loop, not .every(): no closure per row
    return true;
  };
}
