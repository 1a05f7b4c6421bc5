/** The command line's lines in English. */
import { formatList } from "../../engine";
import type { CsvEncoding, EncodingWhy } from "../encoding/names";
import type { CliMessages, TableNotes } from "./catalog";

const q = (s: string): string => `"${s}"`;
/** "1 customer", "2 customers". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
/** "", "number format on 1 column, ", "number formats on 3 columns, " */
const numberFormats = (columns: number): string =>
  columns === 0 ? "" : columns === 1 ? "number format on 1 column, " : `number formats on ${columns} columns, `;
const more = (count: number, first: readonly string[]): string =>
  count > first.length ? ` …(+${count - first.length})` : "";

function amounts({ ranked, fixed }: TableNotes["amounts"]): string {
  if (ranked.length > 0 && fixed.length > 0)
    return `amounts: ${formatList("en", ranked)} ranked within the table, ${formatList("en", fixed)} in fixed bands`;
  return ranked.length > 0 ? "amounts ranked within the table" : fixed.length > 0 ? "amounts in fixed bands" : "";
}

/** "not assessed: Payment and Credit; as of 2017-12-31 (from the headers); amounts ranked within the table; " */
const tableNotes = (n: TableNotes): string =>
  [
    n.notAssessed.length > 0 ? `not assessed: ${formatList("en", n.notAssessed)}` : "",
    n.asOfFromHeaders ? `as of ${n.asOfFromHeaders} (from the headers)` : "",
    amounts(n.amounts),
  ]
    .filter((part) => part !== "")
    .map((part) => `${part}; `)
    .join("");

const ENCODING: Readonly<Record<CsvEncoding, string>> = {
  utf8: "UTF-8",
  utf16le: "UTF-16LE",
  utf16be: "UTF-16BE",
  gb18030: "GB18030/GBK",
  big5: "Big5",
};
/** Why the file was read in that encoding, in a refusal. */
const REFUSED_WHY: Readonly<Record<Exclude<EncodingWhy, "valid-utf8">, string>> = {
  bom: "as the byte order mark at its start says",
  option: "as --encoding says",
  detected: "the encoding its text reads as",
};
/** The same, in the summary line. */
const READ_WHY: Readonly<Record<EncodingWhy, string>> = {
  bom: "byte order mark",
  option: "--encoding",
  detected: "detected from the text",
  "valid-utf8": "valid UTF-8",
};

