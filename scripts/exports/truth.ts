/**
 * What the acceptance test needs to know about each generated row: the traits planted in it, decided from the
 * row's own numbers by one rule for every shape (so "loss-making" means the same in every file).
 */
import { type Day, isoDate } from "./calendar";
import { type GeneratedFile, utf8 } from "./files";

export const TRAITS = ["bigProfitableActive", "overdue90WithBalance", "lossMaking", "noBusinessForAYear"] as const;
export type Trait = (typeof TRAITS)[number];

/** The facts of one customer that decide its traits, in the generator's own units. */
export interface CustomerFacts {
  /** What identifies the customer across files (its code, or its name where the shape has no code). */
  readonly key: string;
  /** Revenue of the table's period (any unit: only the order within the table matters). */
  readonly revenue: number;
  /** Profit of the period, or its margin where the shape only has a rate: only the sign matters. */
  readonly profit: number | null;
  readonly lastBusiness: Day;
  /** Whether any of the balance is more than 90 days overdue (`null`: the shape says nothing of payments). */
  readonly overdue90WithBalance: boolean | null;
}

export interface TruthRow {
  /** 1-based data row, as the command line's `--json` counts them. */
  readonly row: number;
  readonly key: string;
  readonly traits: readonly Trait[];
}

export interface Truth {
  readonly file: string;
  readonly imitates: string;
  /** The day to grade the table at (`--as-of`). */
  readonly asOf: string;
  readonly rows: readonly TruthRow[];
}

/** The share of customers (by revenue, biggest first) counted as the biggest. */
const TOP_SHARE = 0.1;
const RECENT_DAYS = 90;
const A_YEAR = 365;

function plantedTraits(facts: readonly CustomerFacts[], asOf: Day): TruthRow[] {
  const topCount = Math.ceil(facts.length * TOP_SHARE);
  const byRevenue = facts
    .map((f, i) => ({ i, revenue: f.revenue }))
    .filter((x) => x.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue || a.i - b.i);
  const top = new Set(byRevenue.slice(0, topCount).map((x) => x.i));
  return facts.map((f, i) => {
    const traits: Trait[] = [];
    const overdue = f.overdue90WithBalance === true;
    const idle = asOf - f.lastBusiness;
    if (top.has(i) && f.profit !== null && f.profit > 0 && idle <= RECENT_DAYS && !overdue)
      traits.push("bigProfitableActive");
    if (overdue) traits.push("overdue90WithBalance");
    if (f.profit !== null && f.profit < 0) traits.push("lossMaking");
    if (idle > A_YEAR) traits.push("noBusinessForAYear");
    return { row: i + 1, key: f.key, traits };
  });
}

export function truthJson(file: string, imitates: string, asOf: Day, facts: readonly CustomerFacts[]): string {
  const truth: Truth = { file, imitates, asOf: isoDate(asOf), rows: plantedTraits(facts, asOf) };
  // One row a line: readable in a diff, still plain JSON.
  const rows = truth.rows.map((r) => "    " + JSON.stringify(r)).join(",\n");
  const head = JSON.stringify({ file, imitates, asOf: truth.asOf }, null, 2).replace(/\n}$/, "");
  return `${head},\n  "rows": [\n${rows}\n  ]\n}\n`;
}

/** The truth file that goes beside a generated export. */
export function truthFile(file: string, imitates: string, asOf: Day, facts: readonly CustomerFacts[]): GeneratedFile {
  return { name: `${file}.truth.json`, bytes: utf8(truthJson(file, imitates, asOf, facts)) };
}
