/** `customer-grader grade FILE`: the one place where the engine meets files. */
import { basename, dirname, extname, join } from "node:path";
import { type Lang, type RuleSet, defaultRuleSet, gradeTable, serialFromLocalDate, tableLanguage } from "../engine";
import { OUTPUT_FIELDS, type OutputPlan, planOutputColumns } from "../plan";
import type { GradeCommand } from "./args";
import { formatCsv } from "./csv";
import { writeCsvWorkbook } from "./csvWorkbook";
import { typedColumns } from "./csvTypedCells";
import { type GradeFills, gradeFills } from "./gradeFills";
import { escapeFormulas } from "./formulaCells";
import {
  type CliIo,
  EXIT_OK,
  type WriteOptions,
  checkOutputPath,
  report,
  reportingLeftovers,
  writeAtomically,
  writeText,
} from "./io";
import { jsonDocumentText } from "./jsonDocument";
import { languageFromEnv, messageLanguage } from "./lang";
import { type OutputRow, countReplaced, outputHeaders, outputRow, tableWithOutputs } from "./outputs";
import { CLI_MESSAGES } from "./i18n";
import type { CliMessages } from "./i18n/catalog";
import { type CliProblem, PROBLEMS, problem } from "./problems";
import { USAGE_DETAILS } from "./usageDetails";
import { readRuleSetFile } from "./ruleSetFile";
import { noRoomForOutputs } from "./sheetRoom";
import { type Source, readCommandSource } from "./source";
import { summaryLine, tableNotes } from "./summary";
import { writeWorkbook } from "./xlsx/writeWorkbook";
import { writeFormattedWorkbook, writeThenFormat } from "./format/formatWorkbook";
import type { FormattingOutcome } from "./format/sheetFormatter";
import { formatSummaryLine } from "./format/summary";

type OutputFormat = "xlsx" | "csv";

/**
 * `--out`, else `<name>.graded.xlsx` (`.formatted.xlsx` for `format`) beside the input (`.xlsm` for a macro
 * workbook, whose package Excel only opens under that extension).
 */
export function outputTarget(
  input: string,
  out: string | undefined,
  suffix = "graded",
): { path: string; format: OutputFormat } | CliProblem {
  const macro = extname(input).toLowerCase() === ".xlsm";
  const path = out ?? join(dirname(input), `${basename(input, extname(input))}.${suffix}.${macro ? "xlsm" : "xlsx"}`);
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return { path, format: "csv" };
  if (macro && ext !== ".xlsm") return PROBLEMS.usage(USAGE_DETAILS.macroAsXlsm(basename(path)));
  if (ext === ".xlsx" || (macro && ext === ".xlsm")) return { path, format: "xlsx" };
  return PROBLEMS.usage(USAGE_DETAILS.outExtension(basename(path)));
}

export async function gradeCommand(command: GradeCommand, io: CliIo): Promise<number> {
  if (command.engine === "duckdb") {
    // DuckDB is a native module of its own: loaded only when asked for.
    const { gradeWithDuckDb } = await import("./duckdb/gradeWithDuckDb");
    return gradeWithDuckDb(command, io);
  }
  const envLang = languageFromEnv(io.env);
  let lang: Lang = messageLanguage(command.lang, envLang, undefined);
  const progress = (text: (messages: CliMessages["progress"]) => string): void => {
    if (io.stderrIsTTY) io.stderr(`… ${text(CLI_MESSAGES[lang].progress)}\n`);
  };

  let ruleSet: RuleSet = defaultRuleSet();
  if (command.rules !== undefined) {
    const loaded = readRuleSetFile(command.rules);
    if (!loaded.ok) return report(io, loaded.error.problem, lang);
    ruleSet = loaded.value;
  }
  const target = outputTarget(command.file, command.out);
  if ("code" in target) return report(io, target, lang);
  if (command.format && target.format === "csv")
    return report(io, PROBLEMS.usage(USAGE_DETAILS.formatNeedsXlsxOutput()), lang);
  if (command.escapeFormulas && target.format !== "csv")
    return report(io, PROBLEMS.usage(USAGE_DETAILS.escapeNeedsCsvOutput()), lang);
  const refused = checkOutputPath(target.path, command.file, command.force);
  if (refused) return report(io, refused, lang);

  progress((p) => p.reading(command.file));
  const read = await readCommandSource(command);
  if (!read.ok) return report(io, read.error, lang);
  const source = read.value;
  const headersLang = tableLanguage(source.table.headers);
  lang = messageLanguage(command.lang, envLang, headersLang);

  const rowCount = source.table.rows.length;
  progress((p) => p.grading(rowCount));
  const asOf = command.asOf ?? serialFromLocalDate(io.today());
  const graded = gradeTable(source.table, ruleSet, {
    asOf,
    asOfIsToday: command.asOf === undefined,
    ...(command.lang ? { language: command.lang } : {}),
  });
  if (!graded.ok) return report(io, problem(graded.error.code, graded.error.message), lang);
  const gradeReport = graded.value;
  const width = source.table.headers.length;
  const plan = planOutputColumns(gradeReport.mapping, width, headersLang);
  const outputs = Array.from({ length: rowCount }, (_, i) => outputRow(gradeReport, i));

  progress((p) => p.writing(target.path));
  const fills = gradeFills(ruleSet.grades.map((g) => g.letter));
  const written = await writeOutput(source, target, plan, outputs, fills, {
    formatBy: command.format ? ruleSet : null,
    escapeFormulas: command.escapeFormulas === true,
    write: reportingLeftovers(io, lang),
  });
  if ("code" in written) return report(io, written, lang);

  if (command.json)
    for (const piece of jsonDocumentText(
      source.name,
      gradeReport,
      outputHeaders(gradeReport, plan, width),
      lang,
      source.table,
      source.kind === "csv" ? source.encoding : null,
    ))
      await io.stdout(piece);
  io.stderr(
    summaryLine(
      {
        summary: gradeReport.summary,
        replacedCells: written.replacedCells,
        ...(written.escapedCells === undefined ? {} : { escapedCells: written.escapedCells }),
        written: target.path,
        notes: tableNotes(gradeReport, lang),
        readAs: source.kind === "csv" && source.encoding.name !== "utf8" ? source.encoding : null,
      },
      lang,
    ) + "\n",
  );
  if (written.formatted) io.stderr(formatSummaryLine(written.formatted, source.name, null, lang) + "\n");
  return EXIT_OK;
}

