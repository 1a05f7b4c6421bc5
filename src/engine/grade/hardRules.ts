/** Step 5, before the rows: each hard rule as a test of one row, over the table's columns. */
import type { Rule } from "../rules/schema";
import { assertNever } from "../types";
import type { TableColumns } from "./columns";
import { type RowTest, compileAll } from "./conditions";

export interface PreparedRules {
  /** Rules in rule-set order with their row test (require rules test "satisfied"). */
  readonly tests: readonly RowTest[];
  readonly rules: readonly Rule[];
  /** Index of the manualOverride rule, -1 when none. */
  readonly manual: number;
}

function testOf(rule: Rule, columns: TableColumns): RowTest {
  switch (rule.kind) {
    case "require": {
      const present = rule.anyOf.map((f) => columns.presence(f));
      return (row) => {
        for (const p of present) if (p(row)) return true; // a loop, not .some(): no closure per row
        return false;
      };
    }
    case "cap":
    case "flag":
      return compileAll(rule.when, columns);
    case "manualOverride":
      return () => true; // decided from the manual-grade column itself
    default:
      return assertNever(rule, "rule kind");
  }
}

/** `notApplied`: ids of rules the table cannot check at all (a `require` rule with no column); they pass. */
export function prepareRules(
  rules: readonly Rule[],
  columns: TableColumns,
  notApplied: ReadonlySet<string> = new Set(),
): PreparedRules {
  return {
    tests: rules.map((rule) => (notApplied.has(rule.id) ? () => true : testOf(rule, columns))),
    rules,
    manual: rules.findIndex((r) => r.kind === "manualOverride"),
  };
}
