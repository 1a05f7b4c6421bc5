/**
 * One grade, three ways in: for the same rows, the engine, the Excel adapter's Grade all (in the simulator)
 * and CUSTOMERGRADE give the same grade. Rows with an unreadable cell are left out of the comparison on
 * purpose: Grade all grades them and lists the cell, CUSTOMERGRADE answers #VALUE! instead of a grade.
 */
import { type CellValue, defaultRuleSet, gradeTable, parseDate } from "../../src/engine";
import { createExcelAdapter } from "../../src/excel";
import { isCellError } from "../../src/functions/core/cellError";
import { customerGrade } from "../../src/functions/core/gradeFunctions";
import sample from "../../samples/logistics-customers.json";
import { loadGoldenCases } from "../support/golden";
import { hostOf, workbookWith } from "../excel/fixtures";

interface Case {
  readonly name: string;
  readonly headers: CellValue[];
  readonly rows: CellValue[][];
  readonly asOf: string;
}

const cases: Case[] = [
  ...loadGoldenCases()
    .filter((g) => !g.file.startsWith("error."))
    .map((g) => ({ name: g.file, headers: g.headers, rows: g.rows, asOf: g.asOf })),
  {
    name: "samples/logistics-customers.json",
    headers: sample.headers,
    rows: sample.rows as CellValue[][],
    asOf: sample.asOf,
  },
];

test.each(cases)(
  "$name: the engine, Grade all and CUSTOMERGRADE agree on every readable row",
  async ({ headers, rows, asOf }) => {
    const serial = parseDate(asOf) as number;
    const [year, month, day] = asOf.split("-").map(Number) as [number, number, number];
    const rules = defaultRuleSet();

    const engine = gradeTable({ headers, rows }, rules, { asOf: serial });
    if (!engine.ok) throw new Error(engine.error.message.en);
    const byEngine = engine.value.outputs.grades;

    const workbook = workbookWith(
      "T",
      headers.map((h) => String(h ?? "")),
      rows.map((r) => r.map((c) => (c === undefined ? null : c))),
    );
    const adapter = createExcelAdapter(hostOf(workbook), { today: () => new Date(year, month - 1, day) });
    await adapter.bind("T");
    const graded = await adapter.gradeAll();
    if (!graded.ok) throw new Error(graded.error.message.en);
    const gradeColumn = graded.value.outputColumns.grade;
    const byAdapter = workbook.tableValues("T").rows.map((r) => (r[gradeColumn] === "" ? null : r[gradeColumn]));

    const byFunction = customerGrade(rows, [headers], rules, serial).map(([cell]) =>
      isCellError(cell) ? (cell.error === "na" ? null : cell) : cell === "" ? null : cell,
    );

    let compared = 0;
    rows.forEach((_, i) => {
      if (engine.value.issuesOf(i).length > 0) {
        expect(isCellError(byFunction[i]) && (byFunction[i] as { error: string }).error).toBe("value");
        return;
      }
      expect([byAdapter[i], byFunction[i]]).toEqual([byEngine[i], byEngine[i]]);
      compared++;
    });
    expect(compared).toBeGreaterThan(0);
  },
);
