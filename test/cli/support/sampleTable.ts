/**
 * The README's picture of the sample table: samples/logistics-customers.json as an Excel table, with the
 * columns a reader needs to see the grading (the rest hidden, not removed: the grades stay those of the full
 * table), landscape and one page wide so LibreOffice prints it on one page.
 */
import { Workbook } from "exceljs";
import sample from "../../../samples/logistics-customers.json";

export const SAMPLE_AS_OF = sample.asOf;

const SHOWN = new Set([
  "客户名称",
  "所属行业",
  "财务状况",
  "12月",
  "逾期天数",
  "发展潜力",
  "人工等级",
  "客户等级",
  "评分",
  "备注",
]);

export async function sampleTableWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("客户", {
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
    },
  });
  const headers = sample.headers;
  sheet.addTable({
    name: "客户表",
    ref: "A1",
    headerRow: true,
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: sample.rows.map((row) => headers.map((_, i) => row[i] ?? null)),
  });
  headers.forEach((header, i) => (sheet.getColumn(i + 1).hidden = !SHOWN.has(header)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
