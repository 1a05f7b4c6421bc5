/**
 * The generated customer exports (test/fixtures/exports, written by `npm run fixtures:exports`), their truth
 * files, and grading one the way an analyst would: `customer-grader grade FILE --json --as-of DAY`, the
 * default rule set, no other option (the graded copy goes to a temporary folder instead of beside the fixture).
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { RowStatus } from "../../src/engine";
import type { JsonDocument } from "../../src/cli/jsonDocument";
import type { Truth } from "../../scripts/exports/truth";
import { runInProcess, tempDir } from "../cli/support/cli";

export const EXPORTS_DIR = join(__dirname, "..", "fixtures", "exports");

/** Every generated export, as the generator writes it (each has `<name>.truth.json` beside it). */
export const EXPORT_FILES = [
  "crm-superstore.en.csv",
  "crm-superstore.zh-CN.csv",
  "tms-ledger.zh-CN.xlsx",
  "erp-customers.zh-TW.xlsx",
  "ar-ageing-sales.en.csv",
  "forwarder-customers.zh-CN.csv",
] as const;

export type ExportFile = (typeof EXPORT_FILES)[number];

export function loadTruth(file: ExportFile): Truth {
  return JSON.parse(readFileSync(join(EXPORTS_DIR, `${file}.truth.json`), "utf8")) as Truth;
}

export interface GradedExportRow {
  /** 1-based data row. */
  readonly row: number;
  readonly status: RowStatus;
  /** The grade of a graded row; `null` for an incomplete or skipped one. */
  readonly grade: string | null;
}

/** The command's `--json` rows for the file, graded at the truth's as-of day. Throws when the command refuses. */
export async function gradeExport(file: ExportFile, asOf: string): Promise<GradedExportRow[]> {
  const dir = tempDir("exports");
  try {
    const result = await runInProcess([
      "grade",
      join(EXPORTS_DIR, file),
      "--json",
      "--as-of",
      asOf,
      "--out",
      join(dir, "graded.csv"),
    ]);
    if (result.code !== 0) throw new Error(`grade ${file} exited ${result.code}: ${result.stderr}`);
    const document = JSON.parse(result.stdout) as JsonDocument;
    return document.rows.map((r) => ({
      row: r.row,
      status: r.status,
      grade: r.status === "graded" ? r.grade : null,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
