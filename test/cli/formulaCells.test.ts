/**
 * Cells a spreadsheet would run as formulas (OWASP "CSV Injection"): copied as they are by default, given a
 * `'` in a CSV with --escape-formulas, and always values, never formulas, in an .xlsx copy.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/cli/csv";
import { escapeFormulas, looksLikeFormula } from "../../src/cli/formulaCells";
import { runInProcess, tempDir } from "./support/cli";
import { tableWorkbook } from "./support/workbooks";
import { zipPartText } from "./support/zipRead";

const FIXTURES = join(__dirname, "..", "fixtures", "formulaCells");
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** The five payloads of the attack, then cells led by a tab and a carriage return. */
const PAYLOADS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1"];
/** The rest of payloads.csv's second column: a number as text, a lone dash and equals sign, an inner "=". */
const OTHERS = ["-12.5", "-", "=", "a=b"];
const ESCAPED_OTHERS = new Set(["-", "="]);
const HEADERS = ["客户名称", "联系人", "联系电话", "财务状况", "来源系统", "金额"];

/** payloads.csv's rows, as its input workbook twin holds them (金额 a number there). */
const inputRows = (amount: (row: number) => string | number) =>
  [...PAYLOADS, ...OTHERS].map((p, i) => [`客户${i}`, p, "139xxxxxx88", "良好,长期合作", p, amount(i)]);

const dir = tempDir("formula-cells");
const grade = (args: readonly string[]) => runInProcess(["grade", ...args, "--as-of", "2026-11-22"]);

function writeInputs(): { csv: string; xlsx: Promise<string> } {
  const csv = join(dir, "payloads.csv");
  writeFileSync(csv, fixture("payloads.csv"));
  const xlsx = join(dir, "payloads.xlsx");
  return {
    csv,
    xlsx: tableWorkbook(
      HEADERS,
      inputRows((i) => (i === 0 ? -12.5 : 3)),
    ).then((bytes) => (writeFileSync(xlsx, bytes), xlsx)),
  };
}
const inputs = writeInputs();

const csvRows = (path: string): string[][] => parseCsv(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), ",");

