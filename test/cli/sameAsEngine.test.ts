/**
 * Differential: the command line's --json grades, scores, remarks and statuses are the engine's, for every
 * golden table and the sample, read from .xlsx and from CSV; and what it writes into the workbook is the same.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { type CellValue, type Table, defaultRuleSet, gradeTable, parseDate } from "../../src/engine";
import type { JsonDocument } from "../../src/cli/jsonDocument";
import sample from "../../samples/logistics-customers.json";
import { loadGoldenCases } from "../support/golden";
import { runInProcess, tempDir } from "./support/cli";
import { csvText, tableWorkbook } from "./support/workbooks";

interface Case {
  readonly name: string;
  readonly asOf: string;
  readonly table: Table;
}

const cases: Case[] = [
  ...loadGoldenCases()
    .filter((c) => !c.file.startsWith("error."))
    .map((c) => ({ name: c.file, asOf: c.asOf, table: { headers: c.headers, rows: c.rows } })),
  { name: "sample", asOf: sample.asOf, table: sample as unknown as Table },
];

const dir = tempDir("same");

function engineRows(c: Case) {
  const graded = gradeTable(c.table, defaultRuleSet(), { asOf: parseDate(c.asOf) as number });
  if (!graded.ok) throw new Error(graded.error.message.en);
  const report = graded.value;
  return report.rows().map((row, i) => {
    const score = report.outputs.scores[i] as number;
    return {
      status: row.status,
      grade: report.outputs.grades[i] ?? null,
      score: Number.isNaN(score) ? null : score,
      remark: report.outputs.remarks[i],
    };
  });
}

const jsonRows = (doc: JsonDocument) =>
  doc.rows.map((r) => ({ status: r.status, grade: r.grade, score: r.score, remark: r.remark }));

describe.each(cases)("$name", (c) => {
  const expected = engineRows(c);

  test("graded from .xlsx, --json gives the engine's status, grade, score and remark for every row", async () => {
    const input = join(dir, `${c.name}.xlsx`);
    writeFileSync(input, await tableWorkbook(c.table.headers, c.table.rows));
    const out = join(dir, `${c.name}.graded.xlsx`);
    const run = await runInProcess(["grade", input, "--json", "--as-of", c.asOf, "--out", out]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(jsonRows(JSON.parse(run.stdout) as JsonDocument)).toEqual(expected);

    // The written cells are those values too: text as text, scores as numbers, nothing for none.
    const written = new Workbook();
    await written.xlsx.load(readFileSync(out) as unknown as Parameters<typeof written.xlsx.load>[0]);
    const sheet = written.getWorksheet("客户");
    const header = (sheet?.getRow(1).values as CellValue[]).slice(1);
    const doc = JSON.parse(run.stdout) as JsonDocument;
    const col = (field: "grade" | "score" | "remark") => header.indexOf(doc.columns[field] as string) + 1;
    expected.forEach((row, i) => {
      const cells = sheet?.getRow(2 + i);
      expect(cells?.getCell(col("grade")).value ?? null).toBe(row.grade);
      expect(cells?.getCell(col("score")).value ?? null).toBe(row.score);
      expect(cells?.getCell(col("remark")).value ?? null).toBe(row.remark === "" ? null : row.remark);
    });
  });

  test("graded from CSV, --json gives the same rows", async () => {
    const input = join(dir, `${c.name}.csv`);
    writeFileSync(input, csvText(c.table.headers, c.table.rows));
    const run = await runInProcess([
      "grade",
      input,
      "--json",
      "--as-of",
      c.asOf,
      "--out",
      join(dir, `${c.name}.csv.graded.xlsx`),
    ]);
    expect(run.code).toBe(0);
    expect(jsonRows(JSON.parse(run.stdout) as JsonDocument)).toEqual(expected);
  });
});
