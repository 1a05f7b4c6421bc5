/**
 * The help text, from the same lists the parser checks (`OPTIONS`, `COMMAND_OPTIONS`): `--help` prints it and
 * `docs/cli.md` is made from it (`npm run docs:cli`), so neither can name an option the other lacks.
 */
import { COMMAND_OPTIONS, type CommandName, type Option, REQUIRED_OPTIONS } from "./args";
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED } from "./io";

interface OptionHelp {
  /** What follows the option (`--table NAME`); none for a switch. */
  readonly value?: string;
  readonly text: string;
}

/** Every option: a new one in `OPTIONS` without its line here does not compile. */
export const OPTION_HELP: Readonly<Record<Option, OptionHelp>> = {
  table: {
    value: "NAME",
    text: "the Excel table to grade (case-insensitive); without it the only table of the workbook (or of --sheet), else the first sheet's header row. sql: the database table (schema.table for a qualified name)",
  },
  sheet: { value: "NAME", text: "the sheet to look in: its only table, else its header row" },
  dialect: { value: "duckdb|postgres|clickhouse|spark", text: "sql: the SQL engine the query is written for" },
  engine: {
    value: "duckdb",
    text: "grade: grade a .csv or .parquet file of any size by the rule set compiled to SQL, in embedded DuckDB (streaming; --out .csv or .parquet, <name>.graded.<ext> without it); typed columns expected: a numeric column holding text is refused",
  },
  "headers-from": {
    value: "FILE.csv|xlsx",
    text: "sql: a file whose header row has the database table's column names, read as grade reads headers",
  },
  columns: {
    value: "MAPPING.json",
    text: 'sql: instead of --headers-from, the table\'s column names with the field each holds, {"客户名称": "customerName", "备注": null}',
  },
  encoding: {
    value: "NAME",
    text: "a CSV's encoding: utf8, utf16le, utf16be, gb18030 (also for GBK) or big5; without it the byte order mark, else UTF-8 when valid, else the encoding the text reads as (a byte not valid in it is refused, with its offset and line)",
  },
  rules: {
    value: "rules.json",
    text: "the rule set to grade by (fit: to start from), as rules --export writes it or fit fits it; the default rule set without it",
  },
  grades: {
    value: "COLUMN",
    text: "fit: the header of the column holding your own grades (A, B级, Grade C, …); the fit learns from its rows and leaves the column out of the inputs",
  },
  out: {
    value: "FILE",
    text: "where to write: .xlsx (.xlsm for a macro workbook) or, for grade, .csv; without it <name>.graded.xlsx (format: <name>.formatted.xlsx) beside the input. fit: the fitted rule set, a .json file (required)",
  },
  force: {
    text: "replace an existing output file (never the input); a symbolic link there, dangling or not, is replaced itself, its target never written",
  },
  format: { text: "apply the template formatting as well (see format); needs an .xlsx output" },
  "escape-formulas": {
    text: "CSV output only: put ' before every cell starting with = + - @, a tab or a carriage return, so Excel shows it as text instead of running it (OWASP's CSV injection advice); plain numbers such as -12.5 stay as they are. For a CSV from another system that goes on to Excel. Refused with .xlsx output, whose cells are always written as values, never formulas",
  },
  json: { text: "print the graded rows (fit: the report) as one JSON document on stdout" },
  "explain-columns": {
    text: "list how each column is read (field, how sure, period, unit, sample values), what the table cannot assess and which amount scale is in force; grades nothing and writes no file",
  },
  lang: {
    value: "zh-CN|zh-TW|en",
    text: "the language of messages and remarks; without it LC_ALL, LC_MESSAGES or LANG, else the table's language, else English",
  },
  "as-of": { value: "YYYY-MM-DD", text: "the date taken as today, for reproducible runs; the local date without it" },
  export: { value: "FILE", text: "write the default rule set to FILE" },
  check: { value: "FILE", text: "list every problem of the rule set in FILE with its JSON path" },
  help: { text: "print this help (as do `help` and no command at all)" },
};

interface CommandHelp {
  /** The input file, as the synopsis shows it; none for `rules`. */
  readonly file?: string;
  readonly text: string;
}

