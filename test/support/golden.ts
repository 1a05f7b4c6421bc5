/** Golden tables: each file a description, a table and what grading it must give (see test/golden/README.md). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellIssueCode, CellValue, Lang, RowStatus, TableProblem } from "../../src/engine";

export interface GoldenCase {
  readonly file: string;
  readonly description: string;
  readonly asOf: string;
  readonly language?: Lang;
  readonly headers: CellValue[];
  readonly rows: CellValue[][];
  readonly expect:
    | {
        readonly grades: (string | null)[];
        readonly status?: RowStatus[];
        readonly remarksContain?: (string | null)[];
        readonly issues: { row: number; column: number; code: CellIssueCode }[];
      }
    | { readonly problem: TableProblem["code"] };
}

const GOLDEN_DIR = join(__dirname, "..", "golden");

export function loadGoldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      ...(JSON.parse(readFileSync(join(GOLDEN_DIR, file), "utf8")) as Omit<GoldenCase, "file">),
    }));
}
