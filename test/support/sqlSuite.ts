/**
 * The equality tests every SQL engine that runs here goes through: every golden table (its packed transport needs
 * as a warehouse keeps them), the sample workbook's table, and a table using every criterion kind, rule kind and
 * the analyst's own indicators with remarks in each language; every row's score, grade, remark and fired rules
 * equal the engine's. `compare` loads a table into the engine under test and compares (test/support/sqlEquality).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Lang, type RuleSet, type Table, defaultRuleSet } from "../../src/engine";
import { everyKindRuleSet, everyKindTable } from "./everyKindRules";
import { loadGoldenCases } from "./golden";
import type { CompareOptions, Comparison } from "./sqlEquality";
import { unpackTransportNeeds } from "./typedTable";

export type Compare = (
  table: Table,
  ruleSet: RuleSet,
  options: Omit<CompareOptions, "dialect" | "table">,
) => Promise<Comparison>;

export const serialOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

export function describeSqlEquality(engine: string, compare: () => Compare): void {
  describe.each(loadGoldenCases().filter((g) => "grades" in g.expect))(`${engine}: golden table $file`, (golden) => {
    test("every row's score, grade, remark and fired rules equal the engine's", async () => {
      const lang =
        golden.language ?? (golden.file.includes("zh-TW") ? "zh-TW" : golden.file.includes(".en.") ? "en" : "zh-CN");
      const table = unpackTransportNeeds({ headers: golden.headers, rows: golden.rows }, defaultRuleSet(), lang);
      const result = await compare()(table, defaultRuleSet(), {
        asOf: serialOf(golden.asOf),
        firedRules: true,
        ...(golden.language ? { language: golden.language } : {}),
      });
      expect(result.differences).toEqual([]);
      expect(result.equal).toBe(golden.rows.length);
      expect(result.rows).toBe(golden.rows.length);
    });
  });

  test(`${engine}: the sample workbook's table (its packed transport needs as a warehouse keeps them)`, async () => {
    const sample = JSON.parse(readFileSync(join(__dirname, "../../samples/logistics-customers.json"), "utf8")) as {
      asOf: string;
      headers: string[];
      rows: Table["rows"];
    };
    const table = unpackTransportNeeds({ headers: sample.headers, rows: sample.rows }, defaultRuleSet(), "zh-CN");
    const result = await compare()(table, defaultRuleSet(), { asOf: serialOf(sample.asOf), firedRules: true });
    expect(result.differences).toEqual([]);
    expect(result.equal).toBe(sample.rows.length);
  });

  describe.each<Lang>(["zh-CN", "zh-TW", "en"])(
    `${engine}: every kind of criterion and rule, remarks in %s`,
    (language) => {
      test("600 customers with ties, blanks, packed and full-width words and grades by hand", async () => {
        const table = everyKindTable(600, language.length * 7);
        const result = await compare()(table, everyKindRuleSet(), {
          asOf: serialOf("2026-11-22"),
          language,
          firedRules: true,
        });
        expect(result.differences).toEqual([]);
        expect(result.equal).toBe(600);
      });
    },
  );
}
