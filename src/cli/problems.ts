/**
 * Why the command stopped: one line the analyst reads (what went wrong and what to do), in three languages.
 * Every problem exits with code 2 and writes nothing. The texts are the catalog's (`src/cli/i18n`).
 */
import type { Localized, RuleSetProblem } from "../engine";
import { SHEET_COLUMNS } from "../plan";
import type { UndecodableText } from "./encoding/decodeCsv";
import type { ProblemTexts } from "./i18n/catalog";
import { cliText } from "./i18n";

export interface CliProblem {
  readonly code: CliProblemCode;
  readonly message: Localized;
}

/**
 * The command line's own problems, the two the engine words itself when a table cannot be graded, the two it
 * words when no customer table can be built from lines, and the two when a table cannot be fitted.
 */
export type CliProblemCode =
  | keyof ProblemTexts
  | "no-header"
  | "no-recognised-columns"
  | "lines-missing-columns"
  | "no-lines"
  | "no-grade-column"
  | "too-few-grades"
  | "not-compilable";

export const problem = (code: CliProblemCode, message: Localized): CliProblem => ({ code, message });

/** A problem of the catalog, worded in every language from the same values. */
const cliProblem = <Code extends keyof ProblemTexts>(
  code: Code,
  ...values: Parameters<ProblemTexts[Code]>
): CliProblem =>
  problem(
    code,
    cliText((m) => (m.problems[code] as (...args: Parameters<ProblemTexts[Code]>) => string)(...values)),
  );

/** How many of a rule set's problems the one line shows (`rules --check` lists them all). */
const SHOWN_RULE_PROBLEMS = 3;

export const PROBLEMS = {
  /** `detail`: from `USAGE_DETAILS` (`src/cli/usageDetails.ts`), in each language. */
  usage: (detail: Localized | string): CliProblem =>
    problem(
      "usage",
      cliText((m, lang) => m.problems.usage(typeof detail === "string" ? detail : detail[lang])),
    ),
  fileMissing: (file: string): CliProblem => cliProblem("file-missing", file),
  notAWorkbook: (file: string): CliProblem => cliProblem("not-a-workbook", file),
  passwordProtected: (file: string): CliProblem => cliProblem("password-protected", file),
  corrupt: (file: string, detail: string): CliProblem => cliProblem("corrupt", file, detail),
  prefixedXml: (file: string): CliProblem => cliProblem("prefixed-xml", file),
  /** `output`: the graded copy would be that large (the input was not). */
  tooLarge: (file: string, output = false): CliProblem => cliProblem("too-large", file, output),
  noTable: (file: string): CliProblem => cliProblem("no-table", file),
  severalTables: (names: readonly string[]): CliProblem => cliProblem("several-tables", names),
  tableNotFound: (name: string, names: readonly string[]): CliProblem => cliProblem("table-not-found", name, names),
  sheetNotFound: (name: string, names: readonly string[]): CliProblem => cliProblem("sheet-not-found", name, names),
  columnsBlocked: (where: string): CliProblem => cliProblem("columns-blocked", where),
  sharedFormula: (header: string, ref: string): CliProblem => cliProblem("shared-formula", header, ref),
  /** The bytes shown as `0x81 0x20`, as a hex editor would find them at the offset. */
  csvEncoding: (file: string, found: UndecodableText): CliProblem =>
    cliProblem(
      "csv-encoding",
      file,
      found,
      found.bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" "),
    ),
  /** `row` and `column` are 1-based, as Excel numbers the cells of the opened CSV. */
  csvUnclosedQuote: (file: string, row: number, column: number): CliProblem =>
    cliProblem("csv-unclosed-quote", file, row, column),
  /**
   * The output columns would run past the sheet's last column.
   * @param columns the table's width; `lastColumn`: 1-based sheet column of its last one; `toAdd`: the headers to append
   */
  noRoomForOutputs: (columns: number, lastColumn: number, toAdd: readonly string[]): CliProblem => {
    const n = (count: number): string => count.toLocaleString("en");
    const remove = toAdd.length - (SHEET_COLUMNS - lastColumn);
    return cliProblem(
      "no-room-for-outputs",
      n(columns),
      n(lastColumn),
      n(SHEET_COLUMNS),
      toAdd,
      remove,
      lastColumn > columns,
    );
  },
  rulesUnreadable: (file: string, detail: string): CliProblem => cliProblem("rules-unreadable", file, detail),
  rulesInvalid: (file: string, problems: readonly RuleSetProblem[]): CliProblem =>
    problem(
      "rules-invalid",
      cliText((m, lang) =>
        m.problems["rules-invalid"](
          file,
          problems.length,
          problems.slice(0, SHOWN_RULE_PROBLEMS).map((p) => `${p.path}: ${p.messages[lang]}`),
        ),
      ),
    ),
  outExists: (file: string): CliProblem => cliProblem("out-exists", file),
  outIsInput: (file: string): CliProblem => cliProblem("out-is-input", file),
  writeFailed: (file: string, detail: string): CliProblem => cliProblem("write-failed", file, detail),
} as const;
