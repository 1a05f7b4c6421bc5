/**
 * Packages as Excel may receive them from elsewhere and as the review found them mishandled: cells without
 * `r`, a total under a list without a table, formulas over the graded column, XML namespace prefixes, a bad
 * character reference in the shared strings, a score typed as text. Written part by part (`rawPackage`).
 */
import { readFileSync, readdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ParsedCell, cellValue, sheetPieces } from "../../src/cli/xlsx/sheetXml";
import { zipPartText } from "./support/zipRead";
import { runInProcess, tempDir } from "./support/cli";
import { numberCell, rawPackage, sheetXml, textCell, workbookXml } from "./support/rawPackage";
import { SEED_HEADERS, SEED_ROWS, tableWorkbook } from "./support/workbooks";

const dir = tempDir("other-writers");
const grade = (argv: string[]) => runInProcess(["grade", ...argv, "--as-of", "2026-11-22", "--lang", "en"]);

function part(path: string, name: string): string {
  return zipPartText(readFileSync(path), name);
}

/** Every cell of a sheet as "A1" → value, and the cells' elements by row, read the way Excel reads them. */
async function sheetCells(
  path: string,
  name = "xl/worksheets/sheet1.xml",
): Promise<{ values: Map<string, unknown>; rows: Map<number, ParsedCell[]> }> {
  const xml = zipPartText(readFileSync(path), name);
  if (!xml) throw new Error(`no ${name}`);
  const values = new Map<string, unknown>();
  const rows = new Map<number, ParsedCell[]>();
  for await (const piece of sheetPieces([xml])) {
    if (piece.kind !== "row") continue;
    const row = piece.row;
    rows.set(row.row, row.cells);
    for (const cell of row.cells) values.set(`${String.fromCharCode(64 + cell.column)}${row.row}`, cellValue(cell, []));
  }
  return { values, rows };
}

const SEED_TEXT = SEED_ROWS.map((r) => r.slice(0, 6));

test("cells without r keep their columns when a cell before them is dropped (an incomplete row's empty score)", async () => {
  const headers = [...SEED_HEADERS, "评分", "年交易额"];
  const rows = [
    `<row r="1">${headers.map((h) => textCell(null, h)).join("")}</row>`,
    `<row r="2">${(SEED_TEXT[0] ?? []).map((v) => textCell(null, v)).join("")}${textCell(null, "A级")}${textCell(null, "x")}${numberCell(null, 88)}${numberCell(null, 1200000)}</row>`,
    `<row r="3">${textCell(null, "只有名字")}<c/><c/><c/><c/><c/>${textCell(null, "旧等级")}<c/>${numberCell(null, 77)}${numberCell(null, 999)}</row>`,
  ].join("");
  const input = join(dir, "no-r.xlsx");
  writeFileSync(input, await rawPackage({ sheets: [{ name: "S1", xml: sheetXml(rows) }] }));
  const run = await grade([input]);
  expect(run.code).toBe(0);
  const { values, rows: written } = await sheetCells(join(dir, "no-r.graded.xlsx"));
  expect(values.get("J3")).toBe(999); // 年交易额 stays in its column
  expect(values.get("J2")).toBe(1200000);
  expect(values.get("I3") ?? null).toBeNull(); // no score for an incomplete row
  expect(values.get("A3")).toBe("只有名字");
  expect(String(values.get("H3"))).toMatch(/incomplete|不完整/i);
  // Every cell of a rewritten row says where it is.
  for (const r of [2, 3]) for (const cell of written.get(r) ?? []) expect(cell.xml).toMatch(/^<c r="[A-Z]+\d+"/);
});