export const COMMAND_HELP: Readonly<Record<CommandName, CommandHelp>> = {
  grade: {
    file: "<file.xlsx|file.csv>",
    text: "writes grade, score and remark columns to <name>.graded.xlsx beside the input (or --out; .csv for CSV output). Never overwrites the input; refuses an existing output file unless --force. --json prints the graded rows as one JSON document on stdout. --format applies the template formatting as well (see format).",
  },
  "grade --explain-columns": {
    file: "<file.xlsx|file.csv>",
    text: "prints, one line per column, what each column is read as and how sure, with sample values, or why it is not used; then what the table cannot assess, the amount scale in force and the as-of date when the headers set it. Grades nothing and writes no file; --json, --out, --format and --force do not go with it.",
  },
  format: {
    file: "<file.xlsx>",
    text: "applies the template formatting to the table, in a copy (<name>.formatted.xlsx or --out): table style, grade colours, a data bar on the score, number formats, the header frozen, columns fitted, drop-down lists. Applying it again changes nothing; the analyst's own rules and lists stay.",
  },
  customers: {
    file: "<lines.xlsx|lines.csv>",
    text: "builds the customer table from order or shipment lines (customer, date, amount; profit or cost, order number, weight or volume when there): per customer the amounts of the twelve months before the as-of date (1月…12月), the annual amount, the number of orders (distinct order numbers, else lines), first and last dates, profit and margin, volume, and RFM (days since the last order, R, F and M scores 1–5, the customer type). Writes it to <name>.customers.xlsx beside the lines (or --out, .xlsx or .csv), ready for grade. --json prints how the lines were read and what was left out.",
  },
  rfm: {
    file: "<lines.xlsx|lines.csv>",
    text: 'prints how many customers, and how much of the twelve months\' amount, each of the eight RFM customer types holds. --json prints {"rows":[{"customer","recency","frequency","monetary","r","f","m","segment"}]}, one per customer (segment: the type\'s zh-CN name; r, f, m as SQL\'s NTILE(5) over all customers, ties by name). Writes no file.',
  },
  fit: {
    file: "<table.xlsx|table.csv>",
    text: "learns a rule set from your own grades in the --grades column (weights, bands, word points, grade thresholds, whether a cap explains some grades), starting from --rules or the default rule set, and writes it to the --out .json file, ready for grade --rules. Prints how well it agrees: on the rows it was fitted on and, by k-fold cross-validation, on rows it did not see (agreement, kappa, beside always guessing the most common grade and the starting rule set), a verdict (good, fair, poor), the confusion matrix, the customers graded differently, the changes before → after and the grade cells it could not read; under 30 graded rows it says the evidence is thin. --json prints the same as one JSON document. Refuses an existing output file unless --force.",
  },
  sql: {
    text: "prints one SQL SELECT that grades the database table --table as grade does: every column of the table, then cg_score, cg_grade, cg_remark (in the rule set's language) and cg_fired_rules. Columns are matched to fields from --headers-from or --columns; numbers, dates and texts are expected typed. --as-of fixes today (without it the database's CURRENT_DATE). What cannot be compiled is refused, naming the criterion. --out writes a .sql file (for dbt) instead of printing.",
  },
  "rules --export": { text: "writes the default rule set, to edit and pass to --rules." },
  "rules --check": {
    text: "lists every problem of a rule set on stdout, one line each with its JSON path (exit 2 when there is one).",
  },
};

export const EXIT_CODES: readonly { readonly code: number; readonly text: string }[] = [
  { code: EXIT_OK, text: "done" },
  { code: EXIT_BAD_INPUT, text: "bad input (one line on stderr, nothing written)" },
  {
    code: EXIT_UNEXPECTED,
    text: "unexpected error (a bug: one line on stderr; CUSTOMER_GRADER_DEBUG=1 adds the stack)",
  },
];

export const PROGRAM = "customer-grader";
const TITLE = `${PROGRAM}: grade logistics customers in an .xlsx or .csv file (Customer Grader, 物流客户分级)`;
const WIDTH = 110;

/** `--table NAME`, `-h, --help`. */
export function optionSpelling(option: Option): string {
  const { value } = OPTION_HELP[option];
  return `${option === "help" ? "-h, " : ""}--${option}${value === undefined ? "" : ` ${value}`}`;
}

/**
 * The command's words and arguments: the option its name carries and its `REQUIRED_OPTIONS` are required,
 * the others in brackets.
 */
export function synopsisParts(command: CommandName): string[] {
  const [verb, named] = command.split(" ");
  const required = (o: Option): boolean => `--${o}` === named || (REQUIRED_OPTIONS[command] ?? []).includes(o);
  const options = COMMAND_OPTIONS[command].map((o: Option) =>
    required(o) ? optionSpelling(o) : `[${optionSpelling(o)}]`,
  );
  const file = COMMAND_HELP[command].file;
  return [`${PROGRAM} ${verb}`, ...(file === undefined ? [] : [file]), ...options];
}

/** `prefix` and the words, in lines of at most `WIDTH`; every line after the first indented by `indent`. */
function wrap(prefix: string, words: readonly string[], indent: number): string {
  const lines: string[] = [];
  let line = prefix;
  for (const word of words) {
    if (line === prefix) line += word;
    else if (line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(indent) + word;
    } else line += ` ${word}`;
  }
  return [...lines, line].join("\n");
}

const words = (text: string): string[] => text.split(" ");

/** `grade   writes …`; the second `rules` paragraph goes under the first. */
function commandParagraph(command: CommandName, i: number, all: readonly CommandName[]): string {
  const [verb = "", option] = command.split(" ");
  const sameVerb = i > 0 && all[i - 1]?.split(" ")[0] === verb;
  const text = (option === undefined ? "" : `${option} `) + COMMAND_HELP[command].text;
  return wrap((sameVerb ? "" : verb).padEnd(8), words(text), 8);
}

const COMMANDS = Object.keys(COMMAND_OPTIONS) as CommandName[];
const OPTION_ORDER: readonly Option[] = [...new Set(COMMANDS.flatMap((c) => COMMAND_OPTIONS[c])), "help"];

export const USAGE = [
  TITLE,
  "",
  "Usage:",
  ...COMMANDS.map((c) => {
    const [head = "", ...rest] = synopsisParts(c);
    return wrap(`  ${head} `, rest, head.length + 3);
  }),
  `  ${PROGRAM} help`,
  "",
  ...COMMANDS.map(commandParagraph),
  "",
  "Options:",
  ...OPTION_ORDER.map((o) => wrap(`  ${optionSpelling(o).padEnd(26)}`, words(OPTION_HELP[o].text), 28)),
  "",
  "Exit codes:",
  ...EXIT_CODES.map((e) => wrap(`  ${String(e.code).padEnd(3)}`, words(e.text), 5)),
].join("\n");
