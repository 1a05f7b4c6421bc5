/**
 * A real PostgreSQL server for tests that run SQL: started in a temporary directory on a port of its own
 * (test/support/postgresCluster.ts), with one connected client, tables loaded from rows, stopped at the end.
 *
 *   let server: PostgresServer;
 *   beforeAll(async () => (server = await startPostgres()), 120_000);
 *   afterAll(() => server?.stop());
 *
 * Values read back: date → a Date at UTC midnight of that day (not the local one), double precision and
 * integer → number, bigint (count(*), sum of integers) → number (a string beyond 2^53), numeric → string
 * (exact; cast to double precision for a number), text → string, boolean → boolean, NULL → null.
 */
import { Client, types } from "pg";
import { SUPERUSER, startCluster } from "./postgresCluster";

export type ColumnType = "double" | "integer" | "date" | "text" | "boolean";
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}
/** A cell to load: a date column takes a Date (its UTC day) or "YYYY-MM-DD". */
export type Cell = number | string | boolean | null | Date;

export interface PostgresServer {
  /** postgresql://postgres@127.0.0.1:<port>/postgres, for another client (trust authentication, no password). */
  readonly connectionString: string;
  readonly config: { readonly host: string; readonly port: number; readonly user: string; readonly database: string };
  /** The temporary directory holding the data directory; gone after stop(). */
  readonly dir: string;
  /**
   * Runs SQL and returns the rows. Several statements without parameters run as one script, and the rows
   * are the last statement's.
   */
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Creates the table `name` with these columns and inserts the rows (each with one cell per column). */
  loadTable(name: string, columns: readonly Column[], rows: readonly (readonly Cell[])[]): Promise<void>;
  /** Closes the client, stops the server and deletes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

const SQL_TYPES: Record<ColumnType, string> = {
  double: "double precision",
  integer: "integer",
  date: "date",
  text: "text",
  boolean: "boolean",
};

/** Longer names PostgreSQL cuts (NAMEDATALEN − 1 bytes), which could make two headers one column. */
const MAX_IDENTIFIER_BYTES = 63;
/** Rows per INSERT: one array parameter per column, so the size of a statement, not the parameter count, bounds it. */
const BATCH_ROWS = 20_000;

/** A name as a quoted identifier: any header (spaces, parentheses, quotes, Chinese) stays exactly itself. */
export function quoteIdentifier(name: string): string {
  const bytes = Buffer.byteLength(name, "utf8");
  if (name === "" || name.includes("\0") || bytes > MAX_IDENTIFIER_BYTES) {
    throw new Error(
      `${JSON.stringify(name)} cannot be a PostgreSQL identifier: it must be 1 to ${MAX_IDENTIFIER_BYTES} bytes of UTF-8 (this is ${bytes}) without NUL`,
    );
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** The value to send for one cell, checked against its column's type. */
function parameter(cell: Cell, column: Column, row: number): Cell {
  if (cell === null) return null;
  const wrong = (expected: string) =>
    new Error(`Row ${row}, column ${JSON.stringify(column.name)} (${column.type}): ${String(cell)} is not ${expected}`);
  switch (column.type) {
    case "double":
      if (typeof cell !== "number") throw wrong("a number");
      return cell;
    case "integer":
      if (!Number.isInteger(cell)) throw wrong("an integer");
      return cell;
    case "boolean":
      if (typeof cell !== "boolean") throw wrong("a boolean");
      return cell;
    case "text":
      if (typeof cell !== "string") throw wrong("a string");
      return cell;
    case "date":
      if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString().slice(0, 10);
      if (typeof cell === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return cell;
      throw wrong("a Date or YYYY-MM-DD");
  }
}

/** Inserts rows as one array per column, unnested into rows by the server. */
function insertStatement(name: string, columns: readonly Column[]): string {
  const names = columns.map((c) => quoteIdentifier(c.name)).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${SQL_TYPES[c.type]}[]`).join(", ");
  return `INSERT INTO ${quoteIdentifier(name)} (${names}) SELECT * FROM unnest(${arrays})`;
}

const DATE_OID = 1082;
const INT8_OID = 20;

/** DATE as UTC midnight, so a day reads back as the same day whatever the machine's time zone. */
function parseDate(text: string): Date {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function parseInt8(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

const typeParsers = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (format !== "binary" && oid === DATE_OID) return parseDate;
    if (format !== "binary" && oid === INT8_OID) return parseInt8;
    return types.getTypeParser(oid, format);
  }) as typeof types.getTypeParser,
};

/** Starts a server (a few seconds) with a connected client. */
export async function startPostgres(): Promise<PostgresServer> {
  const cluster = await startCluster();
  const config = { host: "127.0.0.1", port: cluster.port, user: SUPERUSER, database: "postgres" };
  const client = new Client({ ...config, types: typeParsers });
  try {
    await client.connect();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  // A lost connection fails the queries after it; without a listener it would end the whole jest worker.
  client.on("error", (error) => console.warn(`PostgreSQL connection: ${error.message}`));
  // A notice (say, a name PostgreSQL shortened) would otherwise pass unseen.
  client.on("notice", (notice) => console.warn(`PostgreSQL: ${notice.message ?? String(notice)}`));

  const query = async <T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]> => {
    const result = await client.query(sql, params === undefined ? undefined : [...params]);
    // Several statements give one result each (pg's typings know only one).
    const results = result as unknown;
    const last = Array.isArray(results) ? (results.at(-1) as typeof result | undefined) : result;
    return (last?.rows ?? []) as T[];
  };

  const loadTable = async (name: string, columns: readonly Column[], rows: readonly (readonly Cell[])[]) => {
    const definitions = columns.map((c) => `${quoteIdentifier(c.name)} ${SQL_TYPES[c.type]}`).join(", ");
    await client.query(`CREATE TABLE ${quoteIdentifier(name)} (${definitions})`);
    const insert = insertStatement(name, columns);
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const arrays = columns.map((): Cell[] => []);
      rows.slice(start, start + BATCH_ROWS).forEach((row, offset) => {
        if (row.length !== columns.length) {
          throw new Error(`Row ${start + offset} has ${row.length} cells for ${columns.length} columns`);
        }
        row.forEach((cell, i) => arrays[i]!.push(parameter(cell, columns[i]!, start + offset)));
      });
      await client.query(insert, arrays);
    }
  };

  let stopped: Promise<void> | undefined;
  const stop = async () => {
    try {
      await client.end();
    } finally {
      await cluster.stop();
    }
  };

  return {
    connectionString: `postgresql://${config.user}@${config.host}:${config.port}/${config.database}`,
    config,
    dir: cluster.dir,
    query,
    loadTable,
    stop: () => (stopped ??= stop()),
  };
}
