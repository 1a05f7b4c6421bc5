/**
 * The graded copy of a workbook package: where outputs go (existing columns, appended ones, rows without a
 * `<row>` element), what is refused (occupied cells, an existing output), and that grading twice changes nothing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { encode } from "iconv-lite";
import { parseRow } from "../../src/cli/xlsx/sheetXml";
import { defaultRuleSetJson } from "../../src/engine";
import { zipPartText, zipParts } from "./support/zipRead";
import { runInProcess, tempDir } from "./support/cli";
import { SEED_HEADERS, SEED_ROWS, csvText, tableWorkbook } from "./support/workbooks";

const dir = tempDir("workbook");
const grade = (argv: string[]) => runInProcess(["grade", ...argv, "--as-of", "2026-11-22", "--lang", "en"]);

async function load(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function part(path: string, name: string): string {
  const zip = readFileSync(path);
  return zipPartText(zip, name);
}

/** A sheet with a title, the seed table as plain cells from row 3 (no Excel table), and a blank row inside. */
async function plainSheet(extra?: (sheet: import("exceljs").Worksheet) => void): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("客户");
  sheet.getCell("B1").value = "2026 年客户";
  sheet.getRow(3).values = [null, ...SEED_HEADERS.slice(0, 6)];
  SEED_ROWS.forEach((row, i) => (sheet.getRow(i < 2 ? 4 + i : 5 + i).values = [null, ...row.slice(0, 6)])); // row 6 left blank
  extra?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("without a table, the row naming the most known columns (not the title above) is the header, the rows down to the first blank one are graded, outputs are appended beside them", async () => {
  const input = join(dir, "plain.xlsx");
  writeFileSync(input, await plainSheet());
  const run = await grade([input, "--json"]);
  expect(run.stderr).toMatch(/^Graded 2 rows/);
  const doc = JSON.parse(run.stdout) as {
    table: string;
    rows: { row: number; status: string; grade: string | null }[];
  };
  expect(doc.table).toBe("客户");
  expect(doc.rows.map((r) => [r.row, r.status, r.grade])).toEqual([
    [1, "graded", "A"],
    [2, "graded", "B"],
  ]);
  const sheet = (await load(join(dir, "plain.graded.xlsx"))).getWorksheet("客户");
  expect(["H3", "I3", "J3"].map((a) => sheet?.getCell(a).value)).toEqual(["客户等级", "评分", "备注"]);
  // Like Excel's current region: the list ends at the blank row 6; row 7 is left as it was.
  expect(["H4", "H5", "H6", "H7"].map((a) => sheet?.getCell(a).value ?? null)).toEqual(["A", "B", null, null]);
  expect(sheet?.getCell("B7").value).toBe("ZZ食品加工厂");
  expect(sheet?.getCell("B1").value).toBe("2026 年客户");
});

test("refuses to append over the analyst's cells right of the range, and writes nothing", async () => {
  const input = join(dir, "blocked.xlsx");
  writeFileSync(input, await plainSheet((sheet) => (sheet.getCell("I5").value = "手写备注")));
  const run = await grade([input]);
  expect(run.stderr).toBe(
    "The cells where the grade, score and remark columns would be added (客户!I5) are not empty: add those columns to the table, or move the data right of the table, and try again.\n",
  );
  expect(run.code).toBe(2);
  expect(existsSync(join(dir, "blocked.graded.xlsx"))).toBe(false);
});

test("writes into existing output columns wherever they are, and never past a totals row", async () => {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Data");
  sheet.getCell("A1").value = "notes above";
  sheet.addTable({
    name: "Customers",
    ref: "B3",
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: "Score" },
      ...SEED_HEADERS.slice(0, 6).map((name) => ({ name })),
      { name: "Grade", totalsRowFunction: "count" },
      { name: "Remark" },
    ],
    rows: SEED_ROWS.map((r) => [null, ...r.slice(0, 6), "?", "old note"]),
  });
  const input = join(dir, "totals.xlsx");
  writeFileSync(input, Buffer.from(await workbook.xlsx.writeBuffer()));
  const run = await grade([input, "--json"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain("replaced 6 non-empty cells"); // "?" and "old note" in three rows
  const out = (await load(join(dir, "totals.graded.xlsx"))).getWorksheet("Data");
  expect([4, 5, 6].map((r) => out?.getCell(`I${r}`).value)).toEqual(["A", "B", "C"]);
  expect([4, 5, 6].map((r) => typeof out?.getCell(`B${r}`).value)).toEqual(["number", "number", "number"]);
  expect(out?.getCell("I7").value).toEqual(sheet.getCell("I7").value); // the totals row is the table's, untouched
  expect(out?.getCell("K4").value ?? null).toBeNull(); // nothing appended
});

