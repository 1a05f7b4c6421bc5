/**
 * `customer-grader format` and `grade --format`: the template formatting in the written workbook's XML (table
 * style, grade colours, data bar, number formats, frozen header, fitted columns, lists), in the places the
 * schema puts them; a second run changes no byte; the analyst's own rules and lists stay.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { OWN_RULE_MARK } from "../../src/plan/formattingPlan";
import { WORKSHEET_ORDER } from "../../src/cli/format/xmlChildren";
import { zipParts } from "./support/zipRead";
import { runInProcess, tempDir } from "./support/cli";
import { all, attr, children, parseXml, partText } from "./support/parts";
import { SEED_HEADERS, SEED_ROWS, csvText, richWorkbook, tableWorkbook } from "./support/workbooks";

const dir = tempDir("format");
const SHEET = "xl/worksheets/sheet1.xml";
const en = { LANG: "en_US.UTF-8" };

const sheetOf = (file: string) => parseXml(partText(file, SHEET)).documentElement as unknown as XmlElement;

/** `ignore`: elements the input already had out of order (ExcelJS writes a note's legacyDrawing after tableParts). */
function expectSchemaOrder(sheet: XmlElement, ignore: readonly string[] = []): void {
  const ranks = children(sheet)
    .map((c) => c.localName ?? "")
    .filter((name) => !ignore.includes(name))
    .map((name) => WORKSHEET_ORDER.indexOf(name));
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
}

/** The style's number format code for a cell (`styles.xml`'s cellXfs and numFmts). */
function numberFormatOf(file: string, cell: XmlElement | undefined): string {
  const styles = parseXml(partText(file, "xl/styles.xml"));
  const xf = children(all(styles, "cellXfs")[0] as XmlElement, "xf")[Number(attr(cell, "s") ?? "0")];
  const id = attr(xf, "numFmtId") ?? "0";
  const custom = all(styles, "numFmt").find((f) => attr(f, "numFmtId") === id);
  return custom ? (attr(custom, "formatCode") ?? "") : `builtin ${id}`;
}

/** The fill of a cell's style (`styles.xml`'s cellXfs). */
function fillIdOf(file: string, cell: XmlElement | undefined): string {
  const styles = parseXml(partText(file, "xl/styles.xml"));
  return attr(children(all(styles, "cellXfs")[0] as XmlElement, "xf")[Number(attr(cell, "s") ?? "0")], "fillId") ?? "0";
}

const cellAt = (sheet: XmlElement, ref: string) => all(sheet, "c").find((c) => attr(c, "r") === ref);

