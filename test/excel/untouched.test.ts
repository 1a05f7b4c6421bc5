/** Property (fast-check): on any table, Grade all changes no cell outside the add-in's own columns. */
import fc from "fast-check";
import { createExcelAdapter } from "../../src/excel";
import { TODAY, hostOf, workbookWith } from "./fixtures";

const HEADERS = ["客户名称", "运输需求", "财务状况", "年交易额(万元)", "逾期天数", "备注", "Notes", "客户等级"];

const cell = fc.oneof(
  fc.constant(null),
  fc.constantFrom("良好,长期合作", "一般", "较差", "每月两次", "12.5万", "30天", "#N/A", "", "=不是公式"),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);

test("every cell outside the output columns is identical after Grade all", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cell, { minLength: HEADERS.length, maxLength: HEADERS.length }), {
        minLength: 1,
        maxLength: 20,
      }),
      async (rows) => {
        const workbook = workbookWith("T", HEADERS, rows);
        const before = workbook.tableValues("T");
        const adapter = createExcelAdapter(hostOf(workbook), { today: TODAY });
        await adapter.bind("T");
        const result = await adapter.gradeAll();
        const after = workbook.tableValues("T");
        // A table the grading refuses has no output columns: then nothing at all may change.
        const own = new Set(result.ok ? Object.values(result.value.outputColumns) : []);
        before.rows.forEach((row, r) =>
          row.forEach((value, c) => {
            if (!own.has(c)) expect(after.rows[r]?.[c]).toEqual(value);
          }),
        );
        expect(after.headers.slice(0, HEADERS.length)).toEqual(before.headers);
      },
    ),
    { numRuns: 60 },
  );
});
