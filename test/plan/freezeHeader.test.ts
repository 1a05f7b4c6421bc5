/** Whether to freeze the header: the analyst's frozen rows and columns are kept, a header far down is not frozen. */
import { FREEZE_ROW_LIMIT, freezeOutcome } from "../../src/plan/freezeHeader";

test.each([
  [1, { rows: 0, columns: 0 }, "frozen"],
  [3, { rows: 0, columns: 2 }, "frozen"],
  [3, { rows: 1, columns: 0 }, "frozen"],
  [3, { rows: 3, columns: 0 }, "kept"],
  [3, { rows: 5, columns: 1 }, "kept"],
  [FREEZE_ROW_LIMIT, { rows: 0, columns: 0 }, "frozen"],
  [FREEZE_ROW_LIMIT + 1, { rows: 0, columns: 0 }, "header too far down"],
  [FREEZE_ROW_LIMIT + 1, { rows: 20, columns: 0 }, "header too far down"],
] as const)("freezing %i rows with %j frozen: %s", (rows, now, outcome) => {
  expect(freezeOutcome(rows, now)).toBe(outcome);
});
