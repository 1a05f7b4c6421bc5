/**
 * `customer-grader customers` and `rfm`, in-process: the customer table built from lines (values computed by
 * hand below), written as .xlsx and .csv that the grader reads back as the same fields, the --json shapes other
 * tools read, and the refusals in the analyst's language.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDate } from "../../src/engine";
import { readSource } from "../../src/cli/source";
import { runInProcess, tempDir } from "./support/cli";
import { csvText, tableWorkbook } from "./support/workbooks";

const dir = tempDir("customers-command");
let files = 0;
const path = (name: string): string => join(dir, `${++files}-${name}`);

function linesFile(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const file = path("lines.csv");
  writeFileSync(file, "\uFEFF" + csvText(headers, rows));
  return file;
}

/**
 * Eight waybill lines of three customers, as of 2018-01-01 (the window is 2017-01-01 … 2017-12-31):
 * 甲物流's YD1 in two lines (one order), a line of 2016 (first date only); 乙贸易's line on the as-of date
 * (left out); 丙食品's credit note.
 */
const HEADERS = ["运单号", "发货日期", "客户名称", "运费(元)", "成本(元)", "重量(kg)"];
const LINES: readonly (readonly (string | number)[])[] = [
  ["YD1", "2017-01-05", "甲物流", 1000, 800, 500],
  ["YD1", "2017-01-05", "甲物流", 200, 100, 100],
  ["YD2", "2017-03-10", "甲物流", 300, 200, 400],
  ["YD3", "2016-12-31", "甲物流", 999, 0, 0],
  ["YD4", "2017-12-31", "乙贸易", 500, 600, 1000],
  ["YD5", "2018-01-01", "乙贸易", 700, 0, 0],
  ["YD6", "2017-06-15", "丙食品", -50, 0, 0],
  ["YD7", "2017-06-01", "丙食品", 150, 100, 200],
];

const serial = (iso: string): number => parseDate(iso) as number;

/** By hand, in code-point order of the names (丙 U+4E19, 乙 U+4E59, 甲 U+7532): months (January first), annual amount, orders, first and last dates, profit, margin, tonnes. */
const EXPECTED = {
  丙食品: { months: { 6: 100 }, annual: 100, orders: 2, first: "2017-06-01", last: "2017-06-15", profit: 0, t: 0.2 },
  乙贸易: { months: { 12: 500 }, annual: 500, orders: 1, first: "2017-12-31", last: "2017-12-31", profit: -100, t: 1 },
  甲物流: {
    months: { 1: 1200, 3: 300 },
    annual: 1500,
    orders: 2,
    first: "2016-12-31",
    last: "2017-03-10",
    profit: 400,
    t: 1,
  },
} as const;

/**
 * RFM by hand. Recency: 297, 1 and 200 days (mean 166: only 乙贸易 is recent); orders 2, 1, 2 (mean 5/3: 甲物流
 * and 丙食品 are frequent); amounts 1500, 500, 100 (mean 700: only 甲物流 spends much). NTILE(5) over three
 * customers deals tiles 1, 2, 3; the tie on orders goes by name (丙 U+4E19 before 甲 U+7532).
 */
const RFM_EXPECTED = [
  { customer: "丙食品", recency: 200, frequency: 2, monetary: 100, r: 2, f: 2, m: 1, segment: "一般保持客户" },
  { customer: "乙贸易", recency: 1, frequency: 1, monetary: 500, r: 3, f: 1, m: 2, segment: "一般发展客户" },
  { customer: "甲物流", recency: 297, frequency: 2, monetary: 1500, r: 1, f: 3, m: 3, segment: "重要保持客户" },
];

const MONTH_HEADERS = Array.from({ length: 12 }, (_, i) => `${i + 1}月交易额`);
const CUSTOMER_HEADERS = [
  "客户名称",
  ...MONTH_HEADERS,
  "年交易额",
  "订单数",
  "合作开始日期",
  "最近交易日期",
  "毛利额",
  "毛利率",
  "运输量",
  "最近交易间隔天数",
  "R分",
  "F分",
  "M分",
  "RFM客户类型",
];