test("without a table, a total under the list after blank rows is not graded", async () => {
  const cols = "ABCDEFGH";
  const rows = [
    `<row r="1">${SEED_HEADERS.map((h, i) => textCell(`${cols[i]}1`, h)).join("")}</row>`,
    ...SEED_ROWS.map(
      (r, k) =>
        `<row r="${k + 2}">${r.map((v, i) => textCell(`${cols[i]}${k + 2}`, v)).join("")}<c r="K${k + 2}"><v>${k + 2}</v></c></row>`,
    ),
    `<row r="9"><c r="A9"><f>SUM(K2:K4)</f><v>9</v></c></row>`,
  ].join("");
  const input = join(dir, "footer.xlsx");
  writeFileSync(input, await rawPackage({ sheets: [{ name: "S1", xml: sheetXml(rows) }] }));
  const run = await grade([input, "--json"]);
  expect(run.stderr).toMatch(/^Graded 3 rows: A 1, B 1, C 1, D 0; 0 incomplete, 0 skipped/);
  const doc = JSON.parse(run.stdout) as { rows: unknown[] };
  expect(doc.rows).toHaveLength(3);
  const { rows: written } = await sheetCells(join(dir, "footer.graded.xlsx"));
  expect((written.get(9) ?? []).map((c) => c.column)).toEqual([1]); // nothing written beside the total
  expect([5, 6, 7, 8].filter((r) => written.has(r))).toEqual([]);
});

/**
 * Excel recalculates on load only when asked (`fullCalcOnLoad`, ECMA-376 §18.2.2) or when `calcId` is older
 * than its own. LibreOffice 7.4 headless does not recalculate either way (measured: the stale 0 with and
 * without the flag, calcId or calcPr), so the check is on the flag Excel reads.
 */
test("a workbook whose outputs change asks to be recalculated on load, so a formula over the grade column shows the new count", async () => {
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  const summary = workbook.addWorksheet("汇总"); // first, so LibreOffice's CSV export shows it
  summary.getCell("A1").value = { formula: 'COUNTIF(客户!G2:G4,"A")', result: 0 };
  const sheet = workbook.addWorksheet("客户");
  sheet.addTable({
    name: "T1",
    ref: "A1",
    headerRow: true,
    columns: SEED_HEADERS.slice(0, 7).map((name) => ({ name })),
    rows: SEED_ROWS.map((r) => [...r.slice(0, 6), "C级"]),
  });
  const input = join(dir, "stale.xlsx");
  await workbook.xlsx.writeFile(input);
  expect(part(input, "xl/workbook.xml")).toMatch(/<calcPr\b/);
  const run = await grade([input]);
  expect(run.code).toBe(0);
  expect(part(join(dir, "stale.graded.xlsx"), "xl/workbook.xml")).toMatch(/<calcPr\b[^>]*\sfullCalcOnLoad="1"/);
  // The rest of workbook.xml is as it was.
  const strip = (xml: string) => xml.replace(/\sfullCalcOnLoad="1"/, "");
  expect(strip(part(join(dir, "stale.graded.xlsx"), "xl/workbook.xml"))).toBe(part(input, "xl/workbook.xml"));
});

test("grading that changes no value leaves workbook.xml as it was", async () => {
  const input = join(dir, "again.xlsx");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  await grade([input]);
  const first = join(dir, "again.graded.xlsx");
  await grade([first, "--out", join(dir, "again2.xlsx")]);
  expect(part(join(dir, "again2.xlsx"), "xl/workbook.xml")).toBe(part(first, "xl/workbook.xml"));
});

const seedSheet = (prefix = ""): string => {
  const p = prefix ? `${prefix}:` : "";
  const cell = (ref: string, t: string) =>
    `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${t}</${p}t></${p}is></${p}c>`;
  const cols = "ABCDEFGH";
  const rows = [SEED_HEADERS, ...SEED_ROWS]
    .map((r, k) => `<${p}row r="${k + 1}">${r.map((v, i) => cell(`${cols[i]}${k + 1}`, v)).join("")}</${p}row>`)
    .join("");
  return sheetXml(rows, prefix);
};

