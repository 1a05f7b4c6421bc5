/**
 * The command line as typed options: pure, so every combination is testable without a process. Node's
 * `util.parseArgs` splits the arguments; the rules it does not know (which command takes which option, a
 * value given twice) are checked here.
 */
import { basename, extname } from "node:path";
import { type ParseArgsConfig, parseArgs as parseArgv } from "node:util";
import { type Lang, type Localized, type Result, err, isLang, ok, parseDate } from "../engine";
import { type CsvEncoding, isCsvEncoding } from "./encoding/names";
import { type CliProblem, PROBLEMS } from "./problems";
import { DIALECT_NAMES, type DialectName } from "../plan/sql";
import { DUCKDB_TEXTS } from "./duckdb/duckdbMessages";
import { SQL_USAGE } from "./sql/sqlMessages";
import { USAGE_DETAILS } from "./usageDetails";

export interface GradeCommand {
  readonly kind: "grade";
  readonly file: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly rules?: string;
  /** A CSV's encoding, overriding detection. */
  readonly encoding?: CsvEncoding;
  readonly out?: string;
  readonly json: boolean;
  readonly lang?: Lang;
  /** Replace an existing output file (never the input). */
  readonly force: boolean;
  /** Apply the template formatting to the written workbook as well. */
  readonly format: boolean;
  /** CSV output: a `'` before every cell a spreadsheet would run as a formula (absent: cells as they are). */
  readonly escapeFormulas?: boolean;
  /** "Today" as an Excel serial, for reproducible runs; the local date when absent. */
  readonly asOf?: number;
  /** Grade by the rule set compiled to SQL in embedded DuckDB (.csv or .parquet, any size); absent: this program. */
  readonly engine?: "duckdb";
}

/** `customer-grader grade FILE --explain-columns`: how each column is read, without grading or writing. */
export interface ExplainColumnsCommand {
  readonly kind: "explain-columns";
  readonly file: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly rules?: string;
  readonly encoding?: CsvEncoding;
  readonly lang?: Lang;
  /** As for grading: the date whose decision (given, or the year the headers name) the listing reports. */
  readonly asOf?: number;
}

/** `customer-grader format FILE`: the template formatting alone, on a copy of an .xlsx workbook. */
export interface FormatCommand {
  readonly kind: "format";
  readonly file: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly rules?: string;
  readonly out?: string;
  readonly lang?: Lang;
  readonly force: boolean;
}

/** `customer-grader customers LINES --out CUSTOMERS`: the customer table built from order or shipment lines. */
export interface CustomersCommand {
  readonly kind: "customers";
  readonly file: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly encoding?: CsvEncoding;
  /** .xlsx or .csv; `<name>.customers.xlsx` beside the lines when absent. */
  readonly out?: string;
  /** CSV output: a `'` before every cell a spreadsheet would run as a formula. */
  readonly escapeFormulas?: boolean;
  readonly json: boolean;
  readonly lang?: Lang;
  readonly force: boolean;
  /** The day after the twelve months measured; the local date when absent. */
  readonly asOf?: number;
}

/** `customer-grader rfm LINES`: each customer's recency, frequency, monetary, scores and type. */
export interface RfmCommand {
  readonly kind: "rfm";
  readonly file: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly encoding?: CsvEncoding;
  readonly json: boolean;
  readonly lang?: Lang;
  readonly asOf?: number;
}

/**
 * `customer-grader fit TABLE --grades COLUMN --out FITTED.json`: a rule set fitted to the analyst's own grades,
 * written as JSON, with how well it agrees.
 */
export interface FitCommand {
  readonly kind: "fit";
  readonly file: string;
  /** The header of the analyst's grade column. */
  readonly grades: string;
  /** Where the fitted rule set goes (.json). */
  readonly out: string;
  readonly table?: string;
  readonly sheet?: string;
  /** The rule set to start from; the default rule set when absent. */
  readonly rules?: string;
  readonly encoding?: CsvEncoding;
  readonly json: boolean;
  readonly lang?: Lang;
  readonly force: boolean;
  readonly asOf?: number;
}

/**
 * `customer-grader sql --dialect D --table NAME (--headers-from FILE | --columns MAPPING.json)`: the rule set as
 * one SQL SELECT over a database table.
 */
