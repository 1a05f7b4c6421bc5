import type { CellIssueCode } from "../types";

/**
 * What a parser says about a cell it cannot read. Parsers return `number | null | CellProblem`
 * (value, blank, problem) so the hot path stays a `typeof` check with no allocation for good cells.
 */
export interface CellProblem {
  readonly problem: CellIssueCode;
}

const cache = new Map<CellIssueCode, CellProblem>();
/** One shared frozen object per code: a million bad cells allocate nothing. */
export function problem(code: CellIssueCode): CellProblem {
  let found = cache.get(code);
  if (!found) {
    found = Object.freeze({ problem: code });
    cache.set(code, found);
  }
  return found;
}
