/**
 * A cell's text as Excel shows it under its number format, for the formats the add-in writes: "General",
 * "@", fixed decimals ("0", "0.0", "0.00"), grouped thousands ("#,##0", "#,##0.00"), percentages ("0%", "0.0%")
 * and dates and times ("yyyy-mm-dd", "yyyy-mm-dd hh:mm"). Anything else (sections, colours, currency symbols,
 * fractions, scientific notation) is not read: the cell shows its value as General would, so an unknown
 * format is visible as a raw value rather than guessed at.
 */
import type { CellValue } from "../simulator";

/** A cell's value as Excel shows it in General format: numbers to at most two decimals, booleans in capitals. */
export function displayText(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return value;
}

const NUMBER = /^(#,##)?0(?:\.(0+))?(%?)$/;
const DATE_TOKEN = /yyyy|yy|mm|m|dd|d|hh|h|ss|[-/.: ]/gy;

/**
 * `value` shown under `format`. Text and booleans show as they are under every number format, as in Excel.
 * @example formatValue(0.973, "0.0%") // "97.3%"
 * @example formatValue(1234.5, "#,##0.00") // "1,234.50"
 * @example formatValue(46000, "yyyy-mm-dd") // "2025-12-09"
 */
export function formatValue(value: CellValue, format: string): string {
  if (typeof value !== "number" || format === "General" || format === "@") return displayText(value);
  const number = NUMBER.exec(format);
  if (number) return fixed(value, number[2]?.length ?? 0, number[1] !== undefined, number[3] === "%");
  const date = dateText(value, format);
  // Not a format this formatter reads: the raw value, as General shows it.
  return date ?? displayText(value);
}

/** Rounds half away from zero at 15 significant digits, as Excel does (1.005 shows as 1.01, not 1.00). */
function fixed(value: number, decimals: number, grouped: boolean, percent: boolean): string {
  const scaled = percent ? value * 100 : value;
  const magnitude = Number((Math.abs(scaled) * 10 ** decimals).toPrecision(15));
  const rounded = Math.round(magnitude) / 10 ** decimals;
  const [digits = "0", fraction = ""] = rounded.toFixed(decimals).split(".");
  const whole = grouped ? digits.replace(/\B(?=(\d{3})+$)/g, ",") : digits;
  // Excel keeps the sign of a negative number that rounds to zero ("-0.0").
  const sign = scaled < 0 ? "-" : "";
  return `${sign}${whole}${fraction === "" ? "" : `.${fraction}`}${percent ? "%" : ""}`;
}

/**
 * An Excel date serial (1900 date system) under a date format of the tokens y, m, d, h, s and the separators
 * "-/.: "; null when the format holds anything else. "m" or "mm" after an hour or before seconds is minutes,
 * as in Excel. Serial 60 is the 29 February 1900 Excel keeps for Lotus 1-2-3's sake; earlier serials are a day
 * off from later ones because of it.
 */
function dateText(serial: number, format: string): string | null {
  const tokens: string[] = [];
  const lower = format.toLowerCase();
  DATE_TOKEN.lastIndex = 0;
  while (DATE_TOKEN.lastIndex < lower.length) {
    const match = DATE_TOKEN.exec(lower);
    if (match === null) return null;
    tokens.push(match[0]);
  }
  if (!tokens.some((t) => /[ymdhs]/.test(t))) return null;
  if (serial < 0) return null;
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const leapDay = days === 60;
  const date = new Date(Date.UTC(1899, 11, days < 60 ? 31 : 30) + (leapDay ? 59 : days) * 86_400_000);
  const parts = {
    year: date.getUTCFullYear(),
    month: leapDay ? 2 : date.getUTCMonth() + 1,
    day: leapDay ? 29 : date.getUTCDate(),
    hour: Math.floor((seconds % 86_400) / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
  };
  const two = (n: number): string => String(n).padStart(2, "0");
  const fields = tokens.map((t, i) => ({ t, i })).filter(({ t }) => /[ymdhs]/.test(t));
  /** The field before or after token `i`, separators skipped. */
  const neighbour = (i: number, step: -1 | 1): string => {
    const at = fields.findIndex((f) => f.i === i) + step;
    return fields[at]?.t ?? "";
  };
  return tokens
    .map((token, i) => {
      const minutes = neighbour(i, -1).startsWith("h") || neighbour(i, 1).startsWith("s");
      switch (token) {
        case "yyyy":
          return String(parts.year);
        case "yy":
          return two(parts.year % 100);
        case "mm":
          return two(minutes ? parts.minute : parts.month);
        case "m":
          return String(minutes ? parts.minute : parts.month);
        case "dd":
          return two(parts.day);
        case "d":
          return String(parts.day);
        case "hh":
          return two(parts.hour);
        case "h":
          return String(parts.hour);
        case "ss":
          return two(parts.second);
        default:
          return token;
      }
    })
    .join("");
}