interface WriteChoices {
  /** The rule set to format by (`--format`), else `null`. */
  readonly formatBy: RuleSet | null;
  /** `--escape-formulas` (CSV output only). */
  readonly escapeFormulas: boolean;
  readonly write: WriteOptions;
}

interface Written {
  readonly replacedCells: number;
  readonly formatted?: FormattingOutcome;
  /** Cells given a `'` (`--escape-formulas`). */
  readonly escapedCells?: number;
}

async function writeOutput(
  source: Source,
  target: { path: string; format: OutputFormat },
  plan: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  { formatBy, escapeFormulas: escape, write }: WriteChoices,
): Promise<Written | CliProblem> {
  if (target.format === "csv") {
    const delimiter = source.kind === "csv" ? source.delimiter : ",";
    const rows = tableWithOutputs(source.table, plan, outputs);
    const escaped = escape ? escapeFormulas(rows) : null;
    // UTF-8 with a BOM: Excel opens it with the Chinese intact.
    const text = "\uFEFF" + formatCsv(escaped?.rows ?? rows, delimiter);
    return (
      (await writeAtomically(target.path, writeText(text), write)) ?? {
        replacedCells: countReplaced(source.table, plan, outputs),
        ...(escaped ? { escapedCells: escaped.escaped } : {}),
      }
    );
  }
  const noRoom = noRoomForOutputs(source, plan);
  if (noRoom) return noRoom;
  if (source.kind === "csv") {
    const done: { formatted?: FormattingOutcome } = {};
    const failed = await writeAtomically(
      target.path,
      async (temp) => {
        if (formatBy === null) return writeCsvWorkbook(temp, source.name, source.table, plan, outputs, fills);
        // ExcelJS writes the plain workbook (dates, percentages and money as numbers, so their formats apply; no
        // static grade fills, the conditional formats colour the grades); the same formatter as for an .xlsx then formats it.
        const typed = typedColumns(source.table.headers);
        done.formatted = await writeThenFormat(temp, plan, formatBy, (plain) =>
          writeCsvWorkbook(plain, source.name, source.table, plan, outputs, new Map(), typed),
        );
      },
      write,
    );
    return failed ?? { replacedCells: countReplaced(source.table, plan, outputs), ...done };
  }
  const blocked = source.read.occupiedRight.slice(0, plan.toAdd.length).find((cell) => cell !== null);
  if (blocked) return PROBLEMS.columnsBlocked(blocked);
  for (const field of OUTPUT_FIELDS) {
    const ref = source.read.sharedFormulasReachingOut.get(plan.columns[field]);
    if (ref) return PROBLEMS.sharedFormula(String(source.table.headers[plan.columns[field]] ?? ""), ref);
  }
  const done: { replacedCells: number; formatted?: FormattingOutcome } = { replacedCells: 0 };
  const failed = await writeAtomically(
    target.path,
    async (temp) => {
      if (formatBy === null)
        done.replacedCells = (await writeWorkbook(source.pkg, source.read, plan, outputs, fills, temp)).replacedCells;
      else {
        const formatted = await writeFormattedWorkbook(source, plan, outputs, fills, formatBy, temp);
        done.replacedCells = formatted.replacedCells;
        done.formatted = formatted.outcome;
      }
    },
    write,
  );
  return failed ?? done;
}
