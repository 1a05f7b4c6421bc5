/** Reads the input file into the table to grade: an .xlsx / .xlsm package, or a CSV. */
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { type Result, type Table, err, mapColumns, ok } from "../engine";
import { CsvSyntaxError, type Delimiter, detectDelimiter, parseCsv, parseCsvHeader } from "./csv";
import { type DecodedText, decodeCsv } from "./encoding/decodeCsv";
import type { CsvEncoding, EncodingUsed } from "./encoding/names";
import { fileKind } from "./fileKind";
import { type CliProblem, PROBLEMS } from "./problems";
import { USAGE_DETAILS } from "./usageDetails";
import { type ReadRange, type TableChoice, readRange } from "./xlsx/readTable";
import { type WorkbookPackage, readPackage } from "./xlsx/workbookPackage";
import { PrefixedXmlError } from "./xlsx/xml";
import { Zip64Error, type ZipEntry, readZip } from "./xlsx/zipParts";

export type Source =
  | {
      readonly kind: "xlsx";
      readonly name: string;
      readonly table: Table;
      readonly pkg: WorkbookPackage;
      readonly read: ReadRange;
    }
  | {
      readonly kind: "csv";
      readonly name: string;
      readonly table: Table;
      readonly encoding: EncodingUsed;
      readonly delimiter: Delimiter;
    };

const CSV_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

export function isCsvPath(file: string): boolean {
  return CSV_EXTENSIONS.has(extname(file).toLowerCase());
}

/** What a command names of its table: the file, `--table` / `--sheet`, `--encoding`. */
export interface SourceOptions {
  readonly file: string;
  readonly table?: string | undefined;
  readonly sheet?: string | undefined;
  readonly encoding?: CsvEncoding | undefined;
}

/** The table a command's options name (`readSource` with them). */
export function readCommandSource(command: SourceOptions): Promise<Result<Source, CliProblem>> {
  return readSource(
    command.file,
    {
      ...(command.table === undefined ? {} : { table: command.table }),
      ...(command.sheet === undefined ? {} : { sheet: command.sheet }),
    },
    command.encoding,
  );
}

/** @param encoding `--encoding`: for a CSV only (a workbook's text is always Unicode) */
export async function readSource(
  file: string,
  choice: TableChoice,
  encoding?: CsvEncoding,
): Promise<Result<Source, CliProblem>> {
  const csv = isCsvPath(file);
  if (encoding !== undefined && !csv) return err(PROBLEMS.usage(USAGE_DETAILS.encodingNeedsCsv()));
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) return err(PROBLEMS.notAWorkbook(file));
    bytes = readFileSync(file);
  } catch (error) {
    // Node reads at most 2 GB (4 GB on recent versions) into one buffer.
    if ((error as NodeJS.ErrnoException).code === "ERR_FS_FILE_TOO_LARGE") return err(PROBLEMS.tooLarge(file));
    return err(PROBLEMS.fileMissing(file));
  }
  if (csv) return readCsv(file, bytes, encoding);
  switch (fileKind(bytes)) {
    case "zip":
      return readXlsx(file, bytes, choice);
    case "encrypted-office":
      return err(PROBLEMS.passwordProtected(file));
    case "legacy-office":
      return err(PROBLEMS.notAWorkbook(file));
    case "other":
      return err(
        /^\.xls[xm]$/i.test(extname(file)) ? PROBLEMS.corrupt(file, "not a zip package") : PROBLEMS.notAWorkbook(file),
      );
  }
}

/** The share of a CSV text's headers (0–1) that the grading recognises. */
function recognisedHeaders(text: string): number {
  const headers = parseCsvHeader(text, detectDelimiter(text));
  const named = headers.filter((h) => h.trim() !== "").length;
  const recognised = Object.values(mapColumns(headers).columns).filter((c) => c !== undefined).length;
  return named === 0 ? 0 : Math.min(1, recognised / named);
}

/** The rows, or where a quote is never closed (every later row would run into that one field). */
function csvRows(file: string, text: string | Uint8Array, delimiter: Delimiter): Result<string[][], CliProblem> {
  try {
    return ok(parseCsv(text, delimiter));
  } catch (error) {
    if (error instanceof CsvSyntaxError) return err(PROBLEMS.csvUnclosedQuote(file, error.row, error.column));
    throw error;
  }
}

/** What the parser reads: the UTF-8 bytes when there are, so the decoded text can go before parsing. */
interface CsvContent {
  readonly encoding: EncodingUsed;
  readonly delimiter: Delimiter;
  readonly content: string | Uint8Array;
}

/**
 * The decoded CSV as the parser reads it: its UTF-8 bytes when there are, so that the decoded text is
 * unreachable (and collectable) once this returns, before the parse makes the cells.
 */
function csvContent(file: string, bytes: Buffer, encoding: CsvEncoding | undefined): Result<CsvContent, CliProblem> {
  const read = decodeCsv(bytes, { headerScore: recognisedHeaders, ...(encoding === undefined ? {} : { encoding }) });
  if (!read.ok) return err(PROBLEMS.csvEncoding(file, read.error));
  const decoded: DecodedText = read.value;
  // A UTF-8 text's own bytes (valid, as the decoding proved; the mark left out) are what csv-parse reads.
  const { name, bom } = decoded.encoding;
  const content = name === "utf8" ? bytes.subarray(bom ? UTF8_BOM_LENGTH : 0) : decoded.text;
  return ok({ encoding: decoded.encoding, delimiter: detectDelimiter(decoded.text), content });
}

const UTF8_BOM_LENGTH = 3;

function readCsv(file: string, bytes: Buffer, encoding: CsvEncoding | undefined): Result<Source, CliProblem> {
  const decoded = csvContent(file, bytes, encoding);
  if (!decoded.ok) return decoded;
  const { encoding: used, delimiter, content } = decoded.value;
  const parsed = csvRows(file, content, delimiter);
  if (!parsed.ok) return parsed;
  const records = parsed.value;
  const headers = records[0];
  if (!headers || headers.every((h) => h.trim() === "")) return err(PROBLEMS.noTable(file));
  // Empty fields become empty cells in place: a second array per row would be a million more at a million rows.
  const cells = records as (string | null)[][];
  for (const row of cells) for (let i = 0; i < row.length; i++) if (row[i] === "") row[i] = null;
  const table: Table = { headers: cells[0] ?? [], rows: cells.slice(1) };
  return ok({ kind: "csv", name: basename(file, extname(file)), table, encoding: used, delimiter });
}

async function readXlsx(file: string, bytes: Buffer, choice: TableChoice): Promise<Result<Source, CliProblem>> {
  let entries: ZipEntry[] | null;
  try {
    entries = await readZip(bytes);
  } catch (error) {
    if (error instanceof Zip64Error) return err(PROBLEMS.tooLarge(file));
    throw error;
  }
  if (!entries) return err(PROBLEMS.corrupt(file, "damaged zip package"));
  let pkg: WorkbookPackage | null;
  let read: Result<ReadRange, CliProblem>;
  try {
    pkg = entries.some((e) => e.name === "xl/workbook.xml") ? readPackage(entries) : null;
    if (!pkg) return err(PROBLEMS.notAWorkbook(file));
    read = await readRange(pkg, choice, file);
  } catch (error) {
    if (error instanceof PrefixedXmlError) return err(PROBLEMS.prefixedXml(file));
    return err(PROBLEMS.corrupt(file, error instanceof Error ? error.message : String(error)));
  }
  if (!read.ok) return read;
  return ok({ kind: "xlsx", name: read.value.located.name, table: read.value.table, pkg, read: read.value });
}
