/**
 * Names for what the add-in creates, never taking one in use: the wanted name, else "name 2", "name 3", ….
 * The candidates are checked in the same sync as other reads (one `getItemOrNullObject` each).
 */

/** How many names are tried before giving up (the analyst would have to have made "name 2" … "name 9"). */
const NAME_CANDIDATES = 9;

function candidateNames(wanted: string, separator = " "): string[] {
  return Array.from({ length: NAME_CANDIDATES }, (_, i) => (i === 0 ? wanted : `${wanted}${separator}${i + 1}`));
}

/** Excel's longest sheet name. */
const SHEET_NAME_LENGTH = 31;
/** Characters Excel refuses in a sheet name. */
const BAD_SHEET_CHARACTERS = /[:\\/?*[\]]/g;

/**
 * The name of a sheet of one table's: "分级汇总 · 客户表". The table's name is cut ("…") so the name, with
 * the " 9" a taken name may get, fits Excel's 31 characters; a character Excel refuses in a sheet name becomes
 * "_" (a table name may start with a backslash), and the name never ends with an apostrophe.
 * @example tableSheetName("Grade history", "CustomersOfTheNorthernRegion") // "Grade history · CustomersOfT…"
 */
export function tableSheetName(kind: string, table: string): string {
  const room = SHEET_NAME_LENGTH - ` ${NAME_CANDIDATES}`.length - `${kind} · `.length;
  const chars = Array.from(table.replace(BAD_SHEET_CHARACTERS, "_").replace(/'+$/, ""));
  let part = chars.join("");
  if (part.length > room) {
    let cut = chars.length;
    while (cut > 0 && chars.slice(0, cut).join("").length > room - 1) cut--;
    part = `${chars.slice(0, cut).join("")}…`;
  }
  return part === "" ? kind : `${kind} · ${part}`;
}

export interface QueuedNames {
  /** The first candidate not in use, once the context has synced; `null` if all are taken. */
  free(): string | null;
}

export function queueFreeSheetName(context: Excel.RequestContext, wanted: string): QueuedNames {
  const names = candidateNames(wanted);
  const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  return { free: () => names.find((_, i) => found[i]?.isNullObject === true) ?? null };
}

/**
 * Table names have no spaces: "客户分级表2". Excel also refuses a table name that is a defined name
 * (Formulas → Name Manager), so both are checked (`names.getItemOrNullObject`, ExcelApi 1.4).
 */
export function queueFreeTableName(context: Excel.RequestContext, wanted: string): QueuedNames {
  const names = candidateNames(wanted, "");
  const tables = names.map((name) => context.workbook.tables.getItemOrNullObject(name));
  const defined = names.map((name) => context.workbook.names.getItemOrNullObject(name));
  return {
    free: () => names.find((_, i) => tables[i]?.isNullObject === true && defined[i]?.isNullObject === true) ?? null,
  };
}