describe("format on the seed table (no score column yet)", () => {
  const input = join(dir, "seed.xlsx");
  const out = join(dir, "seed.formatted.xlsx");
  let stderr = "";

  beforeAll(async () => {
    writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
    const run = await runInProcess(["format", input], en);
    expect(run.code).toBe(0);
    stderr = run.stderr;
  });

  test("writes <name>.formatted.xlsx and says what it did", () => {
    expect(stderr).toBe(
      `Formatted 客户表: table style, grade colours, data bar on the score, header frozen, columns fitted; lists on 财务状况 and 服务偏好; written to ${out}\n`,
    );
  });

  test("the table gets the template's style and the missing score column, empty", () => {
    const table = parseXml(partText(out, "xl/tables/table1.xml"));
    expect(attr(all(table, "tableStyleInfo")[0], "name")).toBe("TableStyleMedium9");
    expect(attr(all(table, "table")[0], "ref")).toBe("A1:I4");
    const sheet = sheetOf(out);
    expect(all(cellAt(sheet, "I1") as XmlElement, "t")[0]?.textContent).toBe("评分");
    expect(cellAt(sheet, "I2")).toBeUndefined();
  });

  test("the header row is frozen", () => {
    const pane = all(sheetOf(out), "pane")[0];
    expect([attr(pane, "ySplit"), attr(pane, "topLeftCell"), attr(pane, "state"), attr(pane, "xSplit")]).toEqual([
      "1",
      "A2",
      "frozen",
      null,
    ]);
  });

  test("every column of the table gets a fitted width, wider for longer text", () => {
    const cols = all(sheetOf(out), "col");
    expect(cols.map((c) => [attr(c, "min"), attr(c, "max"), attr(c, "customWidth")])).toEqual(
      Array.from({ length: 9 }, (_, i) => [String(i + 1), String(i + 1), "1"]),
    );
    const width = (column: number) => Number(attr(cols[column - 1], "width"));
    expect(width(4)).toBeGreaterThan(width(2)); // 食品原材料,每季度一次,华东地区 against 王主管
    expect(width(4)).toBe(14 * 2 + 2 + 1.5); // 14 CJK characters two digits wide, 2 commas, padding
  });

  test("one colour rule per grade on the grade column, carrying the add-in's mark, and a data bar on the score", () => {
    const formats = all(sheetOf(out), "conditionalFormatting");
    expect(formats.map((f) => attr(f, "sqref"))).toEqual(["G2:G4", "I2:I4"]);
    const rules = all(formats[0] as XmlElement, "cfRule");
    expect(rules.map((r) => all(r, "formula")[0]?.textContent)).toEqual(
      ["A", "B", "C", "D"].map((g) => `AND(${OWN_RULE_MARK},$G2="${g}")`),
    );
    const dxfs = children(all(parseXml(partText(out, "xl/styles.xml")), "dxfs")[0] as XmlElement, "dxf");
    const fillOf = (rule: XmlElement) =>
      attr(all(dxfs[Number(attr(rule, "dxfId"))] as XmlElement, "bgColor")[0], "rgb");
    expect(rules.map(fillOf)).toEqual(["FFC6EFCE", "FFFFEB9C", "FFFCD5B4", "FFFFC7CE"]);
    const bar = all(formats[1] as XmlElement, "cfRule")[0];
    expect([attr(bar, "type"), attr(all(bar as XmlElement, "color")[0], "rgb")]).toEqual(["dataBar", "FF5B9BD5"]);
    expect(new Set([...rules, bar].map((r) => attr(r, "priority"))).size).toBe(5);
  });

  test("the qualitative columns with a word list get a drop-down that accepts other text", () => {
    const lists = all(sheetOf(out), "dataValidation");
    expect(lists.map((v) => [attr(v, "sqref"), attr(v, "type"), attr(v, "showErrorMessage")])).toEqual([
      ["F2:F4", "list", "0"],
      ["E2:E4", "list", "0"],
    ]);
    expect(all(lists[0] as XmlElement, "formula1")[0]?.textContent).toMatch(/^"[^"]*良好[^"]*一般[^"]*较差[^"]*"$/);
  });

  test("the sheet's children stay in the schema's order", () => expectSchemaOrder(sheetOf(out)));

  test("formatting the formatted copy again changes no byte", async () => {
    const again = join(dir, "seed.again.xlsx");
    expect((await runInProcess(["format", out, "--out", again], en)).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});

describe("grade --format on the sample's columns", () => {
  const input = join(dir, "money.xlsx");
  const out = join(dir, "money.graded.xlsx");

  beforeAll(async () => {
    const headers = ["客户名称", "财务状况", "年交易额", "毛利率", "合作开始日期", "人工等级"];
    const rows = [
      ["甲公司", "良好", 1_250_000, 0.24, 42_826, ""],
      ["乙公司", "一般", 380_000, 0.12, 44_562, "B"],
      ["丙公司", "较差", 40_000, 0.03, 45_900, ""],
    ];
    writeFileSync(input, await tableWorkbook(headers, rows));
    const run = await runInProcess(["grade", input, "--format", "--as-of", "2026-11-22"], en);
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n")[1]).toMatch(
      /^Formatted 客户表: table style, grade colours, .* lists on 人工等级 and 财务状况$/,
    );
  });

  test("money, percentages, dates and the score get their number formats, cell by cell", () => {
    const sheet = sheetOf(out);
    expect(["C2", "D2", "E2", "H2"].map((ref) => numberFormatOf(out, cellAt(sheet, ref)))).toEqual([
      "builtin 4",
      "0.0%",
      "yyyy-mm-dd",
      "0.0",
    ]);
    expect(numberFormatOf(out, cellAt(sheet, "C4"))).toBe("builtin 4");
    expect(numberFormatOf(out, cellAt(sheet, "A2"))).toBe("builtin 0");
  });

  test("the grade cells get their colour from the conditional formats only, no static fill that would outlive a retyped grade", () => {
    const sheet = sheetOf(out);
    expect(["G2", "G3", "G4"].map((ref) => fillIdOf(out, cellAt(sheet, ref)))).toEqual(["0", "0", "0"]);
  });

  test("grade --format over a plainly graded copy takes its static grade fills off", async () => {
    const plain = join(dir, "money.plain.xlsx");
    const regraded = join(dir, "money.regraded.xlsx");
    expect((await runInProcess(["grade", input, "--out", plain, "--as-of", "2026-11-22"], en)).code).toBe(0);
    expect(fillIdOf(plain, cellAt(sheetOf(plain), "G2"))).not.toBe("0");
    expect(
      (await runInProcess(["grade", plain, "--format", "--out", regraded, "--as-of", "2026-11-22"], en)).code,
    ).toBe(0);
    expect(["G2", "G3", "G4"].map((ref) => fillIdOf(regraded, cellAt(sheetOf(regraded), ref)))).toEqual([
      "0",
      "0",
      "0",
    ]);
  });

  test("the manual-grade column accepts only the rule set's letters", () => {
    const manual = all(sheetOf(out), "dataValidation").find((v) => attr(v, "sqref") === "F2:F4");
    expect([
      attr(manual, "showErrorMessage"),
      attr(manual, "errorStyle"),
      all(manual as XmlElement, "formula1")[0]?.textContent,
    ]).toEqual(["1", null, '"A,B,C,D"']);
  });

  test("format on the graded and formatted copy changes no byte", async () => {
    const again = join(dir, "money.again.xlsx");
    expect((await runInProcess(["format", out, "--out", again], en)).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});

describe("the analyst's own rules and lists", () => {
  const input = join(dir, "rich.xlsx");
  const out = join(dir, "rich.graded.xlsx");
  let stderr = "";

  beforeAll(async () => {
    // richWorkbook has a conditional format on 年交易额 and a list in K5; add a list of the analyst's own on 财务状况
    // and a data bar of theirs, in another colour, on the score column's first cells.
    const workbook = new Workbook();
    await workbook.xlsx.load((await richWorkbook()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet("客户");
    if (!sheet) throw new Error("no sheet");
    for (const ref of ["F4", "F5", "F6"])
      sheet.getCell(ref).dataValidation = { type: "list", allowBlank: true, formulae: ['"好,中,差"'] };
    writeFileSync(input, Buffer.from(await workbook.xlsx.writeBuffer()));
    const run = await runInProcess(["grade", input, "--format", "--as-of", "2026-11-22"], en);
    expect(run.code).toBe(0);
    stderr = run.stderr;
  });

  test("their conditional format stays, first in priority", () => {
    const formats = all(sheetOf(out), "conditionalFormatting");
    const theirs = formats.find((f) => attr(f, "sqref") === "I4:I6");
    expect(attr(all(theirs as XmlElement, "cfRule")[0], "type")).toBe("cellIs");
    expect(attr(all(theirs as XmlElement, "cfRule")[0], "priority")).toBe("1");
    expect(formats.map((f) => attr(f, "sqref"))).toEqual(["I4:I6", "G4:G6", "J4:J6"]);
  });

  test("their lists stay, and a column with one of theirs gets none of the add-in's", () => {
    const lists = all(sheetOf(out), "dataValidation").map((v) => [
      attr(v, "sqref"),
      all(v, "formula1")[0]?.textContent,
    ]);
    expect(lists.filter(([sqref]) => sqref === "K5")).toEqual([["K5", '"是,否"']]);
    expect(lists.filter(([sqref]) => /F/.test(sqref ?? "")).map(([, f]) => f)).toEqual(['"好,中,差"']);
    expect(stderr).toContain("kept the existing validation on 财务状况");
  });

  test("re-formatting keeps them and changes no byte", async () => {
    const again = join(dir, "rich.again.xlsx");
    const run = await runInProcess(["format", out, "--out", again], en);
    expect(run.code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  test("the title's merged cells, the sheet's order and the frozen rows below the header (row 3)", () => {
    const sheet = sheetOf(out);
    expect(attr(all(sheet, "mergeCell")[0], "ref")).toBe("A1:C1");
    expect(attr(all(sheet, "pane")[0], "ySplit")).toBe("3");
    expectSchemaOrder(sheet, ["legacyDrawing"]);
  });
});

test("a CSV graded with --format: the same formatting, but no table style (the new workbook has no Excel table)", async () => {
  const input = join(dir, "seed.csv");
  writeFileSync(input, "\uFEFF" + csvText(SEED_HEADERS, SEED_ROWS));
  const out = join(dir, "seed-csv.xlsx");
  const run = await runInProcess(["grade", input, "--format", "--out", out, "--as-of", "2026-11-22"], en);
  expect(run.code).toBe(0);
  expect(run.stderr.split("\n")[1]).toMatch(/^Formatted seed: \(not an Excel table: no table style\) grade colours/);
  const sheet = sheetOf(out);
  expect(attr(all(sheet, "pane")[0], "state")).toBe("frozen");
  expect(all(sheet, "conditionalFormatting").map((f) => attr(f, "sqref"))).toEqual(["G2:G4", "I2:I4"]);
  expect(all(sheet, "dataValidation")).toHaveLength(2);
  expectSchemaOrder(sheet);
});

test.each([
  [["format", "a.csv"], "format needs an .xlsx workbook; to format a CSV, grade it with --format"],
  [["format", "a.xlsx", "--out", "b.csv"], "format writes an .xlsx workbook"],
  [["grade", "a.xlsx", "--format", "--out", "b.csv"], "--format needs an .xlsx output"],
  [["format", "a.xlsx", "--json"], '--json does not apply to "format"'],
  [["format"], "format needs a file"],
])("%j is refused: %s", async (argv, message) => {
  const run = await runInProcess(
    argv.map((a) => (a.includes(".") ? join(dir, a) : a)),
    en,
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
});

test("format changes only the graded sheet, styles.xml and the table part: every other part is copied byte for byte", async () => {
  const input = join(dir, "rich-plain.xlsx");
  writeFileSync(input, await richWorkbook());
  const graded = join(dir, "rich-plain.graded.xlsx");
  expect((await runInProcess(["grade", input, "--as-of", "2026-11-22"], en)).code).toBe(0);
  const formatted = join(dir, "rich-plain.graded.formatted.xlsx"); // beside the input, named after it
  expect((await runInProcess(["format", graded], en)).code).toBe(0);
  const parts = (file: string) => zipParts(readFileSync(file));
  const before = parts(graded);
  const after = parts(formatted);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const changed = [...before].filter(([name, data]) => !(data && after.get(name)?.equals(data))).map(([name]) => name);
  // The table already has the template's style (richWorkbook sets it), so its part is not rewritten either.
  expect(changed.sort()).toEqual(["xl/styles.xml", SHEET]);
});

test("under another rule set, the add-in's grade colours are replaced, not added to", async () => {
  const input = join(dir, "rules-change.xlsx");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  const four = join(dir, "rules-change.four.xlsx");
  expect((await runInProcess(["format", input, "--out", four], en)).code).toBe(0);
  // Three grades: D dropped, C from 0.
  const rules = JSON.parse(readFileSync(join(__dirname, "../../src/engine/rules/default-rules.json"), "utf8")) as {
    grades: { letter: string; minScore: number }[];
  };
  rules.grades = rules.grades.filter((g) => g.letter !== "D");
  (rules.grades[2] as { minScore: number }).minScore = 0;
  const rulesFile = join(dir, "three-grades.json");
  writeFileSync(rulesFile, JSON.stringify(rules));
  const three = join(dir, "rules-change.three.xlsx");
  const run = await runInProcess(["format", four, "--rules", rulesFile, "--out", three], en);
  expect(run.code).toBe(0);
  const formulas = all(sheetOf(three), "formula").map((f) => f.textContent);
  expect(formulas).toEqual(["A", "B", "C"].map((g) => `AND(${OWN_RULE_MARK},$G2="${g}")`));
});

test("a CSV graded with --format: dates, percentages and money typed as text become numbers, so their formats show; what does not read cleanly stays text", async () => {
  const input = join(dir, "typed.csv");
  const rows = [
    ["甲公司", "良好", "¥1,250,000", "24%", "2017-04-01"],
    ["乙公司", "一般", "38万", "12", "2017-04"],
    ["丙公司", "较差", "约四万", "未知", "2020年1月15日"],
  ];
  writeFileSync(input, "\uFEFF" + csvText(["客户名称", "财务状况", "年交易额", "毛利率", "合作开始日期"], rows));
  const out = join(dir, "typed.xlsx");
  const run = await runInProcess(["grade", input, "--format", "--out", out, "--as-of", "2026-11-22"], en);
  expect(run.code).toBe(0);
  const sheet = sheetOf(out);
  const shown = (ref: string) => {
    const cell = cellAt(sheet, ref);
    return [
      attr(cell, "t") ?? "n",
      all(cell as XmlElement, "v")[0]?.textContent ?? all(cell as XmlElement, "t")[0]?.textContent,
    ];
  };
  expect(["C2", "D2", "E2"].map(shown)).toEqual([
    ["n", "1250000"],
    ["n", "0.24"],
    ["n", "42826"],
  ]);
  expect(["C3", "D3", "E3"].map(shown)).toEqual([
    ["n", "380000"],
    ["n", "0.12"],
    ["str", "2017-04"],
  ]);
  expect(["C4", "D4", "E4"].map(shown)).toEqual([
    ["str", "约四万"],
    ["str", "未知"],
    ["n", "43845"],
  ]);
  expect(["C2", "D2", "E2"].map((ref) => numberFormatOf(out, cellAt(sheet, ref)))).toEqual([
    "builtin 4",
    "0.0%",
    "yyyy-mm-dd",
  ]);
  // Money, percent, date and the score: the columns holding numbers under a number format.
  expect(run.stderr.split("\n")[1]).toContain("number formats on 4 columns");
  expect(fillIdOf(out, cellAt(sheet, "F2"))).toBe("0");
});
