/**
 * A table as a database holds it: each column typed (numbers, dates, yes/no, text) from what the engine reads in
 * it, so the same rows can be graded by the engine and by the compiled SQL. The engine's copy holds the typed
 * values as Excel would hand them over (numbers, date serials, booleans, texts); the database's copy holds the
 * same values in columns of the matching SQL types. An unreadable cell is NULL in both.
 *
 * Each table gets one more column, `cg_test_row` (the row's number, NULL on a blank row so it stays blank), so
 * the rows a query returns in any order can be matched to the engine's.
 */
import { DuckDBDateValue, type DuckDBConnection } from "@duckdb/node-api";
import {
  type CellValue,
  type RuleSet,
  type Table,
  type ValueType,
  FIELDS,
  mapTableColumns,
  parseBoolean,
  parseDate,
  parseNumber,
  parsePercent,
} from "../../src/engine";
import { parseDays } from "../../src/engine/values/days";
import { frequencyInText, parseFrequency } from "../../src/engine/values/frequency";
import { isBlank } from "../../src/engine/grade/mapTable";

export const ROW_COLUMN = "cg_test_row";
/** Excel's serial of 1970-01-01. */
const EPOCH_SERIAL = 25_569;

export type SqlType = "double" | "date" | "boolean" | "text";

export interface TypedTable {
  /** The engine's copy, `cg_test_row` last. */
  readonly table: Table;
  /** Each column's SQL type, in the table's order. */
  readonly types: readonly SqlType[];
}

const NUMBER_READERS: Partial<Record<ValueType, (cell: CellValue) => unknown>> = {
  money: parseNumber,
  count: parseNumber,
  days: parseDays,
  percent: parsePercent,
  frequency: parseFrequency,
};

function sqlTypeOf(type: ValueType | undefined): SqlType {
  if (type === undefined || type === "text" || type === "grade") return "text";
  if (type === "date") return "date";
  if (type === "boolean") return "boolean";
  return "double";
}

/** The cell as the typed column holds it (NULL where the engine cannot read it). */
function typedCell(cell: CellValue, type: ValueType | undefined): CellValue {
  if (cell === null || cell === undefined || isBlank(cell)) return null;
  const sqlType = sqlTypeOf(type);
  if (sqlType === "text") return typeof cell === "string" ? cell : String(cell);
  if (sqlType === "date") {
    const serial = parseDate(cell);
    return typeof serial === "number" ? Math.floor(serial) : null;
  }
  if (sqlType === "boolean") {
    const value = parseBoolean(cell);
    return typeof value === "number" ? value === 1 : null;
  }
  const read = (type && NUMBER_READERS[type]) ?? parseNumber;
  const value = read(cell);
  return typeof value === "number" ? value : null;
}

export function typedTable(source: Table, ruleSet: RuleSet): TypedTable {
  const mapping = mapTableColumns(source.headers, ruleSet);
  const typeOf = new Map<number, ValueType>();
  for (const column of Object.values(mapping.columns)) {
    if (column && FIELDS[column.field].role === "input") typeOf.set(column.index, FIELDS[column.field].type);
  }
  for (const column of Object.values(mapping.custom ?? {})) typeOf.set(column.index, column.type);
  const width = source.headers.length;
  const types: SqlType[] = [...Array.from({ length: width }, (_, i) => sqlTypeOf(typeOf.get(i))), "double"];
  const rows = source.rows.map((row, r) => {
    const cells = Array.from({ length: width }, (_, i) => typedCell(row[i] ?? null, typeOf.get(i)));
    const blank = cells.every((c) => c === null);
    return [...cells, blank ? null : r];
  });
  return { table: { headers: [...source.headers.map((h) => String(h ?? "")), ROW_COLUMN], rows }, types };
}

const DUCKDB_TYPES: Readonly<Record<SqlType, string>> = {
  double: "DOUBLE",
  date: "DATE",
  boolean: "BOOLEAN",
  text: "VARCHAR",
};

const quote = (name: string): string => `"${name.split('"').join('""')}"`;

/** Creates `name` in DuckDB with the typed table's columns and rows (through DuckDB's appender). */
export async function loadIntoDuckDb(connection: DuckDBConnection, name: string, typed: TypedTable): Promise<void> {
  const columns = typed.table.headers.map((h, i) => `${quote(String(h))} ${DUCKDB_TYPES[typed.types[i] ?? "text"]}`);
  await connection.run(`CREATE OR REPLACE TABLE ${quote(name)} (${columns.join(", ")})`);
  const appender = await connection.createAppender(name);
  for (const row of typed.table.rows) {
    typed.types.forEach((type, i) => {
      const cell = row[i] ?? null;
      if (cell === null) appender.appendNull();
      else if (type === "double") appender.appendDouble(cell as number);
      else if (type === "date") appender.appendDate(new DuckDBDateValue((cell as number) - EPOCH_SERIAL));
      else if (type === "boolean") appender.appendBoolean(cell as boolean);
      else appender.appendVarchar(cell as string);
    });
    appender.endRow();
  }
  appender.closeSync();
}

/** The three columns a database keeps where a spreadsheet packs them into one transport-needs cell. */
const UNPACKED_HEADERS: Readonly<Record<"zh-CN" | "zh-TW" | "en", readonly [string, string, string]>> = {
  "zh-CN": ["货物类型", "目的地", "运输频次"],
  "zh-TW": ["貨物類型", "目的地", "運輸頻次"],
  en: ["Cargo type", "Destination", "Shipping frequency"],
};

/**
 * The table as a warehouse keeps it: the packed transport-needs cell ("电子产品,每月两次,国内各地") as a cargo
 * column and a destination column holding its words, and the shipments a year as a number (what the engine reads
 * from the phrase). Unchanged when the table has no transport-needs column.
 */
export function unpackTransportNeeds(source: Table, ruleSet: RuleSet, lang: "zh-CN" | "zh-TW" | "en"): Table {
  const column = mapTableColumns(source.headers, ruleSet).columns.transportNeeds;
  if (!column) return source;
  const at = column.index;
  const headers = [...source.headers];
  headers.splice(at, 1, ...UNPACKED_HEADERS[lang]);
  const rows = source.rows.map((row) => {
    const cells = [...row];
    const text = typeof row[at] === "string" ? (row[at] as string) : null;
    cells.splice(at, 1, text, text, text === null ? null : frequencyInText(text));
    return cells;
  });
  return { headers, rows };
}