export const en: CliMessages = {
  problems: {
    usage: (detail) => `Wrong arguments: ${detail}. Run customer-grader --help for usage.`,
    "file-missing": (file) => `File not found: ${file}. Check the path and the file name.`,
    "not-a-workbook": (file) =>
      `${file} is not an .xlsx workbook or a CSV file: save it from Excel as .xlsx (Excel Workbook) or CSV and try again.`,
    "password-protected": (file) =>
      `${file} is password-protected (encrypted): open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save a copy and try again.`,
    corrupt: (file, detail) =>
      `${file} is damaged and cannot be read (${detail}): open and repair it in Excel, or use a backup.`,
    "prefixed-xml": (file) =>
      `${file} is not in the form Excel saves (its XML uses x: namespace prefixes, as exports from ERP and transport systems often do), which the command line cannot read: open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
    "too-large": (file, output) =>
      output
        ? `The graded copy ${file} would be 4 GB or more (the file or one of its sheets), which the command line cannot write: split the customers into several smaller workbooks and grade each.`
        : `${file} is too large for the command line (it reads files under 2 GB whose sheets are under 4 GB): split the customers into several smaller workbooks and grade each.`,
    "no-table": (file) =>
      `${file} has no table and its first sheet has no header row: put the customers in a table with a header row.`,
    "several-tables": (names) =>
      `The workbook has several tables (${formatList("en", names)}): choose one with --table.`,
    "table-not-found": (name, names) =>
      `There is no table named "${name}"${names.length ? ` (tables: ${formatList("en", names)})` : " (the workbook has no tables)"}: check the name given to --table.`,
    "sheet-not-found": (name, names) =>
      `There is no sheet named "${name}" (sheets: ${formatList("en", names)}): check the name given to --sheet.`,
    "columns-blocked": (where) =>
      `The cells where the grade, score and remark columns would be added (${where}) are not empty: add those columns to the table, or move the data right of the table, and try again.`,
    "shared-formula": (header, ref) =>
      `The "${header}" column holds a formula shared with cells outside the table (${ref}); overwriting it would break their formulas: in Excel, turn that column's formulas into values or fill them only inside the table, and try again.`,
    "csv-unclosed-quote": (file, row, column) =>
      `In ${file}, the quote that opens row ${row}, column ${column} is never closed, so everything after it would fall into that one cell: close the quote (a quote inside a field is written twice, "") and try again.`,
    "no-room-for-outputs": (columns, last, max, toAdd, remove, movedRight) =>
      `No room for the grading's columns (${formatList("en", toAdd)}): the table has ${columns} columns${movedRight ? ` and ends at column ${last} of the sheet` : ""}; a sheet holds at most ${max} (A to XFD), so ${toAdd.length} more do not fit. Delete at least ${remove} column(s) the grading does not read${movedRight ? " (or move the table left)" : ""}, or write a CSV with --out NAME.csv, and try again.`,
    "csv-encoding": (file, found, hex) =>
      `${file} cannot be read as ${ENCODING[found.encoding]} (${REFUSED_WHY[found.why]}): at byte offset ${found.offset} (line ${found.line}), ${hex} is not ${ENCODING[found.encoding]} text, and reading it in another encoding would garble the file. If the file is in another encoding, name it with --encoding (utf8, utf16le, utf16be, gb18030 or big5); otherwise open it in Excel, save it as "CSV UTF-8 (Comma delimited)" and try again.`,
    "rules-unreadable": (file, detail) =>
      `Cannot read the rule set ${file} (${detail}): give a JSON file such as customer-grader rules --export writes.`,
    "rules-invalid": (file, count, first) =>
      `The rule set ${file} has ${count} problem(s) (${first.join("; ")}${more(count, first)}): run customer-grader rules --check ${file} to see them all.`,
    "out-exists": (file) =>
      `The output file ${file} already exists and was not overwritten: choose another name with --out, or add --force to replace it.`,
    "out-is-input": (file) =>
      `The output file ${file} is the input file: the command line never overwrites its input; choose another name with --out.`,
    "write-failed": (file, detail) =>
      `Cannot write ${file} (${detail}): check the folder exists, you may write there, and the file is not open in another program.`,
  },
  usage: {
    takesNoValue: (flag) => `--${flag} takes no value`,
    unknownOption: (spelled) => `unknown option ${spelled}`,
    valueLooksLikeOption: (flag, value) =>
      `--${flag} needs a value, and ${q(value)} is an option (if it is the value, write --${flag}=${value})`,
    needsValue: (flag) => `--${flag} needs a value`,
    givenTwice: (flag) => `--${flag} given twice`,
    doesNotApply: (flag, command) => `--${flag} does not apply to ${q(command)}`,
    badLang: (value) => `--lang must be zh-CN, zh-TW or en, not ${q(value)}`,
    needsFile: (command) => `${command} needs a file`,
    oneFile: (command, count) => `${command} takes one file, not ${count}`,
    badAsOf: (value) => `--as-of must be a date as YYYY-MM-DD, not ${q(value)}`,
    badEncoding: (value) =>
      `--encoding must be utf8, utf16le, utf16be, gb18030 (also for GBK) or big5, not ${q(value)}`,
    encodingNeedsCsv: () => "--encoding applies to a CSV file only (a workbook's text is always Unicode)",
    rulesTakesNoFile: () => "rules takes no file of its own: use --export FILE or --check FILE",
    rulesNeedsOne: () => "rules needs one of --export FILE or --check FILE",
    unknownCommand: (command, known) => `unknown command ${q(command)} (${known})`,
    macroAsXlsm: (name) => `a macro workbook is written as .xlsm (or .csv), not ${q(name)}`,
    outExtension: (name) => `--out must end in .xlsx or .csv, not ${q(name)}`,
    formatNeedsXlsxOutput: () => "--format needs an .xlsx output (a CSV cannot hold formatting)",
    escapeNeedsCsvOutput: () =>
      "--escape-formulas is for CSV output (--out FILE.csv): an .xlsx copy holds every cell as a value, never as a formula, so there is nothing to escape",
    formatNeedsWorkbook: () => "format needs an .xlsx workbook; to format a CSV, grade it with --format",
    formatWritesXlsx: () => "format writes an .xlsx workbook (a CSV cannot hold formatting)",
    explainWritesNothing: (flag) =>
      `--explain-columns only lists how the columns are read and writes nothing, so --${flag} does not go with it (grade without --explain-columns to write)`,
    needsOption: (command, flag) => `${command} needs --${flag}`,
    outJson: (name) => `--out must end in .json (the fitted rule set is JSON), not ${q(name)}`,
  },
  progress: {
    reading: (file) => `reading ${file}`,
    grading: (rows) => `grading ${rows} rows`,
    writing: (file) => `writing ${file}`,
  },
  rulesExported: (file) => `Wrote the default rule set to ${file}`,
  leftoverRemoved: (file) => `Removed ${file}, a temporary file left behind by an earlier run that was stopped`,
  rulesValid: (file, dimensions, letters) => `${file} is a valid rule set: ${dimensions} dimensions, grades ${letters}`,
  graded: (f) =>
    `Graded ${f.graded} rows: ${f.counts.join(", ")}; ${f.incomplete} incomplete, ${f.skipped} skipped; ` +
    tableNotes(f) +
    `${f.issues} unreadable cells; replaced ${f.replaced} non-empty cells` +
    (f.readAs ? `; read as ${ENCODING[f.readAs.name]} (${READ_WHY[f.readAs.why]})` : "") +
    (f.escaped === null ? "" : `; put ' before ${f.escaped} cells that would run as formulas`) +
    (f.written ? `; written to ${f.written}` : ""),
  formatted: (f) =>
    `Formatted ${f.table}: ${f.tableStyled ? "table style, " : "(not an Excel table: no table style) "}` +
    `${f.coloured ? `grade colours, data bar on the score, ${numberFormats(f.numberFormats)}` : "(the workbook has no styles part: no colours or number formats) "}` +
    `${f.freeze === "frozen" ? "header frozen" : f.freeze === "kept" ? "frozen panes kept" : `header below row ${f.freezeRowLimit}, not frozen`}, columns fitted` +
    (f.validated.length ? `; lists on ${formatList("en", f.validated)}` : "") +
    (f.kept.length ? `; kept the existing validation on ${formatList("en", f.kept)}` : "") +
    (f.written ? `; written to ${f.written}` : ""),
  explain: {
    title: (table, columns) => `How the ${columns} columns of ${q(table)} are read:`,
    column: (n, header, reading, samples) =>
      `${n}. ${header === "" ? "(blank header)" : q(header)} → ${reading}; ${samples}`,
    via: {
      alias: "known name",
      qualified: "known name with a period or unit",
      contains: "contains a known name",
      override: "set by hand",
    },
    readAs: (field, via, percent, details) => `${field} (${[via, `${percent}% sure`, ...details].join(", ")})`,
    period: (text) => `period ${text}`,
    unit: (text) => `unit ${text}`,
    samples: (values) => `e.g. ${values.map(q).join(", ")}`,
    noValues: "no values",
    notUsed: {
      unrecognised: "not used: not recognised",
      ambiguous: (fields) => `not used: ambiguous, could be ${formatList("en", fields, "disjunction")}`,
      duplicate: (field, header) => `not used: ${field} is read from ${q(header)}`,
      olderPeriod: (field, header) => `not used: an older period; ${field} is read from ${q(header)}`,
    },
    notAssessed: (message) => `Not assessed: ${message}`,
    allAssessed: "Not assessed: nothing; the table has data for every dimension",
    amounts: (message) => `Amounts: ${message}`,
    asOf: (message) => `As of: ${message}`,
    cannotGrade: (message) => `Cannot grade: ${message}`,
  },
  lines: {
    sheetName: "Customers",
    built: (f) =>
      `Built ${count(f.customers, "customer")} from ${count(f.lines, "line")} (amounts of ${f.from} to ${f.to})` +
      (f.afterAsOf > 0 ? `; ${count(f.afterAsOf, "line")} dated on or after the as-of date left out` : "") +
      `; ${count(f.issues, "unreadable cell")}` +
      (f.escaped === null ? "" : `; put ' before ${f.escaped} cells that would run as formulas`) +
      `; written to ${f.written}`,
    issue: (row, header, message) => `  row ${row}, ${q(header)}: ${message}`,
    moreIssues: (count) => `  and ${count} more unreadable cells (--json lists them all)`,
    rfmTitle: (customers, asOf) => `RFM customer types (${count(customers, "customer")}, as of ${asOf}):`,
    rfmSegment: (name, customers, amount) => `  ${name}: ${count(customers, "customer")}, amount ${amount}`,
  },
  fit: {
    progress: (percent) => `fitting: ${percent}%`,
    title: (column, graded, written) =>
      `Fitted the rule set to the grades in ${q(column)} (${count(graded, "graded row")}); written to ${written}`,
    inSample: (f) => `Agreement on the rows it was fitted on: ${f.share} (${f.agreed} of ${f.rows}), kappa ${f.kappa}`,
    crossValidated: (f, folds) =>
      `Agreement on rows it did not see (${folds}-fold cross-validation): ${f.share} (${f.agreed} of ${f.rows}), kappa ${f.kappa}`,
    noCrossValidation: "Agreement on rows it did not see: too few graded rows to hold any out",
    baseline: (share) => `Always guessing the most common grade would agree on ${share}`,
    before: (f) => `The starting rule set agrees on ${f.share} (${f.agreed} of ${f.rows}), kappa ${f.kappa}`,
    verdict: {
      good: "Verdict: good: the fitted rule set grades as you do",
      fair: "Verdict: fair: it follows your grades in the main; check the differences below before using it",
      poor: "Verdict: poor: your grades do not follow the table's columns closely enough for a rule set to reproduce them",
    },
    thin: (graded) =>
      `The evidence is thin: only ${count(graded, "graded row")} (under 30), so the agreement says little; grade more customers and fit again`,
    confusionTitle: "Your grade (rows) × the fitted rule set's grade (columns):",
    none: "none",
    differencesTitle: (n) => `Customers graded differently (${n}):`,
    noDifferences: "Customers graded differently: none",
    difference: (row, name, analyst, fitted, score) =>
      `  row ${row}, ${name === "" ? "(no name)" : name}: ${analyst} → ${fitted ?? "none"}${score === null ? "" : ` (score ${score})`}`,
    moreDifferences: (n) => `  and ${n} more (--json lists them all)`,
    changesTitle: "Changes (before → after):",
    noChanges: "Changes: none; the starting rule set already fits best",
    dimension: (label, before, after, shareBefore, shareAfter) =>
      `  ${label}: weight ${before} → ${after} (${shareBefore} → ${shareAfter} of the score)`,
    criterion: (label, before, after) => `  ${label}: weight ${before} → ${after}`,
    parameter: (label, what, before, after) => `  ${label}, ${what}: ${before} → ${after}`,
    threshold: (label, before, after) => `  ${label}: minimum score ${before} → ${after}`,
    ruleSwitched: (label, on) => `  rule ${q(label)}: ${on ? "switched on" : "switched off"}`,
    ruleGrade: (label, before, after) => `  rule ${q(label)}: at most ${before} → at most ${after}`,
    ruleValue: (label, before, after) => `  rule ${q(label)}: limit ${before} → ${after}`,
    issuesTitle: (n) => `Grade cells that could not be read (${n}), left out of the fit:`,
    issue: (row, header, message) => `  row ${row}, ${q(header)}: ${message}`,
    moreIssues: (n) => `  and ${n} more (--json lists them all)`,
  },
};
