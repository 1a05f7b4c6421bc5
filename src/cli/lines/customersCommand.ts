/**
 * `customer-grader customers LINES --out CUSTOMERS`: the customer table built from order or shipment lines,
 * and `customer-grader rfm LINES`: each customer's RFM scores and type. Both read the lines as `grade` reads
 * a table (a CSV, or a workbook's table or header row) and measure the twelve months before the as-of date.
 */
import { basename, dirname, extname, join } from "node:path";
import {
  type CellIssue,
  type CustomersFromLines,
  type Lang,
  type Result,
  err,
  isoDateOfSerial,
  ok,
  serialFromLocalDate,
  tableLanguage,
} from "../../engine";
import { buildCustomers, segmentTotals } from "../../engine/lines";
import type { CustomersCommand, RfmCommand } from "../args";
import { CLI_MESSAGES } from "../i18n";
import type { LinesTexts } from "../i18n/catalog";
import { type CliIo, EXIT_OK, checkOutputPath, report, reportingLeftovers, writeAtomically, writeText } from "../io";
import { languageFromEnv, messageLanguage } from "../lang";
import { type CliProblem, PROBLEMS, problem } from "../problems";
import { readSource } from "../source";
import { USAGE_DETAILS } from "../usageDetails";
import { customersCsv, writeCustomersWorkbook } from "./customersWorkbook";
import { customersJson, rfmJson } from "./linesJson";

interface Built {
  readonly build: CustomersFromLines;
  readonly lines: number;
  /** The sheet row (1-based) of the header: a CSV's is 1; a workbook's table may start lower. */
  readonly headerRow: number;
  /** The messages' language: --lang, else the environment's, else the lines' headers'. */
  readonly lang: Lang;
}

/** Reads the lines and builds the customers; the messages' language is settled once the headers are known. */
/** Why no customers were built, in the language to say it in (the lines' headers' once they are read). */
interface NotBuilt {
  readonly problem: CliProblem;
  readonly lang: Lang;
}

async function readAndBuild(command: CustomersCommand | RfmCommand, io: CliIo): Promise<Result<Built, NotBuilt>> {
  const envLang = messageLanguage(command.lang, languageFromEnv(io.env), undefined);
  const read = await readSource(
    command.file,
    {
      ...(command.table === undefined ? {} : { table: command.table }),
      ...(command.sheet === undefined ? {} : { sheet: command.sheet }),
    },
    command.encoding,
  );
  if (!read.ok) return err({ problem: read.error, lang: envLang });
  const { table } = read.value;
  const headersLang = tableLanguage(table.headers);
  const lang = messageLanguage(command.lang, languageFromEnv(io.env), headersLang);
  const asOf = command.asOf ?? serialFromLocalDate(io.today());
  // The customer table's headers speak the language asked for, else the lines' own headers' language.
  const built = buildCustomers(table, { asOf, lang: command.lang ?? headersLang });
  if (!built.ok) {
    const code = built.error.kind === "no-lines" ? "no-lines" : "lines-missing-columns";
    return err({ problem: problem(code, built.error.message), lang });
  }
  const headerRow = read.value.kind === "xlsx" ? read.value.read.located.headerRow : 1;
  return ok({ build: built.value, lines: table.rows.length, headerRow, lang });
}

/** How many unreadable cells the closing lines list one by one (`--json` has them all). */
const LISTED_ISSUES = 10;

function issueLines(issues: readonly CellIssue[], headerRow: number, texts: LinesTexts, lang: Lang): string[] {
  // Rows as the spreadsheet numbers them: the first line is the row below the header.
  const listed = issues
    .slice(0, LISTED_ISSUES)
    .map((i) => texts.issue(headerRow + 1 + i.row, i.header, i.message[lang]));
  return issues.length > LISTED_ISSUES ? [...listed, texts.moreIssues(issues.length - LISTED_ISSUES)] : listed;
}

/** `--out`, else `<name>.customers.xlsx` beside the lines; a new workbook, so never .xlsm. */
function customersTarget(command: CustomersCommand): { path: string; csv: boolean } | CliProblem {
  const path =
    command.out ?? join(dirname(command.file), `${basename(command.file, extname(command.file))}.customers.xlsx`);
  const ext = extname(path).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") return PROBLEMS.usage(USAGE_DETAILS.outExtension(basename(path)));
  return { path, csv: ext === ".csv" };
}

export async function customersCommand(command: CustomersCommand, io: CliIo): Promise<number> {
  const envLang = messageLanguage(command.lang, languageFromEnv(io.env), undefined);
  const target = customersTarget(command);
  if ("code" in target) return report(io, target, envLang);
  if (command.escapeFormulas && !target.csv)
    return report(io, PROBLEMS.usage(USAGE_DETAILS.escapeNeedsCsvOutput()), envLang);
  const refused = checkOutputPath(target.path, command.file, command.force);
  if (refused) return report(io, refused, envLang);
  const built = await readAndBuild(command, io);
  if (!built.ok) return report(io, built.error.problem, built.error.lang);
  const { build, lines, headerRow, lang } = built.value;
  const texts = CLI_MESSAGES[lang].lines;
  const csv = target.csv ? customersCsv(build.table, command.escapeFormulas === true) : null;
  const failed = await writeAtomically(
    target.path,
    csv ? writeText(csv.text) : (temp) => writeCustomersWorkbook(temp, texts.sheetName, build.table),
    reportingLeftovers(io, lang),
  );
  if (failed) return report(io, failed, lang);
  if (command.json) await io.stdout(JSON.stringify(customersJson(build, lang, target.path)) + "\n");
  const closing = texts.built({
    customers: build.customers.length,
    lines,
    from: isoDateOfSerial(build.window.from),
    to: isoDateOfSerial(build.window.to),
    afterAsOf: build.linesAfterAsOf,
    issues: build.issues.length,
    escaped: csv?.escaped ?? null,
    written: target.path,
  });
  io.stderr([closing, ...issueLines(build.issues, headerRow, texts, lang)].join("\n") + "\n");
  return EXIT_OK;
}

const amountText = (amount: number, lang: Lang): string =>
  amount.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export async function rfmCommand(command: RfmCommand, io: CliIo): Promise<number> {
  const built = await readAndBuild(command, io);
  if (!built.ok) return report(io, built.error.problem, built.error.lang);
  const { build, headerRow, lang } = built.value;
  const texts = CLI_MESSAGES[lang].lines;
  if (command.json) {
    await io.stdout(JSON.stringify(rfmJson(build)) + "\n");
    if (build.issues.length > 0) io.stderr(issueLines(build.issues, headerRow, texts, lang).join("\n") + "\n");
    return EXIT_OK;
  }
  const out = [texts.rfmTitle(build.rfm.length, isoDateOfSerial(build.window.asOf))];
  for (const total of segmentTotals(build.rfm))
    out.push(texts.rfmSegment(total.name[lang], total.customers, amountText(total.amount, lang)));
  await io.stdout(out.join("\n") + "\n");
  if (build.issues.length > 0) io.stderr(issueLines(build.issues, headerRow, texts, lang).join("\n") + "\n");
  return EXIT_OK;
}
