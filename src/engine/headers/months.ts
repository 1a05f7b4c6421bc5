/**
 * Month columns written as dates: "2024/01", "2024-1", "2024.01", "202401", "01/2024", "Jan-24", "2024年01月份".
 * ("1月", "Jan 2024" and "2024年1月" are month aliases once the year is set aside; these are not.)
 */
import type { FieldId } from "../fields";

const YEAR = "((?:19|20)\\d{2})";
const MONTH = "(0?[1-9]|1[0-2])";
/** What may follow the month: nothing, or the amount it holds ("2024/01 营收", "2024-01 Revenue"). */
const AMOUNT = "(?:\\s*(?:月份?|月度)?\\s*(?:交易额|金额|营业额|营收|销售额|收入|运费|amount|revenue|sales)?)";
const YEAR_MONTH = new RegExp(`^${YEAR}\\s*[/\\-.年]\\s*${MONTH}${AMOUNT}$`);
const YEAR_MONTH_GLUED = new RegExp(`^${YEAR}(0[1-9]|1[0-2])${AMOUNT}$`);
const MONTH_YEAR = new RegExp(`^${MONTH}\\s*[/\\-.]\\s*${YEAR}${AMOUNT}$`);
const NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NAME_SHORT_YEAR = /^([a-z]{3})[a-z]*\.?\s*[-'’/]\s*(\d{2})$/;

const monthField = (n: number): FieldId | null => (n >= 1 && n <= 12 ? (`month${n}` as FieldId) : null);

/**
 * The month field a dated month header names, or null.
 * @example monthOfDate("2024/03") // "month3"
 */
export function monthOfDate(text: string): FieldId | null {
  const t = text.trim();
  const ym = YEAR_MONTH.exec(t) ?? YEAR_MONTH_GLUED.exec(t);
  if (ym) return monthField(Number(ym[2]));
  const my = MONTH_YEAR.exec(t);
  if (my) return monthField(Number(my[1]));
  const named = NAME_SHORT_YEAR.exec(t);
  if (named) {
    const index = NAMES.indexOf(named[1] ?? "");
    return index < 0 ? null : monthField(index + 1);
  }
  return null;
}
