/**
 * `grade FILE --explain-columns`: one line per column (what it is read as, how and how sure, period, unit,
 * samples, or why it is not used), then what the table cannot assess, the amount scale and an as-of date from
 * the headers; in each language; nothing graded or written; refused with the options that write.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonDocument } from "../../src/cli/jsonDocument";
import { FIELDS, type FieldId, type Lang } from "../../src/engine";
import { runInProcess, tempDir } from "./support/cli";
import { CRM_HEADERS, CRM_ROWS, TMS_HEADERS, TMS_ROWS } from "./support/exportTables";
import { csvText } from "./support/workbooks";

const dir = tempDir("explain");
const crm = join(dir, "crm.csv");
const tms = join(dir, "tms.csv");
writeFileSync(crm, csvText(CRM_HEADERS, CRM_ROWS));
writeFileSync(tms, csvText(TMS_HEADERS, TMS_ROWS));
const INPUTS = ["crm.csv", "tms.csv"];

async function explain(file: string, ...extra: string[]): Promise<string[]> {
  const run = await runInProcess(["grade", file, "--explain-columns", ...extra]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  return run.stdout.trimEnd().split("\n");
}

/** The listing line of a column (1-based), found by its number. */
const lineOf = (lines: readonly string[], column: number): string =>
  lines.find((l) => l.trimStart().startsWith(`${column}. `)) ?? "";

const label = (field: FieldId, lang: Lang): string => FIELDS[field].label[lang];

test("en: each column with its field, how it was read, how sure, its period and samples; then the table's facts", async () => {
  const lines = await explain(crm, "--lang", "en");
  expect(lines[0]).toBe('How the 10 columns of "crm" are read:');
  expect(lines.filter((l) => /^ +\d+\. /.test(l))).toHaveLength(10);
  const sales = lineOf(lines, 5);
  expect(sales).toMatch(/^ +5\. "Sales \(2017\)" → /);
  expect(sales).toContain(label("annualAmount", "en"));
  expect(sales).toMatch(/\(known name[^)]*, \d{1,3}% sure, period 2017\)/);
  expect(sales).toContain('e.g. "18250.40", "4120.00", "980.55"');
  expect(lineOf(lines, 10)).toBe(
    '  10. "Ship Mode" → not used: not recognised; e.g. "Standard Class", "Second Class", "First Class"',
  );
  expect(lines.find((l) => l.startsWith("Not assessed: "))).toContain('"Safety"');
  expect(lines.find((l) => l.startsWith("Amounts: "))).toContain("rank in this table");
  expect(lines.find((l) => l.startsWith("As of: "))).toContain("2017-12-31");
  expect(readdirSync(dir).sort()).toEqual(INPUTS); // nothing graded, nothing written
});

test("zh-CN: the same listing in Simplified Chinese", async () => {
  const lines = await explain(crm, "--lang", "zh-CN");
  expect(lines[0]).toBe("“crm”的 10 列识别如下：");
  expect(lineOf(lines, 5)).toContain(`${label("annualAmount", "zh-CN")}（名称一致`);
  expect(lineOf(lines, 5)).toMatch(/可信度 \d{1,3}%，期间 2017）；示例：“18250\.40”、“4120\.00”、“980\.55”$/);
  expect(lineOf(lines, 10)).toBe(
    "  10. “Ship Mode” → 未使用：无法识别；示例：“Standard Class”、“Second Class”、“First Class”",
  );
  expect(lines.find((l) => l.startsWith("未评估："))).toContain("安全性");
  expect(lines.find((l) => l.startsWith("金额："))).toContain("按本表排名");
  expect(lines.find((l) => l.startsWith("计算日期："))).toContain("2017-12-31");
});

test("zh-TW: the same listing in Traditional Chinese", async () => {
  const lines = await explain(crm, "--lang", "zh-TW");
  expect(lines[0]).toBe("「crm」的 10 欄辨識如下：");
  expect(lineOf(lines, 5)).toContain(`${label("annualAmount", "zh-TW")}（名稱一致`);
  expect(lineOf(lines, 5)).toMatch(/可信度 \d{1,3}%，期間 2017）；範例：「18250\.40」、「4120\.00」、「980\.55」$/);
  expect(lineOf(lines, 10)).toBe(
    "  10. 「Ship Mode」 → 未使用：無法辨識；範例：「Standard Class」、「Second Class」、「First Class」",
  );
  expect(lines.find((l) => l.startsWith("未評估："))).toContain("安全性");
  expect(lines.find((l) => l.startsWith("金額："))).toMatch(/[\u4e00-\u9fff]/);
  expect(lines.find((l) => l.startsWith("計算日期："))).toContain("2017-12-31");
});

