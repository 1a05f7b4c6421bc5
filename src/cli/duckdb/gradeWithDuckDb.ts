/**
 * `customer-grader grade FILE.csv|parquet --engine duckdb`: the rule set compiled to SQL (src/plan/sql) and run by
 * embedded DuckDB over the file, which DuckDB reads and writes itself, streaming, so the table's size is not
 * bounded by memory or by Excel's rows. Loaded only when asked for: DuckDB is a native module of its own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { basename, dirname, extname, join } from "node:path";
import { FIELDS, type Lang, type RuleSet, defaultRuleSet, serialFromLocalDate, tableLanguage } from "../../engine";
import { SQL_OUTPUTS, compileSql } from "../../plan/sql";
import type { GradeCommand } from "../args";
import { type CliIo, EXIT_OK, checkOutputPath, report, reportingLeftovers, writeAtomically } from "../io";
import { languageFromEnv, messageLanguage } from "../lang";
import { PROBLEMS, problem } from "../problems";
import { readRuleSetFile } from "../ruleSetFile";
import { DUCKDB_TEXTS } from "./duckdbMessages";

type FileKind = "csv" | "parquet";

const kindOf = (file: string): FileKind | null => {
  const ext = extname(file).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".parquet" ? "parquet" : null;
};

/** The column that keeps the file's row order through the query (the loaded table's rowid). */
const ORDER = "cg__order";

/** A string literal for DuckDB. */
const literal = (text: string): string => `'${text.split("'").join("''")}'`;

/** The options grading by DuckDB does not take: it writes no workbook and reads no sheet. */
const NOT_WITH_DUCKDB = ["table", "sheet", "encoding", "format", "escape-formulas", "json"] as const;

function unsupportedOption(command: GradeCommand): string | null {
  const given: Record<(typeof NOT_WITH_DUCKDB)[number], boolean> = {
    table: command.table !== undefined,
    sheet: command.sheet !== undefined,
    encoding: command.encoding !== undefined,
    format: command.format,
    "escape-formulas": command.escapeFormulas === true,
    json: command.json,
  };
  return NOT_WITH_DUCKDB.find((o) => given[o]) ?? null;
}

/** Value types a typed column must hold as numbers or dates (text there is what the JavaScript engine reads). */
const NUMERIC_TYPES = new Set(["money", "count", "percent", "days", "date", "frequency", "boolean"]);
const TEXT_TYPES = /^(VARCHAR|TEXT|STRING)$/i;

