/** Number and CSV text as exports write them. */

/** 14203.28 → "14,203.28" */
export function grouped(value: number, decimals: number): string {
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${digits}${fraction === undefined ? "" : "." + fraction}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The lines of a CSV file, every line ended by `eol` (Excel ends the last line too). */
export function csvText(rows: readonly (readonly string[])[], eol: "\n" | "\r\n"): string {
  return rows.map((row) => row.map(csvField).join(",") + eol).join("");
}