test("an existing output file is refused unless --force; the input is never overwritten", async () => {
  const input = join(dir, "seed.xlsx");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  const out = join(dir, "mine.xlsx");
  writeFileSync(out, "the analyst's own file");
  const refused = await grade([input, "--out", out]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(
    /already exists and was not overwritten: choose another name with --out, or add --force/,
  );
  expect(readFileSync(out, "utf8")).toBe("the analyst's own file");
  expect((await grade([input, "--out", out, "--force"])).code).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
});

test("grading the graded copy again leaves every part identical", async () => {
  const input = join(dir, "twice.xlsx");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  expect((await grade([input])).code).toBe(0);
  const again = await grade([join(dir, "twice.graded.xlsx"), "--out", join(dir, "twice2.xlsx")]);
  expect(again.stderr).toContain("replaced 0 non-empty cells");
  for (const name of ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/tables/table1.xml"]) {
    expect(part(join(dir, "twice2.xlsx"), name)).toBe(part(join(dir, "twice.graded.xlsx"), name));
  }
});

test("a formula in an output column is replaced and the calculation chain dropped, so Excel rebuilds it", async () => {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("客户");
  sheet.addTable({
    name: "T",
    ref: "A1",
    columns: [...SEED_HEADERS.slice(0, 6), "客户等级"].map((name) => ({ name })),
    rows: SEED_ROWS.map((r, i) => [...r.slice(0, 6), { formula: `"X"&${i}`, result: `X${i}` }]),
  });
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  zip.file(
    "xl/calcChain.xml",
    '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="G2" i="1"/></calcChain>',
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const input = join(dir, "formula.xlsx");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  expect((await grade([input])).code).toBe(0);
  const out = join(dir, "formula.graded.xlsx");
  expect([...zipParts(readFileSync(out)).keys()]).not.toContain("xl/calcChain.xml");
  expect(part(out, "[Content_Types].xml")).not.toContain("calcChain");
  expect(part(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  const graded = (await load(out)).getWorksheet("客户");
  expect([2, 3, 4].map((r) => graded?.getCell(`G${r}`).value)).toEqual(["A", "B", "C"]);
});

test("a formula in an output column shared with cells below the table is refused; one inside the table is replaced", async () => {
  const make = async (ref: string): Promise<Buffer> => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("客户");
    sheet.addTable({
      name: "T",
      ref: "A1",
      columns: [...SEED_HEADERS.slice(0, 6), "客户等级"].map((name) => ({ name })),
      rows: SEED_ROWS.map((r) => [...r.slice(0, 6), null]),
    });
    const last = Number(/\d+$/.exec(ref)?.[0]);
    sheet.getCell("G2").value = { formula: '"X"', result: "X", shareType: "shared", ref } as never;
    for (let r = 3; r <= last; r++) sheet.getCell(`G${r}`).value = { sharedFormula: "G2", result: "X" } as never;
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  writeFileSync(join(dir, "shared-out.xlsx"), await make("G2:G10"));
  expect(part(join(dir, "shared-out.xlsx"), "xl/worksheets/sheet1.xml")).toContain('t="shared" ref="G2:G10"');
  const refused = await grade([join(dir, "shared-out.xlsx")]);
  expect(refused.stderr).toMatch(
    /^The "客户等级" column holds a formula shared with cells outside the table \(G2:G10\)/,
  );
  expect(refused.code).toBe(2);
  expect(existsSync(join(dir, "shared-out.graded.xlsx"))).toBe(false);
  writeFileSync(join(dir, "shared-in.xlsx"), await make("G2:G4"));
  expect((await grade([join(dir, "shared-in.xlsx")])).code).toBe(0);
  const graded = (await load(join(dir, "shared-in.graded.xlsx"))).getWorksheet("客户");
  expect([2, 3, 4].map((r) => graded?.getCell(`G${r}`).value)).toEqual(["A", "B", "C"]);
});

test("a row that loses its grade loses its grade colour too, and keeps the rest of its style", async () => {
  const input = join(dir, "colour.xlsx");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  expect((await grade([input])).code).toBe(0);
  // The analyst empties ZZ's row but its name: the row is now incomplete, without a grade.
  const workbook = await load(join(dir, "colour.graded.xlsx"));
  const sheet = workbook.getWorksheet("客户");
  for (const column of ["B", "C", "D", "E", "F"]) sheet!.getCell(`${column}4`).value = null;
  sheet!.getCell("G4").font = { bold: true };
  const edited = join(dir, "colour-edited.xlsx");
  writeFileSync(edited, Buffer.from(await workbook.xlsx.writeBuffer()));
  const run = await grade([edited, "--json"]);
  expect((JSON.parse(run.stdout) as { rows: { grade: string | null }[] }).rows.map((r) => r.grade)).toEqual([
    "A",
    "B",
    null,
  ]);
  const out = (await load(join(dir, "colour-edited.graded.xlsx"))).getWorksheet("客户");
  const argb = (address: string) => {
    const fill = out?.getCell(address).fill;
    return fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
  };
  expect(["G2", "G3", "G4"].map(argb)).toEqual(["FFC6EFCE", "FFFFEB9C", undefined]);
  expect(out?.getCell("G4").font?.bold).toBe(true);
});

test("a macro workbook is written as .xlsm, and refused as .xlsx", async () => {
  const input = join(dir, "macro.xlsm");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  expect((await grade([input])).code).toBe(0);
  expect(existsSync(join(dir, "macro.graded.xlsm"))).toBe(true);
  const wrong = await grade([input, "--out", join(dir, "macro-out.xlsx")]);
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toMatch(/a macro workbook is written as \.xlsm/);
});

test("--out FILE.csv writes the graded table as UTF-8 CSV with a BOM, from a workbook or a CSV", async () => {
  const input = join(dir, "tocsv.xlsx");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  expect((await grade([input, "--out", join(dir, "tocsv.csv")])).code).toBe(0);
  const text = readFileSync(join(dir, "tocsv.csv"), "utf8");
  expect(text.startsWith("\uFEFF客户名称,联系人,联系电话,运输需求,服务偏好,财务状况,客户等级,备注,评分\r\n")).toBe(
    true,
  );
  expect(text).toContain(
    'XX科技有限公司,张经理,139xxxxxx88,"电子产品,每月两次,国内各地","快速配送,全程追踪","良好,长期合作",A,',
  );
});

test("a GBK CSV (Excel's CSV on Simplified Chinese Windows) grades XX A, YY B, ZZ C", async () => {
  const input = join(dir, "gbk.csv");
  writeFileSync(input, encode(csvText(SEED_HEADERS, SEED_ROWS), "gbk"));
  const run = await grade([input, "--json"]);
  expect(run.code).toBe(0);
  expect((JSON.parse(run.stdout) as { rows: { grade: string }[] }).rows.map((r) => r.grade)).toEqual(["A", "B", "C"]);
  // The .xlsx copy: the header bold, the grade cells in the template's colours, phone numbers still text.
  const sheet = (await load(join(dir, "gbk.graded.xlsx"))).getWorksheet("gbk");
  const fill = sheet?.getCell("G2").fill;
  expect(fill?.type === "pattern" ? fill.fgColor?.argb : undefined).toBe("FFC6EFCE");
  expect(sheet?.getCell("A1").font?.bold).toBe(true);
  expect(sheet?.getCell("C2").value).toBe("139xxxxxx88");
});

test("a Big5 CSV (Excel's CSV on Traditional Chinese Windows) grades XX A, YY B, ZZ C", async () => {
  const headers = ["客戶名稱", "聯絡人", "聯絡電話", "運輸需求", "服務偏好", "財務狀況"];
  const rows = [
    ["XX科技有限公司", "張經理", "139xxxxxx88", "電子產品,每月兩次,國內各地", "快速配送,全程追蹤", "良好,長期合作"],
    ["YY貿易公司", "李女士", "137xxxxxx99", "紡織品,每週一次,東南亞", "經濟實惠,按時送達", "一般,偶爾合作"],
    ["ZZ食品加工廠", "王主管", "136xxxxxx77", "食品原材料,每季度一次,華東地區", "定製包裝,保證質量", "較差,需謹慎評估"],
  ];
  const input = join(dir, "big5.csv");
  writeFileSync(input, encode(csvText(headers, rows), "big5"));
  const run = await grade([input, "--json"]);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout) as { rows: { name: string; grade: string }[] };
  expect(doc.rows.map((r) => [r.name, r.grade])).toEqual([
    ["XX科技有限公司", "A"],
    ["YY貿易公司", "B"],
    ["ZZ食品加工廠", "C"],
  ]);
});

test("rules --export writes the default rule set (never over a file without --force), and --check accepts it", async () => {
  const file = join(dir, "rules.json");
  expect((await runInProcess(["rules", "--export", file])).code).toBe(0);
  expect((await runInProcess(["rules", "--export", file])).code).toBe(2);
  const check = await runInProcess(["rules", "--check", file]);
  expect(check).toEqual({ code: 0, stdout: "", stderr: `${file} is a valid rule set: 8 dimensions, grades A B C D\n` });
});

test("rules --check lists every problem with its JSON path on stdout", async () => {
  const file = join(dir, "broken.json");
  const rules = structuredClone(defaultRuleSetJson()) as { dimensions: { weight: unknown }[]; grades: unknown };
  (rules.dimensions[0] as { weight: unknown }).weight = "heavy";
  rules.grades = "A-D";
  writeFileSync(file, JSON.stringify(rules));
  const check = await runInProcess(["rules", "--check", file]);
  expect(check.code).toBe(2);
  const lines = check.stdout.trimEnd().split("\n");
  expect(lines).toEqual(
    expect.arrayContaining([expect.stringMatching(/^dimensions\[0\]\.weight: /), expect.stringMatching(/^grades: /)]),
  );
  const chinese = await runInProcess(["rules", "--check", file, "--lang", "zh-CN"]);
  expect(chinese.stdout.split("\n")).toHaveLength(lines.length + 1);
  expect(chinese.stdout).toMatch(/[\u4e00-\u9fff]/);
  expect(chinese.stderr).toMatch(/^规则集 .* 有 \d+ 处错误/);
  expect(check.stderr).toMatch(
    new RegExp(`^The rule set ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} has ${lines.length} problem`),
  );
});

test("a sheet written with namespace prefixes only inside (not as Excel writes it) is refused with a clear line, not a stack", async () => {
  const zip = await JSZip.loadAsync(await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<(\/?)(sheetData|row|c|v)\b/g, "<$1x:$2"));
  const input = join(dir, "prefixed.xlsx");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  const run = await grade([input]);
  expect(run.stderr).toMatch(
    /is not in the form Excel saves \(its XML uses x: namespace prefixes.*save it as an Excel Workbook/,
  );
  expect(run.code).toBe(2);
});

test("reads rows and cells without r attributes, inline and rich strings, self-closing rows", () => {
  const row = parseRow(
    '<row r="7" spans="1:3"><c r="B7" t="inlineStr"><is><r><t>电子</t></r><r><t xml:space="preserve">产品 &amp; 包装</t></r></is></c><c t="b"><v>1</v></c></row>',
    6,
  );
  expect(row.row).toBe(7);
  expect(row.cells.map((c) => c.column)).toEqual([2, 3]);
  expect(parseRow('<row spans="1:3"/>', 7)).toMatchObject({ row: 8, attributeText: ' spans="1:3"', cells: [] });
});

test("nothing is left behind in the folder but the graded copy", () => {
  expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
});
