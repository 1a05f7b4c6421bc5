/**
 * The order-line samples shipped in samples/lines are what `npm run fixtures:lines` writes (the generator is
 * seeded), and big enough for the work item: at least 5,000 lines of 500 customers over three years, in < 1.5 MB.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { sampleFiles } from "../../../scripts/lines/shapes";
import { SAMPLE_LINES, SAMPLE_LINES_DIR } from "../../support/sampleLines";

/** The committed file's rows as records by header (BOM dropped). */
function records(path: string): Record<string, string>[] {
  return parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
}

describe("the order-line samples", () => {
  test("regenerating gives the committed files, byte for byte", () => {
    const files = sampleFiles();
    const committed = readdirSync(SAMPLE_LINES_DIR).filter((name) => name.endsWith(".csv"));
    expect(committed.sort()).toEqual(files.map((f) => f.name).sort());
    const differing = files
      .filter((f) => !Buffer.from(f.text, "utf8").equals(readFileSync(join(SAMPLE_LINES_DIR, f.name))))
      .map((f) => f.name);
    expect(differing).toEqual([]);
  });

  test("the mainland sample has at least 5,000 lines of 500 customers over three calendar years", () => {
    const { columns } = SAMPLE_LINES["zh-CN"];
    const rows = records(SAMPLE_LINES["zh-CN"].csv ?? "");
    expect(rows.length).toBeGreaterThanOrEqual(5_000);
    expect(new Set(rows.map((r) => r[columns.customer])).size).toBeGreaterThanOrEqual(500);
    expect(new Set(rows.map((r) => r[columns.date]?.slice(0, 4)))).toEqual(new Set(["2015", "2016", "2017"]));
  });

  test("lines repeat an order number, carry credit notes, blank numbers and dates in three forms", () => {
    const { columns } = SAMPLE_LINES["zh-CN"];
    const rows = records(SAMPLE_LINES["zh-CN"].csv ?? "");
    const numbers = rows.map((r) => r[columns.orderNo ?? ""] ?? "");
    expect(new Set(numbers).size).toBeLessThan(numbers.length);
    expect(numbers.filter((n) => n === "").length).toBeGreaterThan(0);
    expect(rows.filter((r) => Number(r[columns.amount]) < 0).length).toBeGreaterThan(0);
    const dates = rows.map((r) => r[columns.date] ?? "");
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(d))).toBe(true);
  });

  test("the three files together stay under 1.5 MB", () => {
    const files = Object.values(SAMPLE_LINES).map((s) => statSync(s.csv ?? "").size);
    expect(files.reduce((a, b) => a + b, 0)).toBeLessThan(1_500_000);
  });
});