describe.each([
  [
    "workbook.xml",
    async () =>
      rawPackage({ sheets: [{ name: "S1", xml: seedSheet() }], workbook: workbookXml([{ name: "S1", xml: "" }], "x") }),
  ],
  ["the sheet", async () => rawPackage({ sheets: [{ name: "S1", xml: seedSheet("x") }] })],
  [
    "the shared strings",
    async () =>
      rawPackage({
        sheets: [{ name: "S1", xml: seedSheet() }],
        sharedStrings: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si></x:sst>`,
      }),
  ],
])("x: namespace prefixes in %s (the .NET Open XML SDK's way)", (_, make) => {
  test("are refused with what to do, in each language, exit 2, nothing written", async () => {
    const d = tempDir("prefixed");
    const input = join(d, "erp.xlsx");
    writeFileSync(input, await make());
    const en = await grade([input]);
    expect(en.stderr).toBe(
      `${input} is not in the form Excel saves (its XML uses x: namespace prefixes, as exports from ERP and transport systems often do), which the command line cannot read: open it in Excel, save it as an Excel Workbook (.xlsx) and try again.\n`,
    );
    expect(en.code).toBe(2);
    const cn = await runInProcess(["grade", input, "--lang", "zh-CN"]);
    expect(cn.stderr).toMatch(/命名空间前缀 x:.*请在 Excel 中打开并另存为“Excel 工作簿\(\.xlsx\)”后再试。\n$/);
    const tw = await runInProcess(["grade", input, "--lang", "zh-TW"]);
    expect(tw.stderr).toMatch(/命名空間前置詞 x:.*請在 Excel 中開啟並另存為「Excel 活頁簿\(\.xlsx\)」後再試。\n$/);
    expect(readdirSync(d)).toEqual(["erp.xlsx"]);
  });
});

test("a character reference outside Unicode in the shared strings is read as U+FFFD, not an unexpected error", async () => {
  const cols = "ABCDEFGH";
  const strings = [...SEED_HEADERS, ...SEED_ROWS.flat()];
  strings[8] = "XX科技&#x110000;有限公司";
  const rows = [SEED_HEADERS, ...SEED_ROWS]
    .map(
      (r, k) =>
        `<row r="${k + 1}">${r.map((_, i) => `<c r="${cols[i]}${k + 1}" t="s"><v>${k * 8 + i}</v></c>`).join("")}</row>`,
    )
    .join("");
  const input = join(dir, "bad-ref.xlsx");
  writeFileSync(input, await rawPackage({ sheets: [{ name: "S1", xml: sheetXml(rows) }], sharedStrings: strings }));
  const run = await grade([input, "--json"]);
  expect(run.stderr).toMatch(/^Graded 3 rows/);
  expect(run.code).toBe(0);
  expect((JSON.parse(run.stdout) as { rows: { name: string }[] }).rows[0]?.name).toBe("XX科技\uFFFD有限公司");
});

test("a score typed as text is rewritten as the number, as the add-in does (String() would call them the same)", async () => {
  const seed = join(dir, "typed-seed.xlsx");
  writeFileSync(seed, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  const first = await grade([seed, "--json"]);
  const scores = (JSON.parse(first.stdout) as { rows: { score: number }[] }).rows.map((r) => r.score);
  const grades = ["A", "B", "C"];
  // Grades and remarks as the add-in writes them; the scores as text ("97.3"), as a CSV import leaves them.
  const input = join(dir, "typed.xlsx");
  const withRemarks = SEED_ROWS.map((r, i) => [...r.slice(0, 6), grades[i] ?? "", r[7] ?? "", String(scores[i])]);
  writeFileSync(input, await tableWorkbook([...SEED_HEADERS, "评分"], withRemarks));
  const run = await grade([input, "--json"]);
  expect(run.stderr).toMatch(/replaced 6 non-empty cells/); // the three text scores and the seed's own three remarks
  const { values } = await sheetCells(join(dir, "typed.graded.xlsx"));
  expect(["I2", "I3", "I4"].map((a) => values.get(a))).toEqual(scores);
});

test("a file over 2 GB, more than Node reads at once, is refused as too large, not as missing", async () => {
  const input = join(tempDir("huge"), "huge.xlsx");
  writeFileSync(input, "");
  truncateSync(input, 2 ** 31 + 1); // sparse: takes no disk space
  const run = await grade([input]);
  expect(run.stderr).toBe(
    `${input} is too large for the command line (it reads files under 2 GB whose sheets are under 4 GB): split the customers into several smaller workbooks and grade each.\n`,
  );
  expect(run.code).toBe(2);
});
