/** Calendar days as integers (days since 1970-01-01, UTC), so date arithmetic in the generators is exact. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
}

function parts(value: Day): { y: number; m: number; d: number } {
  const date = new Date(value * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** 2017-03-05 */
export function isoDate(value: Day): string {
  const { y, m, d } = parts(value);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** 2017年3月5日 */
export function cjkDate(value: Day): string {
  const { y, m, d } = parts(value);
  return `${y}年${m}月${d}日`;
}

/** 2017/3/5, as Excel shows a date in a Chinese locale */
export function slashDate(value: Day): string {
  const { y, m, d } = parts(value);
  return `${y}/${m}/${d}`;
}

/** The day as a JavaScript Date at UTC midnight, which ExcelJS writes as that calendar day. */
export function utcDate(value: Day): Date {
  return new Date(value * MS_PER_DAY);
}