describe("customers: the customer table built from lines", () => {
  const lines = linesFile(HEADERS, LINES);

  test.each(["xlsx", "csv"])("as .%s, read back by the grader as the measures computed by hand", async (ext) => {
    const out = path(`customers.${ext}`);
    const run = await runInProcess(["customers", lines, "--out", out, "--as-of", "2018-01-01", "--lang", "zh-CN"]);
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect(run.stderr).toContain("已从 8 行明细生成 3 位客户（金额按 2017-01-01 至 2017-12-31 计）");
    expect(run.stderr).toContain("基准日期当天及之后的 1 行未计入");

    const read = await readSource(out, {});
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const { headers, rows } = read.value.table;
    expect(headers).toEqual(CUSTOMER_HEADERS);
    const column = (header: string): number => headers.indexOf(header);
    const dateOf = (cell: unknown): number => (typeof cell === "number" ? cell : serial(String(cell)));
    const numberOf = (cell: unknown): number =>
      Number(String(cell).replace(/%$/, "")) / (String(cell).endsWith("%") ? 100 : 1);
    expect(rows.map((r) => r[0])).toEqual(Object.keys(EXPECTED));
    for (const row of rows) {
      const want = EXPECTED[row[0] as keyof typeof EXPECTED];
      MONTH_HEADERS.forEach((h, i) =>
        expect(numberOf(row[column(h)])).toBe((want.months as Record<number, number>)[i + 1] ?? 0),
      );
      expect(numberOf(row[column("年交易额")])).toBe(want.annual);
      expect(numberOf(row[column("订单数")])).toBe(want.orders);
      expect(dateOf(row[column("合作开始日期")])).toBe(serial(want.first));
      expect(dateOf(row[column("最近交易日期")])).toBe(serial(want.last));
      expect(numberOf(row[column("毛利额")])).toBe(want.profit);
      expect(numberOf(row[column("毛利率")])).toBeCloseTo(want.profit / want.annual, 3);
      expect(numberOf(row[column("运输量")])).toBe(want.t);
      const rfm = RFM_EXPECTED.find((r) => r.customer === row[0]);
      expect(
        [row[column("最近交易间隔天数")], row[column("R分")], row[column("F分")], row[column("M分")]].map(numberOf),
      ).toEqual([rfm?.recency, rfm?.r, rfm?.f, rfm?.m]);
      expect(row[column("RFM客户类型")]).toBe(rfm?.segment);
    }
  });

  test("the written table is graded with every column recognised", async () => {
    const out = path("customers.xlsx");
    expect((await runInProcess(["customers", lines, "--out", out, "--as-of", "2018-01-01"])).code).toBe(0);
    const explained = await runInProcess(["grade", out, "--explain-columns", "--as-of", "2018-01-01", "--lang", "en"]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).not.toContain("not used");
    const graded = await runInProcess(["grade", out, "--json", "--as-of", "2018-01-01", "--out", path("graded.xlsx")]);
    const doc = JSON.parse(graded.stdout) as { rows: { name: string; grade: string | null }[] };
    expect(doc.rows.map((r) => r.name)).toEqual(Object.keys(EXPECTED));
    expect(doc.rows.every((r) => r.grade !== null)).toBe(true);
  });

  test("the headers speak --lang: English labels for an English analyst", async () => {
    const out = path("customers.csv");
    expect((await runInProcess(["customers", lines, "--out", out, "--as-of", "2018-01-01", "--lang", "en"])).code).toBe(
      0,
    );
    const header = readFileSync(out, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0];
    expect(header).toBe(
      "Customer,January amount,February amount,March amount,April amount,May amount,June amount,July amount," +
        "August amount,September amount,October amount,November amount,December amount,Annual amount,Orders," +
        "Customer since,Last transaction,Profit,Gross margin,Volume,Recency (days),Recency score," +
        "Frequency score,Monetary score,RFM segment",
    );
  });

  test("--json says the window, how each line column was read and what was left out", async () => {
    const out = path("customers.xlsx");
    const run = await runInProcess(["customers", lines, "--out", out, "--as-of", "2018-01-01", "--json"]);
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({
      asOf: "2018-01-01",
      window: { from: "2017-01-01", to: "2017-12-31" },
      columns: {
        orderNo: "运单号",
        date: "发货日期",
        customer: "客户名称",
        amount: "运费(元)",
        cost: "成本(元)",
        weight: "重量(kg)",
      },
      customers: 3,
      linesAfterAsOf: 1,
      issues: [],
      written: out,
    });
  });

  test("an unreadable date or amount is reported with its row and header, and the line is left out", async () => {
    const bad = linesFile(HEADERS, [
      ...LINES,
      ["YD8", "上周三", "甲物流", 10, 0, 0],
      ["YD9", "2017-05-01", "乙贸易", "待定", 0, 0],
    ]);
    const run = await runInProcess(["customers", bad, "--out", path("c.csv"), "--as-of", "2018-01-01", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("2 unreadable cells");
    expect(run.stderr).toMatch(/row 10, "发货日期"/);
    expect(run.stderr).toMatch(/row 11, "运费\(元\)"/);
  });

  test("refused, nothing written: no amount column, no line before the as-of date, an existing output", async () => {
    const noAmount = linesFile(["客户名称", "发货日期", "件数"], [["甲物流", "2017-01-05", 3]]);
    const out = path("c.xlsx");
    const missing = await runInProcess(["customers", noAmount, "--out", out, "--lang", "zh-CN"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("明细表缺少 金额 列（现有列：客户名称、发货日期、件数）");
    const early = await runInProcess(["customers", linesFile(HEADERS, LINES), "--out", out, "--as-of", "2016-01-01"]);
    expect(early.code).toBe(2);
    // No --lang and no LANG: the message speaks the lines' headers' language.
    expect(early.stderr).toContain("没有早于基准日期的明细");
    expect(existsSync(out)).toBe(false);

    writeFileSync(out, "mine");
    const exists = await runInProcess(["customers", linesFile(HEADERS, LINES), "--out", out]);
    expect(exists.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("mine");
    const wrongKind = await runInProcess(["customers", linesFile(HEADERS, LINES), "--out", path("c.json")]);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain("--out must end in .xlsx or .csv");
  });

  test("reads the lines from a workbook's table as from a CSV", async () => {
    const workbook = path("lines.xlsx");
    writeFileSync(workbook, await tableWorkbook(HEADERS, LINES, "运单明细"));
    const out = path("from-xlsx.csv");
    const run = await runInProcess(["customers", workbook, "--out", out, "--as-of", "2018-01-01", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ customers: 3, linesAfterAsOf: 1, issues: [] });
    const fromCsv = path("from-csv.csv");
    await runInProcess(["customers", lines, "--out", fromCsv, "--as-of", "2018-01-01"]);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(fromCsv, "utf8"));
  });

  test("without --out, <name>.customers.xlsx beside the lines", async () => {
    const file = linesFile(HEADERS, LINES);
    expect((await runInProcess(["customers", file, "--as-of", "2018-01-01"])).code).toBe(0);
    expect(existsSync(file.replace(/\.csv$/, ".customers.xlsx"))).toBe(true);
  });
});

describe("rfm", () => {
  const lines = linesFile(HEADERS, LINES);

  test('--json prints {"rows":[{customer, recency, frequency, monetary, r, f, m, segment}]}, the segment in zh-CN', async () => {
    const run = await runInProcess(["rfm", lines, "--as-of", "2018-01-01", "--json", "--lang", "en"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { rows: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(["rows"]);
    for (const row of doc.rows)
      expect(Object.keys(row)).toEqual(["customer", "recency", "frequency", "monetary", "r", "f", "m", "segment"]);
    expect(doc.rows).toEqual(RFM_EXPECTED);
  });

  test.each([
    ["zh-CN", "RFM 客户类型（3 位客户，基准日期 2018-01-01）：", "  重要保持客户：1 位，金额 1,500.00"],
    ["zh-TW", "RFM 客戶類型（3 位客戶，基準日期 2018-01-01）：", "  重要保持客戶：1 位，金額 1,500.00"],
    ["en", "RFM customer types (3 customers, as of 2018-01-01):", ": 1 customer, amount 1,500.00"],
  ])("in %s, the eight types with their customers and amounts", async (lang, title, line) => {
    const run = await runInProcess(["rfm", lines, "--as-of", "2018-01-01", "--lang", lang]);
    expect(run.code).toBe(0);
    const out = run.stdout.trimEnd().split("\n");
    expect(out[0]).toBe(title);
    expect(out).toHaveLength(9);
    expect(out.some((l) => l.endsWith(line) || l === line)).toBe(true);
  });

  test("takes no --out (it writes nothing)", async () => {
    const run = await runInProcess(["rfm", lines, "--out", path("x.csv")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
  });
});

describe("a rule set that grades on the RFM fields (samples/rules/rfm-from-lines.rules.json)", () => {
  test("grades a customer table built from the shipped sample, the RFM type moving the score", async () => {
    const out = path("sample-customers.xlsx");
    const sample = join(__dirname, "..", "..", "samples", "lines", "order-lines.csv");
    expect((await runInProcess(["customers", sample, "--out", out, "--as-of", "2018-01-01"])).code).toBe(0);
    const rules = join(__dirname, "..", "..", "samples", "rules", "rfm-from-lines.rules.json");
    const run = await runInProcess([
      "grade",
      out,
      "--rules",
      rules,
      "--json",
      "--as-of",
      "2018-01-01",
      "--out",
      path("g.xlsx"),
    ]);
    expect(run.code).toBe(0);
    interface Row {
      readonly score: number | null;
      readonly reasons: readonly {
        kind: string;
        dimension?: string;
        criteria?: { criterion: string; points: number | null }[];
      }[];
    }
    const { rows } = JSON.parse(run.stdout) as { rows: Row[] };
    const segmentPoints = (row: Row) =>
      row.reasons.find((r) => r.dimension === "rfm")?.criteria?.find((c) => c.criterion === "rfm-segment")?.points;
    const best = rows.filter((r) => segmentPoints(r) === 100);
    const worst = rows.filter((r) => segmentPoints(r) === 10);
    expect(best.length).toBeGreaterThan(10);
    expect(worst.length).toBeGreaterThan(10);
    const mean = (list: Row[]) => list.reduce((sum, r) => sum + (r.score ?? 0), 0) / list.length;
    expect(mean(best)).toBeGreaterThan(mean(worst) + 20);
  });
});

test("amounts that sum to the same cents tie on M, broken by name as SQL's NTILE breaks them", async () => {
  // 乙: 0.1 + 0.2 (0.30000000000000004 in floating point) and 甲: 0.3. As decimals they are equal, so 甲 (U+7532)
  // comes after 乙 (U+4E59) in the ORDER BY and gets the higher tile.
  const file = linesFile(
    ["运单号", "发货日期", "客户名称", "运费(元)"],
    [
      ["YD1", "2017-05-01", "乙", 0.1],
      ["YD1", "2017-05-01", "乙", 0.2],
      ["YD2", "2017-05-01", "甲", 0.3],
    ],
  );
  const run = await runInProcess(["rfm", file, "--as-of", "2018-01-01", "--json"]);
  const { rows } = JSON.parse(run.stdout) as { rows: { customer: string; monetary: number; m: number }[] };
  expect(rows.map((r) => [r.customer, r.monetary, r.m])).toEqual([
    ["乙", 0.3, 1],
    ["甲", 0.3, 2],
  ]);
});

test("an unreadable cell of a workbook whose header is not on row 1 is reported at its sheet row", async () => {
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("运单");
  sheet.getCell("A1").value = "2017 年运单明细";
  sheet.getRow(3).values = ["运单号", "发货日期", "客户名称", "运费(元)"];
  sheet.getRow(4).values = ["YD1", "2017-05-01", "甲物流", 100];
  sheet.getRow(5).values = ["YD2", "上周三", "甲物流", 100];
  const file = path("titled.xlsx");
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  const run = await runInProcess(["customers", file, "--out", path("t.csv"), "--as-of", "2018-01-01", "--lang", "en"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/row 5, "发货日期"/);
});

test("--escape-formulas on a customer CSV puts ' before a name a spreadsheet would run, and counts it", async () => {
  const file = linesFile(
    ["运单号", "发货日期", "客户名称", "运费(元)"],
    [
      ["YD1", "2017-05-01", '=HYPERLINK("http://x","y")', 100],
      ["YD2", "2017-05-02", "甲物流", 100],
    ],
  );
  const out = path("escaped.csv");
  const run = await runInProcess([
    "customers",
    file,
    "--out",
    out,
    "--as-of",
    "2018-01-01",
    "--escape-formulas",
    "--lang",
    "en",
  ]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain("put ' before 1 cells that would run as formulas");
  expect(readFileSync(out, "utf8")).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  const plain = path("plain.csv");
  await runInProcess(["customers", file, "--out", plain, "--as-of", "2018-01-01"]);
  expect(readFileSync(plain, "utf8")).toContain(`"=HYPERLINK(""http://x"",""y"")"`);
  const xlsx = await runInProcess(["customers", file, "--out", path("e.xlsx"), "--escape-formulas"]);
  expect(xlsx.code).toBe(2);
});