export async function gradeWithDuckDb(command: GradeCommand, io: CliIo): Promise<number> {
  const envLang = languageFromEnv(io.env);
  let lang: Lang = messageLanguage(command.lang, envLang, undefined);
  const refuse = (message: Parameters<typeof PROBLEMS.usage>[0]) => report(io, PROBLEMS.usage(message), lang);
  const unsupported = unsupportedOption(command);
  if (unsupported) return refuse(DUCKDB_TEXTS.doesNotGo(unsupported));
  const inputKind = kindOf(command.file);
  if (!inputKind) return refuse(DUCKDB_TEXTS.fileKind(basename(command.file)));
  const out =
    command.out ?? join(dirname(command.file), `${basename(command.file, extname(command.file))}.graded.${inputKind}`);
  const outputKind = kindOf(out);
  if (!outputKind) return refuse(DUCKDB_TEXTS.fileKind(basename(out)));
  let ruleSet: RuleSet = defaultRuleSet();
  if (command.rules !== undefined) {
    const loaded = readRuleSetFile(command.rules);
    if (!loaded.ok) return report(io, loaded.error.problem, lang);
    ruleSet = loaded.value;
  }
  const refused = checkOutputPath(out, command.file, command.force);
  if (refused) return report(io, refused, lang);

  const { DuckDBInstance } = await import("@duckdb/node-api");
  // Beyond a quarter of the machine's memory DuckDB spills to a folder of its own (removed at the end): ten
  // million rows otherwise held 18 GB of a 24 GB machine.
  const spill = mkdtempSync(join(tmpdir(), "customer-grader-duckdb-"));
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: `${Math.max(1, Math.floor(totalmem() / 4 / 2 ** 30))}GB`,
    temp_directory: spill,
  });
  const connection = await instance.connect();
  try {
    const reader = inputKind === "csv" ? "read_csv" : "read_parquet";
    const options = inputKind === "csv" ? ", header = true" : "";
    try {
      // Loaded as a table, in the file's order (rowid), so the graded copy keeps the rows in the order they came:
      // the windows of the ranking criteria do not.
      await connection.run(`CREATE TABLE cg_loaded AS SELECT * FROM ${reader}(${literal(command.file)}${options})`);
      await connection.run(`CREATE VIEW cg_input AS SELECT *, rowid AS ${ORDER} FROM cg_loaded`);
    } catch (error) {
      return report(io, problem("corrupt", DUCKDB_TEXTS.duckdbFailed(messageOf(error))), lang);
    }
    const described = (await connection.runAndReadAll("DESCRIBE cg_input")).getRowObjectsJS() as {
      column_name: string;
      column_type: string;
    }[];
    const columns = described.filter((c) => c.column_name !== ORDER);
    const headers = columns.map((c) => c.column_name);
    lang = messageLanguage(command.lang, envLang, tableLanguage(headers));
    const compiled = compileSql(ruleSet, {
      dialect: "duckdb",
      table: "cg_input",
      headers,
      asOf: command.asOf ?? serialFromLocalDate(io.today()),
      ...(command.lang ? { language: command.lang } : {}),
    });
    if (!compiled.ok) {
      const first = compiled.error[0];
      for (const p of compiled.error.slice(1)) io.stderr(p.message[lang] + "\n");
      const code = first?.code === "table" ? "no-recognised-columns" : "not-compilable";
      return report(io, problem(code, first?.message ?? DUCKDB_TEXTS.fileKind(command.file)), lang);
    }
    const { mapping } = compiled.value;
    const numericColumns = [
      ...Object.values(mapping.columns).flatMap((c) =>
        c && FIELDS[c.field].role === "input" && NUMERIC_TYPES.has(FIELDS[c.field].type) ? [c.index] : [],
      ),
      ...Object.values(mapping.custom ?? {}).flatMap((c) => (NUMERIC_TYPES.has(c.type) ? [c.index] : [])),
    ];
    const text = numericColumns.find((i) => TEXT_TYPES.test(columns[i]?.column_type ?? ""));
    if (text !== undefined) {
      const column = columns[text];
      return refuse(DUCKDB_TEXTS.textInNumbers(column?.column_name ?? "", column?.column_type ?? ""));
    }
    const dateColumns = [
      ...Object.values(mapping.columns).flatMap((c) =>
        c && FIELDS[c.field].role === "input" && FIELDS[c.field].type === "date" ? [c.index] : [],
      ),
      ...Object.values(mapping.custom ?? {}).flatMap((c) => (c.type === "date" ? [c.index] : [])),
    ];
    const numbers = dateColumns.find((i) => !/^(DATE|TIMESTAMP)/i.test(columns[i]?.column_type ?? "DATE"));
    if (numbers !== undefined) {
      const column = columns[numbers];
      return refuse(DUCKDB_TEXTS.numbersInDates(column?.column_name ?? "", column?.column_type ?? ""));
    }

    const format = outputKind === "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet";
    let counts: { grade: string | null; n: number }[] = [];
    const failed = await writeAtomically(
      out,
      async (temp) => {
        const ordered = `${compiled.value.sql}\nORDER BY ${ORDER}`;
        await runWithProgress(connection, `COPY (${ordered}) TO ${literal(temp)} (${format})`, io, lang);
        const written =
          outputKind === "csv" ? `read_csv(${literal(temp)}, header = true)` : `read_parquet(${literal(temp)})`;
        const grade = `"${SQL_OUTPUTS.grade}"`;
        const rows = await connection.runAndReadAll(
          `SELECT ${grade} AS grade, count(*) AS n FROM ${written} GROUP BY ${grade} ORDER BY ${grade} NULLS LAST`,
        );
        counts = (rows.getRowObjectsJS() as { grade: string | null; n: bigint }[]).map((r) => ({
          grade: r.grade,
          n: Number(r.n),
        }));
      },
      reportingLeftovers(io, lang),
    );
    if (failed) return report(io, failed, lang);
    const total = counts.reduce((sum, c) => sum + c.n, 0);
    const parts = counts.map((c) =>
      c.grade === null ? DUCKDB_TEXTS.noGrade(c.n)[lang] : `${c.grade} ${c.n.toLocaleString("en")}`,
    );
    io.stderr(DUCKDB_TEXTS.summary(total, parts.join(", "), out)[lang] + "\n");
    return EXIT_OK;
  } catch (error) {
    return report(io, problem("corrupt", DUCKDB_TEXTS.duckdbFailed(messageOf(error))), lang);
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

/** Runs the statement task by task, a line at every tenth of the way on a terminal. */
async function runWithProgress(
  connection: Awaited<
    ReturnType<Awaited<ReturnType<typeof import("@duckdb/node-api").DuckDBInstance.create>>["connect"]>
  >,
  sql: string,
  io: CliIo,
  lang: Lang,
): Promise<void> {
  const pending = await connection.start(sql);
  if (!io.stderrIsTTY) {
    await pending.runAllTasks();
    await pending.getResult();
    return;
  }
  let shown = 0;
  // RESULT_READY is 0; NO_TASKS_AVAILABLE (3) means other threads are working: ask again.
  while (pending.runTask() !== 0) {
    const tenth = Math.floor(connection.progress.percentage / 10);
    if (tenth > shown && tenth < 10) io.stderr(`… ${DUCKDB_TEXTS.progress((shown = tenth) * 10)[lang]}\n`);
  }
  await pending.getResult();
}
