/**
 * Grade all's totals kept per row: rows graded again later (auto-grade) replace what they counted, so the
 * totals are always those of grading the table as it now is, in full.
 */
import fc from "fast-check";
import { type CellValue, gradeTable, isRelativeInTable } from "../../src/engine";
import { GradeTally, type GradeTotals, gradeRows } from "../../src/excel/gradeChunk";
import { fixedBandRuleSet } from "../support/fixedBandRules";

const HEADERS = ["客户名称", "年交易额", "准时付款率", "财务状况"];
const AS_OF = 46082;
// Fixed bands: each row grades on its own, as auto-grade grades an edited row (a rule set with ranks re-grades the whole table).
const rules = fixedBandRuleSet();
const letters = rules.grades.map((g) => g.letter);

/** A row: a name or none, an amount readable or not, a rate, a word; blank rows too. */
const row = fc.oneof(
  fc.constant<CellValue[]>([null, null, null, null]),
  fc.tuple(
    fc.constantFrom<CellValue>("甲", "乙", "丙", null),
    fc.constantFrom<CellValue>("500万", 2_000_000, 80_000, "很多", null),
    fc.constantFrom<CellValue>("98%", 0.6, "准时", null),
    fc.constantFrom<CellValue>("良好", "一般", "较差", null),
  ),
);

function whole(rows: readonly (readonly CellValue[])[]): GradeTotals {
  const graded = gradeTable({ headers: HEADERS, rows }, rules, { asOf: AS_OF });
  if (!graded.ok) throw new Error("the table grades");
  const { counts, graded: n, incomplete, skipped } = graded.value.summary;
  return { counts, graded: n, incomplete, skipped, issues: graded.value.issues };
}

function chunk(rows: readonly (readonly CellValue[])[]) {
  const result = gradeRows(HEADERS, rows, { ruleSet: rules, mapping: mappingFor(), asOf: AS_OF });
  if ("code" in result) throw new Error("the rows grade");
  return result.report;
}

function mappingFor() {
  const graded = gradeTable({ headers: HEADERS, rows: [] }, rules, { asOf: AS_OF });
  if (!graded.ok) throw new Error("the table grades");
  return graded.value.mapping;
}

test("the rule set grades rows on their own", () => {
  expect(isRelativeInTable(rules, mappingFor())).toBe(false);
});

test("counted in chunks, then with random rows edited and graded again, the totals are the whole table's", () => {
  fc.assert(
    fc.property(
      fc.array(row, { minLength: 1, maxLength: 30 }),
      fc.integer({ min: 1, max: 8 }),
      fc.array(fc.tuple(fc.nat(), row), { maxLength: 10 }),
      (initial, size, edits) => {
        const rows = initial.map((r) => [...r]);
        const tally = new GradeTally(letters);
        for (let start = 0; start < rows.length; start += size)
          tally.add(chunk(rows.slice(start, start + size)), start);
        expect(tally.totals()).toEqual(whole(rows));
        for (const [at, edited] of edits) {
          const index = at % rows.length;
          rows[index] = [...edited];
          tally.add(chunk([rows[index] as CellValue[]]), index);
          expect(tally.totals()).toEqual(whole(rows));
        }
      },
    ),
    { numRuns: 150 },
  );
});

test("rows never graded (a cancelled run) count nothing until they are", () => {
  const tally = new GradeTally(letters);
  tally.add(chunk([["甲", "500万", "98%", "良好"]]), 5);
  expect(tally.totals().graded + tally.totals().incomplete + tally.totals().skipped).toBe(1);
});
