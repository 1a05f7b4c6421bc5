/**
 * The fast sheet reader and the splicing writer (`src/cli/xlsx/plainRows.ts`, `rewriteIndexed`) against the
 * full reader and writer they stand in for: the same table read, the same graded sheet written byte for
 * byte, on a table with shared strings, inline strings, formulas (one shared), dates, booleans, error and
 * unreadable cells, rows missing from the range, rows written oddly, and rows outside the range.
 */
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { join } from "node:path";
import JSZip from "jszip";
import { defaultRuleSet, gradeTable, serialFromLocalDate } from "../../src/engine";
import { planOutputColumns } from "../../src/plan";
import { gradeFills } from "../../src/cli/gradeFills";
import { outputRow } from "../../src/cli/outputs";
import { type Source, readSource } from "../../src/cli/source";
import { writeWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { tempDir } from "./support/cli";
import { MAIN_NS, rawPackage, sheetXml } from "./support/rawPackage";
import { zipPartText } from "./support/zipRead";

const dir = tempDir("plain-rows");

const STRINGS = [
  "客户名称",
  "年交易额",
  "最近交易日期",
  "逾期天数",
  "发展潜力",
  "财务状况",
  "华东物流",
  "顺达 &amp; 子公司",
  "高",
];

/** Rows 1 (a title) to 10; the table is A2:F8, so rows 9 and 10 are outside it. */
function rows(between = ""): string {
  const s = (ref: string, i: number, style = "") => `<c r="${ref}"${style} t="s"><v>${i}</v></c>`;
  const n = (ref: string, v: string | number, style = "") => `<c r="${ref}"${style}><v>${v}</v></c>`;
  const inline = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
  return [
    `<row r="1" spans="1:6"><c r="A1" t="inlineStr"><is><t>2026 年客户</t></is></c></row>`,
    `<row r="2" spans="1:6" x14ac:dyDescent="0.2">${[0, 1, 2, 3, 4, 5].map((i) => s(`${"ABCDEF"[i]}2`, i)).join("")}</row>`,
    // Excel's shape: shared strings, numbers, a date serial styled, a shared formula with its cached value.
    `<row r="3" spans="1:6" x14ac:dyDescent="0.2">${s("A3", 6)}${n("B3", 1250000)}${n("C3", 46300, ' s="1"')}<c r="D3"><f t="shared" ref="D3:D4" si="0">B3/100000</f><v>12.5</v></c>${s("E3", 8)}${inline("F3", "良好,长期合作")}</row>`,
    // White space between cells, a shared formula's member, a boolean, an error value.
    `<row r="4" spans="1:6">\n  ${inline("A4", "顺达 &amp; 子公司")}\n  ${n("B4", "-12.75")}\n  <c r="C4" t="inlineStr"><is><t>2026-03-01</t></is></c>\n  <c r="D4"><f t="shared" si="0"/><v>0</v></c>\n  <c r="E4" t="b"><v>1</v></c>\n  <c r="F4" t="e"><v>#N/A</v></c>\n</row>`,
    // Row 5 is missing: it gets its output cells in a row of its own.
    // Cells without `r`, an unreadable amount, an empty value.
    `<row r="6"><c t="inlineStr"><is><t>无名</t></is></c><c t="inlineStr"><is><t>abc</t></is></c><c/><c><v></v></c></row>`,
    // Single quotes, an attribute of another namespace, a number in exponent form, a self-closing cell.
    `<row r='7' x14ac:dyDescent='0.2'>${inline("A7", "远航")}${n("B7", "1.5E6")}<c r="C7" s="1"/>${n("D7", "0.000")}</row>`,
    // Plain, without spans; a cell right of the table, beyond the appended columns.
    `<row r="8">${inline("A8", "东方")}${n("B8", 880000)}${n("C8", 45900)}${n("D8", 3)}${s("E8", 8)}<c r="M8" t="inlineStr"><is><t>注</t></is></c></row>`,
    between,
    `<row r="10" spans="1:1"><c r="A10" t="inlineStr"><is><t>合计见另表</t></is></c></row>`,
  ].join("");
}

const SHEET_NS_EXTRA = ` xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"`;

async function workbook(name: string, rowsXml: string, withTable: boolean): Promise<string> {
  const xml = sheetXml(rowsXml)
    .replace(`xmlns="${MAIN_NS}"`, `xmlns="${MAIN_NS}"${SHEET_NS_EXTRA}`)
    .replace("<sheetData>", `<dimension ref="A1:M10"/><!-- a comment in the head --><sheetData>`)
    .replace(
      "</worksheet>",
      withTable ? `<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>` : "</worksheet>",
    );
  const bytes = await rawPackage({ sheets: [{ name: "客户", xml }], sharedStrings: STRINGS });
  const zip = await JSZip.loadAsync(bytes);
  if (withTable) {
    const columns = STRINGS.slice(0, 6)
      .map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`)
      .join("");
    zip.file(
      "xl/tables/table1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="${MAIN_NS}" id="1" name="Customers" displayName="Customers" ref="A2:F8"><autoFilter ref="A2:F8"/><tableColumns count="6">${columns}</tableColumns></table>`,
    );
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`,
    );
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
      ),
    );
  }
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

async function read(path: string): Promise<Extract<Source, { kind: "xlsx" }>> {
  const source = await readSource(path, {});
  if (!source.ok || source.value.kind !== "xlsx") throw new Error(`not read: ${JSON.stringify(source)}`);
  return source.value;
}

/** The graded copy's sheet and styles, written from `source` (its row index used when it has one). */
async function graded(
  source: Extract<Source, { kind: "xlsx" }>,
  out: string,
): Promise<{ sheet: string; styles: string }> {
  const ruleSet = defaultRuleSet();
  const report = gradeTable(source.table, ruleSet, { asOf: serialFromLocalDate(new Date(2026, 10, 22)) });
  if (!report.ok) throw new Error("not graded");
  const plan = planOutputColumns(report.value.mapping, source.table.headers.length, "zh-CN");
  const outputs = source.table.rows.map((_, i) => outputRow(report.value, i));
  const path = join(dir, out);
  await writeWorkbook(source.pkg, source.read, plan, outputs, gradeFills(ruleSet.grades.map((g) => g.letter)), path);
  const bytes = readFileSync(path);
  return { sheet: zipPartText(bytes, "xl/worksheets/sheet1.xml"), styles: zipPartText(bytes, "xl/styles.xml") };
}

describe.each([
  ["an Excel table", true],
  ["a header row found on the sheet", false],
])("the fast reader and the splicing writer on %s", (_label, withTable) => {
  const name = withTable ? "table" : "sheet";
  // A comment between rows is outside the fast reader's shape: that copy is read and written by the full reader.
  const both = async () => ({
    fast: await read(await workbook(`${name}-plain.xlsx`, rows(), withTable)),
    full: await read(await workbook(`${name}-full.xlsx`, rows("<!-- rows below are notes -->"), withTable)),
  });

  test("the plain copy is read by the fast reader and the one with a comment between rows by the full one", async () => {
    const { fast, full } = await both();
    expect(fast.read.index).not.toBeNull();
    expect(fast.read.index?.count).toBe(8); // rows 1–4, 6–8 and 10
    expect(full.read.index).toBeNull();
  });

  test("both read the same table, formula columns, shared formulas and cells right of it", async () => {
    const { fast, full } = await both();
    expect(fast.table).toEqual(full.table);
    expect(fast.read.located).toEqual(full.read.located);
    expect([...fast.read.formulaColumns]).toEqual([...full.read.formulaColumns]);
    expect([...fast.read.sharedFormulasReachingOut]).toEqual([...full.read.sharedFormulasReachingOut]);
    expect(fast.read.occupiedRight).toEqual(full.read.occupiedRight);
    expect(fast.table.rows[0]).toEqual(["华东物流", 1250000, 46300, 12.5, "高", "良好,长期合作"]);
    expect(fast.table.rows[1]).toEqual(["顺达 & 子公司", -12.75, "2026-03-01", 0, true, "#N/A"]);
    // Without a table the range ends at the first blank row (5), as Excel's current region does.
    expect(fast.table.rows.length).toBe(withTable ? 6 : 2);
    if (withTable) {
      expect(fast.table.rows[3]).toEqual(["无名", "abc", null, 0, null, null]);
      expect(fast.table.rows[4]).toEqual(["远航", 1500000, null, 0, null, null]);
    }
  });

  test("splicing by the row index writes the same sheet and styles as rewriting every row", async () => {
    const { fast } = await both();
    const spliced = await graded(fast, `${name}-spliced.xlsx`);
    const rewritten = await graded({ ...fast, read: { ...fast.read, index: null } }, `${name}-rewritten.xlsx`);
    expect(spliced.sheet).toBe(rewritten.sheet);
    expect(spliced.styles).toBe(rewritten.styles);
    // The header and every graded row got their cells (rows 5 and 6 have too little to grade); rows outside
    // the range are as they were.
    const grades = [...spliced.sheet.matchAll(/<c r="G(\d+)"/g)].map((m) => Number(m[1]));
    expect(grades).toEqual(withTable ? [2, 3, 4, 7, 8] : [2, 3, 4]);
    expect(spliced.sheet).toContain(
      `<row r="10" spans="1:1"><c r="A10" t="inlineStr"><is><t>合计见另表</t></is></c></row>`,
    );
  });
});

/** A data cell in any of the ways the fast reader reads (or hands to the full one): every type, odd values. */
const dataCell = (ref: string): fc.Arbitrary<string> => {
  const text = fc
    .array(
      fc.constantFrom("a", "客户", " ", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "_x000D_", "1", ".", "-", "E"),
      {
        maxLength: 6,
      },
    )
    .map((parts) => parts.join(""));
  const number = fc.oneof(
    fc.integer({ min: -2_000_000, max: 3_000_000 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.constantFrom("0.291", "-0", "007", "1.", ".5", "1E3", " 12 ", "", "12345678901234567", "abc"),
  );
  const q = fc.constantFrom('"', "'");
  const gap = fc.constantFrom(" ", "  ", "\n ");
  return fc.oneof(
    fc.tuple(number, q, gap).map(([v, quote, g]) => `<c${g}r=${quote}${ref}${quote}><v>${v}</v></c>`),
    fc.integer({ min: 0, max: 12 }).map((i) => `<c r="${ref}" t="s"><v>${i}</v></c>`),
    text.map((t) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>`),
    fc
      .tuple(fc.constantFrom("b", "e", "str", "d", "n", "x"), text)
      .map(([type, t]) => `<c r="${ref}" s="1" t="${type}"><v>${t}</v></c>`),
    number.map((v) => `<c r="${ref}"><f>A1&amp;&quot;x&quot;</f><v>${v}</v></c>`),
    fc.constant(`<c r="${ref}" s="2"/>`),
    fc.constant(`<c r="${ref}"><v/></c>`),
    fc.constant(""),
  );
};