test("without --lang the listing follows the environment, else the table's language", async () => {
  const fromEnv = await runInProcess(["grade", crm, "--explain-columns"], { LANG: "zh_TW.UTF-8" });
  expect(fromEnv.stdout).toMatch(/^「crm」的 10 欄辨識如下：/);
  const fromTable = await runInProcess(["grade", tms, "--explain-columns"]);
  expect(fromTable.stdout).toMatch(/^“tms”的 8 列识别如下：/);
});

test("why a column is not used: an older period, an ambiguous header, a repeated one; a unit as written", async () => {
  const lines = await explain(tms, "--lang", "en", "--as-of", "2026-11-22");
  const amount = label("annualAmount", "en");
  expect(lineOf(lines, 2)).toMatch(/→ .*period 本年, unit 万元\)/);
  expect(lineOf(lines, 3)).toContain(`not used: an older period; ${amount} is read from "本年运费收入(万元)"`);
  expect(lineOf(lines, 7)).toContain(
    `not used: ambiguous, could be ${label("customerName", "en")} or ${label("contact", "en")}`,
  );
  expect(lineOf(lines, 8)).toContain(`not used: ${label("customerName", "en")} is read from "客户简称"`);
  expect(lines.some((l) => l.startsWith("As of: "))).toBe(false); // the date was given
});

test("the listing says of each column what --json's mapping says", async () => {
  for (const file of [crm, tms]) {
    const lines = await explain(file, "--lang", "en", "--as-of", "2026-11-22");
    const out = join(tempDir("explain-json"), "graded.csv");
    const run = await runInProcess(["grade", file, "--json", "--as-of", "2026-11-22", "--out", out]);
    const { mapping } = JSON.parse(run.stdout) as JsonDocument;
    for (const c of mapping) {
      const line = lineOf(lines, c.column);
      if (c.field === null) expect({ line, used: line.includes("→ not used: ") }).toEqual({ line, used: true });
      else expect(line).toContain(`→ ${label(c.field as FieldId, "en")} (`);
    }
  }
});

test("a table nothing of which can be graded is still listed, with why it cannot be graded", async () => {
  const input = join(tempDir("explain-none"), "notes.csv");
  writeFileSync(input, csvText(["Favourite colour", "Weather"], [["teal", "rain"]]));
  const lines = await explain(input, "--lang", "en");
  expect(lines.slice(1, 3)).toEqual([
    '  1. "Favourite colour" → not used: not recognised; e.g. "teal"',
    '  2. "Weather" → not used: not recognised; e.g. "rain"',
  ]);
  expect(lines[3]).toMatch(/^Cannot grade: \S/);
});

describe.each(["--json", "--out", "--format", "--force"])("--explain-columns with %s", (flag) => {
  const argv = ["grade", crm, "--explain-columns", flag, ...(flag === "--out" ? [join(dir, "out.xlsx")] : [])];

  test("is refused as wrong arguments, exit 2, before any file is read, nothing written", async () => {
    const run = await runInProcess(argv);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `Wrong arguments: --explain-columns only lists how the columns are read and writes nothing, so ${flag} does not go with it (grade without --explain-columns to write). Run customer-grader --help for usage.\n`,
    });
    expect(readdirSync(dir).sort()).toEqual(INPUTS);
  });

  test("in the environment's language", async () => {
    const cn = await runInProcess(argv, { LANG: "zh_CN.UTF-8" });
    expect(cn.stderr).toBe(
      `命令行参数有误：--explain-columns 只列出各列如何识别，不写任何文件，不能与 ${flag} 同用（要写出结果，请去掉 --explain-columns）。运行 customer-grader --help 查看用法。\n`,
    );
    const tw = await runInProcess(argv, { LANG: "zh_TW.UTF-8" });
    expect(tw.stderr).toContain(`不能與 ${flag} 同用`);
    expect(tw.code).toBe(2);
  });
});

test("--explain-columns belongs to grade: format refuses it", async () => {
  const run = await runInProcess(["format", join(dir, "a.xlsx"), "--explain-columns"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--explain-columns does not apply to "format"');
});