describe("which cells look like formulas", () => {
  test.each([...PAYLOADS, "-", "=", "+", "@", "-1-1", "=1", "+A1", "-x"])("%j does", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  test.each(["-12.5", "+3", "-0.5e3", ".5", "a=b", " =1", "", "客户", "1-1", "12%"])("%j does not", (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });

  test("a number cell never does, negative or not, and neither does an empty one", () => {
    expect([-12.5, -1e-7, 0, 97.3, null].map(looksLikeFormula)).toEqual([false, false, false, false, false]);
    expect(escapeFormulas([[-12.5, null, "-2+3", "a"]])).toEqual({ rows: [[-12.5, null, "'-2+3", "a"]], escaped: 1 });
  });
});

describe("CSV output without --escape-formulas", () => {
  test("is byte for byte what it was before the option existed, from a CSV", async () => {
    const out = join(dir, "plain-from-csv.csv");
    // As the fixture was made: messages and remarks in the headers' language.
    const run = await grade([(await inputs).csv, "--out", out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(fixture("payloads.graded.csv"))).toBe(true);
    expect(run.stderr).not.toMatch(/公式/);
  });

  test("is byte for byte what it was before the option existed, from a workbook", async () => {
    const out = join(dir, "plain-from-xlsx.csv");
    const run = await grade([await inputs.xlsx, "--out", out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).equals(fixture("payloads-xlsx.graded.csv"))).toBe(true);
  });
});

describe("CSV output with --escape-formulas", () => {
  test("puts ' before each of the payloads, input or not, and leaves plain numbers, headers and outputs alone", async () => {
    const out = join(dir, "escaped-from-csv.csv");
    const run = await grade([(await inputs).csv, "--out", out, "--escape-formulas", "--lang", "en"]);
    expect(run.code).toBe(0);
    const [header, ...rows] = csvRows(out);
    expect(header).toEqual([...HEADERS, "客户等级", "评分", "备注"]);
    const expected = (p: string): string => (PAYLOADS.includes(p) || ESCAPED_OTHERS.has(p) ? `'${p}` : p);
    expect(rows.map((r) => [r[1], r[4]])).toEqual([...PAYLOADS, ...OTHERS].map((p) => [expected(p), expected(p)]));
    expect(rows.map((r) => r[5])).toEqual(["-12.5", ...Array<string>(10).fill("3")]);
    expect(new Set(rows.map((r) => `${r[6]} ${r[7]}`))).toEqual(new Set(["A 100"]));
    // Each payload in two columns, and "-", "=" too: 9 × 2.
    expect(run.stderr).toMatch(/; put ' before 18 cells that would run as formulas; written to /);
  });

  test("leaves a workbook's negative number cell as -12.5, and escapes the same text when it is a formula", async () => {
    const out = join(dir, "escaped-from-xlsx.csv");
    const run = await grade([await inputs.xlsx, "--out", out, "--escape-formulas", "--lang", "en"]);
    expect(run.code).toBe(0);
    const rows = csvRows(out).slice(1);
    expect(rows[0]?.[5]).toBe("-12.5");
    expect(rows[7]?.[1]).toBe("-12.5"); // text there, but a plain number: not escaped either
    expect(rows.slice(0, 5).map((r) => r[1])).toEqual(PAYLOADS.slice(0, 5).map((p) => `'${p}`));
    expect(rows[5]?.[1]).toBe("'\t=1+1");
    // The workbook's CR is read back as LF (XML's line-end rule), which OWASP's list does not name: as it is.
    expect(rows[6]?.[1]).toBe("\n=1+1");
  });

  test("is counted on the summary line in each language", async () => {
    const { csv } = await inputs;
    const zhCN = await grade([csv, "--out", join(dir, "zh-CN.csv"), "--escape-formulas", "--lang", "zh-CN"]);
    const zhTW = await grade([csv, "--out", join(dir, "zh-TW.csv"), "--escape-formulas", "--lang", "zh-TW"]);
    expect(zhCN.stderr).toContain("；在 18 个会被当作公式的单元格前加了 '；已写入 ");
    expect(zhTW.stderr).toContain("；在 18 個會被當作公式的儲存格前加了 '；已寫入 ");
  });

  test("is refused with an .xlsx output, whose cells are values already, and nothing is written", async () => {
    const out = join(dir, "refused.xlsx");
    const run = await grade([(await inputs).csv, "--out", out, "--escape-formulas", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "Wrong arguments: --escape-formulas is for CSV output (--out FILE.csv): an .xlsx copy holds every cell as a value, never as a formula, so there is nothing to escape. Run customer-grader --help for usage.\n",
    );
    expect(existsSync(out)).toBe(false);
  });
});

/** The text of every cell value and string in a part, entities and `_x000D_` decoded (not an XML parser: it would turn a CR into LF). */
function cellTexts(xml: string): Set<string> {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  const texts = [...xml.matchAll(/<(?:v|t)(?:\s[^>]*)?>([^<]*)<\/(?:v|t)>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? "")
      .replace(/_x000D_/g, "\r"),
  );
  return new Set(texts);
}

describe("an .xlsx copy", () => {
  test.each([
    ["a CSV", "csv", []],
    ["a CSV with --format", "csv", ["--format"]],
    ["a workbook", "xlsx", []],
    ["a workbook with --format", "xlsx", ["--format"]],
  ] as const)("of %s holds each payload as its literal text, and no formula", async (_, kind, extra) => {
    const { csv, xlsx } = inputs;
    const input = kind === "csv" ? csv : await xlsx;
    const out = join(dir, `values-${kind}${extra.length}.xlsx`);
    const run = await grade([input, "--out", out, ...extra, "--lang", "en"]);
    expect(run.code).toBe(0);
    const zip = readFileSync(out);
    const sheet = zipPartText(zip, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain("<sheetData>");
    expect(sheet).not.toMatch(/<(?:\w+:)?f[\s>/]/);
    const texts = new Set([...cellTexts(sheet), ...cellTexts(zipPartText(zip, "xl/sharedStrings.xml"))]);
    for (const payload of PAYLOADS) expect(texts).toContain(payload);
  });
});