const dataRow = (r: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.tuple(...["A", "B", "C", "D", "E", "F"].map((col) => dataCell(`${col}${r}`))),
      fc.constantFrom(` spans="1:6"`, "", ` x14ac:dyDescent="0.2"`, ` spans='1:6'`, ` spans="1:6" `),
      fc.constantFrom("", "\n"),
    )
    .map(([cells, attributes, gap]) => `<row r="${r}"${attributes}>${cells.join(gap)}</row>`);

test("on generated rows, the fast reader reads what the full one reads, and splicing writes what rewriting writes", async () => {
  const fixed = rows().split("</row>");
  const title = `${fixed[0]}</row>${fixed[1]}</row>`; // rows 1 and 2
  const last = `<row r="10"><c r="A10" t="inlineStr"><is><t>合计</t></is></c></row>`;
  let fast = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fc.tuple(...[3, 4, 5, 6, 7, 8].map(dataRow)), async (data) => {
      const body = title + data.join("");
      const run = ++runs; // the graded copies are created exclusively: a name a run
      const plain = await read(await workbook(`generated-${run}-plain.xlsx`, body + last, true));
      const full = await read(await workbook(`generated-${run}-full.xlsx`, body + "<!-- notes -->" + last, true));
      expect(full.read.index).toBeNull();
      expect(plain.table).toEqual(full.table);
      expect([...plain.read.formulaColumns]).toEqual([...full.read.formulaColumns]);
      if (plain.read.index === null) return;
      fast++;
      const spliced = await graded(plain, `generated-${run}-spliced.xlsx`);
      const rewritten = await graded(
        { ...plain, read: { ...plain.read, index: null } },
        `generated-${run}-rewritten.xlsx`,
      );
      expect(spliced.sheet).toBe(rewritten.sheet);
      expect(spliced.styles).toBe(rewritten.styles);
    }),
    { numRuns: 60, seed: 20261208 },
  );
  // Most generated sheets are of the fast reader's shape; the rest are its fallback.
  expect(fast).toBeGreaterThan(30);
});