export interface SqlCommand {
  readonly kind: "sql";
  readonly dialect: DialectName;
  /** The database table's name (`schema.table` for a qualified one). */
  readonly table: string;
  /** A .csv or .xlsx whose header row has the table's column names… */
  readonly headersFrom?: string;
  /** …or a JSON object of column name → field id. */
  readonly columns?: string;
  readonly rules?: string;
  /** A .sql file to write (for dbt); printed when absent. */
  readonly out?: string;
  readonly force: boolean;
  readonly lang?: Lang;
  /** Absent: the database's CURRENT_DATE. */
  readonly asOf?: number;
}

export type Command =
  | GradeCommand
  | SqlCommand
  | FitCommand
  | CustomersCommand
  | RfmCommand
  | ExplainColumnsCommand
  | FormatCommand
  | { readonly kind: "rules-export"; readonly file: string; readonly force: boolean; readonly lang?: Lang }
  | { readonly kind: "rules-check"; readonly file: string; readonly lang?: Lang }
  | { readonly kind: "help" };

/** Every option of every command; which command takes which is `COMMAND_OPTIONS`, checked after parsing. */
export const OPTIONS = {
  table: { type: "string" },
  sheet: { type: "string" },
  encoding: { type: "string" },
  rules: { type: "string" },
  grades: { type: "string" },
  dialect: { type: "string" },
  engine: { type: "string" },
  "headers-from": { type: "string" },
  columns: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  "as-of": { type: "string" },
  export: { type: "string" },
  check: { type: "string" },
  json: { type: "boolean" },
  force: { type: "boolean" },
  format: { type: "boolean" },
  "escape-formulas": { type: "boolean" },
  "explain-columns": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export type Option = keyof typeof OPTIONS;
type Flag = { [K in Option]: (typeof OPTIONS)[K]["type"] extends "string" ? K : never }[Option];
type Switch = Exclude<Option, Flag>;

const isOption = (name: string): name is Option => Object.prototype.hasOwnProperty.call(OPTIONS, name);
const isFlag = (name: string): name is Flag => isOption(name) && OPTIONS[name].type === "string";

/**
 * The options each command takes, in the order the help lists them. `rules` is two commands, and so is `grade`
 * (grading, or only listing how its columns are read): the option in the name (`--export`, `--check`,
 * `--explain-columns`) is the one it needs.
 */
export const COMMAND_OPTIONS = {
  grade: [
    "table",
    "sheet",
    "encoding",
    "rules",
    "out",
    "force",
    "format",
    "escape-formulas",
    "json",
    "lang",
    "as-of",
    "engine",
  ],
  "grade --explain-columns": ["explain-columns", "table", "sheet", "encoding", "rules", "lang", "as-of"],
  format: ["table", "sheet", "rules", "out", "force", "lang"],
  "rules --export": ["export", "force", "lang"],
  "rules --check": ["check", "lang"],
  customers: ["table", "sheet", "encoding", "out", "force", "escape-formulas", "json", "lang", "as-of"],
  rfm: ["table", "sheet", "encoding", "json", "lang", "as-of"],
  fit: ["grades", "table", "sheet", "encoding", "rules", "out", "force", "json", "lang", "as-of"],
  sql: ["dialect", "rules", "table", "headers-from", "columns", "as-of", "out", "force", "lang"],
} as const satisfies Record<string, readonly Option[]>;

export type CommandName = keyof typeof COMMAND_OPTIONS;

/** Options a command cannot run without, besides the one its name carries (`rules --export`). */
export const REQUIRED_OPTIONS: Readonly<Partial<Record<CommandName, readonly Option[]>>> = {
  fit: ["grades", "out"],
  sql: ["dialect", "table"],
};

interface Parsed {
  readonly positional: string[];
  readonly values: Partial<Record<Flag, string>>;
  readonly switches: Set<Switch>;
}

type Tokens = NonNullable<ReturnType<typeof parseArgv>["tokens"]>;
type OptionToken = Extract<Tokens[number], { kind: "option" }>;

/** Node's own test for a value that looks like another option (`--table --json`): refused unless written `--table=-x`. */
const looksLikeOption = (token: OptionToken & { value: string }): boolean =>
  token.inlineValue !== true && token.value.length > 1 && token.value.startsWith("-");

/**
 * Node's refusal as the analyst's message. Its errors name the option only in English prose, so the option is
 * found again in the tokens of a lenient parse: the first one that breaks the rule the error code names.
 */
function refusal(error: unknown, argv: readonly string[]): Localized {
  const code = (error as NodeJS.ErrnoException).code;
  const { tokens } = parseArgv({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options = tokens.filter((t): t is OptionToken => t.kind === "option");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const unknown = options.find((t) => !isOption(t.name));
    if (unknown) return USAGE_DETAILS.unknownOption(unknown.rawName);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    for (const t of options) {
      if (!isOption(t.name)) continue;
      if (!isFlag(t.name)) {
        if (t.value !== undefined) return USAGE_DETAILS.takesNoValue(t.name);
      } else if (t.value === undefined) return USAGE_DETAILS.needsValue(t.name);
      else if (looksLikeOption(t)) return USAGE_DETAILS.valueLooksLikeOption(t.name, t.value);
    }
  // ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL cannot happen (positionals are allowed); anything else is a bug.
  throw error;
}

function split(argv: readonly string[]): Result<Parsed, CliProblem> {
  let tokens: Tokens;
  try {
    ({ tokens } = parseArgv({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true, tokens: true }));
  } catch (error) {
    return err(PROBLEMS.usage(refusal(error, argv)));
  }
  const positional: string[] = [];
  const values: Partial<Record<Flag, string>> = {};
  const switches = new Set<Switch>();
  for (const token of tokens) {
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option" || !isOption(token.name)) continue;
    const name = token.name;
    if (!isFlag(name)) {
      switches.add(name);
      continue;
    }
    // util.parseArgs keeps the last of repeated values and accepts `--table=`; neither is what was meant.
    if (!token.value) return err(PROBLEMS.usage(USAGE_DETAILS.needsValue(name)));
    if (values[name] !== undefined) return err(PROBLEMS.usage(USAGE_DETAILS.givenTwice(name)));
    values[name] = token.value;
  }
  return ok({ positional, values, switches });
}

/** Options of grading that write something, which the column listing does not do. */
const WRITING_OPTIONS: readonly Option[] = COMMAND_OPTIONS.grade.filter(
  (o: Option) => !(COMMAND_OPTIONS["grade --explain-columns"] as readonly Option[]).includes(o),
);

function only(parsed: Parsed, command: CommandName): CliProblem | null {
  const allowed: readonly Option[] = COMMAND_OPTIONS[command];
  const given = [...(Object.keys(parsed.values) as Flag[]), ...parsed.switches];
  const extra = given.find((name) => !allowed.includes(name));
  if (!extra) return null;
  if (command === "grade --explain-columns" && WRITING_OPTIONS.includes(extra))
    return PROBLEMS.usage(USAGE_DETAILS.explainWritesNothing(extra));
  return PROBLEMS.usage(USAGE_DETAILS.doesNotApply(extra, command));
}

/** `--as-of YYYY-MM-DD` as an Excel serial; undefined when not given. */
function asOfSerial(parsed: Parsed): Result<number | undefined, CliProblem> {
  const asOfText = parsed.values["as-of"];
  if (asOfText === undefined) return ok(undefined);
  const serial = /^\d{4}-\d{2}-\d{2}$/.test(asOfText) ? parseDate(asOfText) : null;
  return typeof serial === "number" ? ok(serial) : err(PROBLEMS.usage(USAGE_DETAILS.badAsOf(asOfText)));
}

/** `--encoding NAME`, in any case (`UTF8`, `Big5`). */
function encodingOption(value: string | undefined): Result<CsvEncoding | undefined, CliProblem> {
  if (value === undefined) return ok(undefined);
  const name = value.toLowerCase();
  return isCsvEncoding(name) ? ok(name) : err(PROBLEMS.usage(USAGE_DETAILS.badEncoding(value)));
}

function language(value: string | undefined): Result<Lang | undefined, CliProblem> {
  if (value === undefined) return ok(undefined);
  return isLang(value) ? ok(value) : err(PROBLEMS.usage(USAGE_DETAILS.badLang(value)));
}

/**
 * Parses the arguments after the program name.
 * @example parseArgs(["grade", "customers.xlsx", "--json"]) // ok({ kind: "grade", file: "customers.xlsx", json: true, force: false })
 */
export function parseArgs(argv: readonly string[]): Result<Command, CliProblem> {
  const split_ = split(argv);
  if (!split_.ok) return split_;
  const parsed = split_.value;
  const [command, ...rest] = parsed.positional;
  if (parsed.switches.has("help") || command === "help" || command === undefined) return ok({ kind: "help" });
  const lang = language(parsed.values.lang);
  if (!lang.ok) return lang;
  const withLang = lang.value === undefined ? {} : { lang: lang.value };

  if (command === "grade") {
    const explain = parsed.switches.has("explain-columns");
    const wrong = only(parsed, explain ? "grade --explain-columns" : command);
    if (wrong) return err(wrong);
    if (rest.length !== 1)
      return err(
        PROBLEMS.usage(
          rest.length === 0 ? USAGE_DETAILS.needsFile(command) : USAGE_DETAILS.oneFile(command, rest.length),
        ),
      );
    const asOfRead = asOfSerial(parsed);
    if (!asOfRead.ok) return asOfRead;
    const asOf = asOfRead.value;
    const encodingRead = encodingOption(parsed.values.encoding);
    if (!encodingRead.ok) return encodingRead;
    const encoding = encodingRead.value;
    const { table, sheet, rules, out } = parsed.values;
    const chosen = {
      ...(table === undefined ? {} : { table }),
      ...(sheet === undefined ? {} : { sheet }),
      ...(encoding === undefined ? {} : { encoding }),
      ...(rules === undefined ? {} : { rules }),
      ...(asOf === undefined ? {} : { asOf }),
      ...withLang,
    };
    if (explain) return ok({ kind: "explain-columns", file: rest[0] as string, ...chosen });
    const engine = parsed.values.engine;
    if (engine !== undefined && engine !== "duckdb") return err(PROBLEMS.usage(DUCKDB_TEXTS.badEngine(engine)));
    return ok({
      kind: "grade",
      file: rest[0] as string,
      json: parsed.switches.has("json"),
      force: parsed.switches.has("force"),
      format: parsed.switches.has("format"),
      ...(parsed.switches.has("escape-formulas") ? { escapeFormulas: true } : {}),
      ...(out === undefined ? {} : { out }),
      ...(engine === undefined ? {} : { engine }),
      ...chosen,
    });
  }
  if (command === "format") {
    const wrong = only(parsed, command);
    if (wrong) return err(wrong);
    if (rest.length !== 1)
      return err(
        PROBLEMS.usage(
          rest.length === 0 ? USAGE_DETAILS.needsFile(command) : USAGE_DETAILS.oneFile(command, rest.length),
        ),
      );
    const { table, sheet, rules, out } = parsed.values;
    return ok({
      kind: "format",
      file: rest[0] as string,
      force: parsed.switches.has("force"),
      ...(table === undefined ? {} : { table }),
      ...(sheet === undefined ? {} : { sheet }),
      ...(rules === undefined ? {} : { rules }),
      ...(out === undefined ? {} : { out }),
      ...withLang,
    });
  }
  if (command === "rules") {
    if (rest.length > 0) return err(PROBLEMS.usage(USAGE_DETAILS.rulesTakesNoFile()));
    const { export: exportFile, check } = parsed.values;
    if ((exportFile === undefined) === (check === undefined)) return err(PROBLEMS.usage(USAGE_DETAILS.rulesNeedsOne()));
    if (exportFile !== undefined) {
      const wrong = only(parsed, "rules --export");
      return wrong
        ? err(wrong)
        : ok({ kind: "rules-export", file: exportFile, force: parsed.switches.has("force"), ...withLang });
    }
    const wrong = only(parsed, "rules --check");
    return wrong ? err(wrong) : ok({ kind: "rules-check", file: check as string, ...withLang });
  }
  if (command === "customers" || command === "rfm") return linesCommand(command, rest, parsed, withLang);
  if (command === "fit") return fitCommandOf(rest, parsed, withLang);
  if (command === "sql") return sqlCommandOf(rest, parsed, withLang);
  return err(
    PROBLEMS.usage(USAGE_DETAILS.unknownCommand(command, "grade, fit, sql, format, customers, rfm, rules, help")),
  );
}

/** `fit`: one table, the grade column and where the fitted rule set goes. */
function fitCommandOf(
  rest: readonly string[],
  parsed: Parsed,
  withLang: { readonly lang?: Lang },
): Result<FitCommand, CliProblem> {
  const wrong = only(parsed, "fit");
  if (wrong) return err(wrong);
  if (rest.length !== 1)
    return err(
      PROBLEMS.usage(rest.length === 0 ? USAGE_DETAILS.needsFile("fit") : USAGE_DETAILS.oneFile("fit", rest.length)),
    );
  const { grades, out, table, sheet, rules } = parsed.values;
  if (grades === undefined) return err(PROBLEMS.usage(USAGE_DETAILS.needsOption("fit", "grades")));
  if (out === undefined) return err(PROBLEMS.usage(USAGE_DETAILS.needsOption("fit", "out")));
  if (extname(out).toLowerCase() !== ".json") return err(PROBLEMS.usage(USAGE_DETAILS.outJson(basename(out))));
  const asOf = asOfSerial(parsed);
  if (!asOf.ok) return asOf;
  const encoding = encodingOption(parsed.values.encoding);
  if (!encoding.ok) return encoding;
  return ok({
    kind: "fit",
    file: rest[0] as string,
    grades,
    out,
    json: parsed.switches.has("json"),
    force: parsed.switches.has("force"),
    ...(table === undefined ? {} : { table }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(rules === undefined ? {} : { rules }),
    ...(encoding.value === undefined ? {} : { encoding: encoding.value }),
    ...(asOf.value === undefined ? {} : { asOf: asOf.value }),
    ...withLang,
  });
}

/** `sql`: no file of its own; the dialect, the table, and where its column names come from. */
function sqlCommandOf(
  rest: readonly string[],
  parsed: Parsed,
  withLang: { readonly lang?: Lang },
): Result<SqlCommand, CliProblem> {
  const wrong = only(parsed, "sql");
  if (wrong) return err(wrong);
  if (rest.length > 0) return err(PROBLEMS.usage(USAGE_DETAILS.oneFile("sql", rest.length)));
  const { dialect, table, rules, out, columns } = parsed.values;
  const headersFrom = parsed.values["headers-from"];
  if (!DIALECT_NAMES.some((d) => d === dialect)) return err(PROBLEMS.usage(SQL_USAGE.badDialect(dialect)));
  if (table === undefined) return err(PROBLEMS.usage(SQL_USAGE.needsTable()));
  if ((headersFrom === undefined) === (columns === undefined)) return err(PROBLEMS.usage(SQL_USAGE.needsHeaders()));
  const asOf = asOfSerial(parsed);
  if (!asOf.ok) return asOf;
  return ok({
    kind: "sql",
    dialect: dialect as DialectName,
    table,
    force: parsed.switches.has("force"),
    ...(headersFrom === undefined ? {} : { headersFrom }),
    ...(columns === undefined ? {} : { columns }),
    ...(rules === undefined ? {} : { rules }),
    ...(out === undefined ? {} : { out }),
    ...(asOf.value === undefined ? {} : { asOf: asOf.value }),
    ...withLang,
  });
}

/** `customers` and `rfm`: one lines file, the table to read in it, and the as-of date. */
function linesCommand(
  command: "customers" | "rfm",
  rest: readonly string[],
  parsed: Parsed,
  withLang: { readonly lang?: Lang },
): Result<CustomersCommand | RfmCommand, CliProblem> {
  const wrong = only(parsed, command);
  if (wrong) return err(wrong);
  if (rest.length !== 1)
    return err(
      PROBLEMS.usage(
        rest.length === 0 ? USAGE_DETAILS.needsFile(command) : USAGE_DETAILS.oneFile(command, rest.length),
      ),
    );
  const asOf = asOfSerial(parsed);
  if (!asOf.ok) return asOf;
  const encoding = encodingOption(parsed.values.encoding);
  if (!encoding.ok) return encoding;
  const { table, sheet, out } = parsed.values;
  const common = {
    file: rest[0] as string,
    json: parsed.switches.has("json"),
    ...(table === undefined ? {} : { table }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(encoding.value === undefined ? {} : { encoding: encoding.value }),
    ...(asOf.value === undefined ? {} : { asOf: asOf.value }),
    ...withLang,
  };
  if (command === "rfm") return ok({ kind: "rfm", ...common });
  return ok({
    kind: "customers",
    force: parsed.switches.has("force"),
    ...(parsed.switches.has("escape-formulas") ? { escapeFormulas: true } : {}),
    ...(out === undefined ? {} : { out }),
    ...common,
  });
}
