/** What the analyst and other tools read at the end: the --json document's shape and the summary line. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type JsonDocument, buildJsonDocument, jsonDocumentText } from "../../src/cli/jsonDocument";
import { runCli } from "../../src/cli/run";
import { type CellValue, defaultRuleSet, gradeTable, parseDate } from "../../src/engine";
import { summaryLine } from "../../src/cli/summary";
import { loadGoldenCases } from "../support/golden";
import { runInProcess, tempDir } from "./support/cli";
import { CRM_HEADERS, CRM_ROWS } from "./support/exportTables";
import { SEED_HEADERS, SEED_ROWS, csvText } from "./support/workbooks";

const summary = { counts: { A: 1, B: 1, C: 1, D: 0 }, graded: 3, incomplete: 1, skipped: 2, issues: 4 };

test("the summary line in each language", () => {
  const facts = { summary, replacedCells: 5, written: "客户.graded.xlsx" };
  expect(summaryLine(facts, "en")).toMatchInlineSnapshot(
    `"Graded 3 rows: A 1, B 1, C 1, D 0; 1 incomplete, 2 skipped; 4 unreadable cells; replaced 5 non-empty cells; written to 客户.graded.xlsx"`,
  );
  expect(summaryLine(facts, "zh-CN")).toMatchInlineSnapshot(
    `"已分级 3 行：A 1，B 1，C 1，D 0；1 行数据不全，2 行空行；4 个无法识别的单元格；替换了 5 个原有内容的单元格；已写入 客户.graded.xlsx"`,
  );
  expect(summaryLine(facts, "zh-TW")).toMatchInlineSnapshot(
    `"已分級 3 列：A 1，B 1，C 1，D 0；1 列資料不全，2 列空白；4 個無法辨識的儲存格；取代了 5 個原有內容的儲存格；已寫入 客户.graded.xlsx"`,
  );
});

test("the summary line says what was not assessed, an as-of date from the headers and the amount scale, in each language", () => {
  const facts = {
    summary,
    replacedCells: 0,
    written: "crm.graded.xlsx",
    notes: {
      notAssessed: ["Safety", "Future"],
      asOfFromHeaders: "2017-12-31",
      amounts: { ranked: ["Annual amount"], fixed: [] },
    },
  };
  expect(summaryLine(facts, "en")).toMatchInlineSnapshot(
    `"Graded 3 rows: A 1, B 1, C 1, D 0; 1 incomplete, 2 skipped; not assessed: Safety and Future; as of 2017-12-31 (from the headers); amounts ranked within the table; 4 unreadable cells; replaced 0 non-empty cells; written to crm.graded.xlsx"`,
  );
  const zh = { ...facts, notes: { ...facts.notes, notAssessed: ["安全性", "发展前景"] } };
  expect(summaryLine(zh, "zh-CN")).toMatchInlineSnapshot(
    `"已分级 3 行：A 1，B 1，C 1，D 0；1 行数据不全，2 行空行；未评估：安全性和发展前景；计算日期 2017-12-31（取自标题）；金额按本表排名评分；4 个无法识别的单元格；替换了 0 个原有内容的单元格；已写入 crm.graded.xlsx"`,
  );
  expect(
    summaryLine({ ...zh, notes: { ...zh.notes, notAssessed: ["安全性", "發展前景"] } }, "zh-TW"),
  ).toMatchInlineSnapshot(
    `"已分級 3 列：A 1，B 1，C 1，D 0；1 列資料不全，2 列空白；未評估：安全性和發展前景；計算日期 2017-12-31（取自標題）；金額依本表排名評分；4 個無法辨識的儲存格；取代了 0 個原有內容的儲存格；已寫入 crm.graded.xlsx"`,
  );
  // Nothing to say: the line is the one it always was.
  const none = { notAssessed: [], asOfFromHeaders: null, amounts: { ranked: [], fixed: [] } };
  expect(summaryLine({ ...facts, notes: none }, "en")).toBe(
    summaryLine({ summary, replacedCells: 0, written: "crm.graded.xlsx" }, "en"),
  );
  // Fixed bands, and both at once.
  const fixed = { ...none, amounts: { ranked: [], fixed: ["Annual amount"] } };
  expect(summaryLine({ ...facts, notes: fixed }, "en")).toContain("; amounts in fixed bands; ");
  const both = { ...none, amounts: { ranked: ["Annual amount"], fixed: ["Credit limit"] } };
  expect(summaryLine({ ...facts, notes: both }, "en")).toContain(
    "; amounts: Annual amount ranked within the table, Credit limit in fixed bands; ",
  );
});

test("grading a table without some dimensions says so on the summary line, and the as-of date its headers set", async () => {
  const dir = tempDir("summary-notes");
  const input = join(dir, "crm.csv");
  writeFileSync(input, csvText(CRM_HEADERS, CRM_ROWS));
  const run = await runInProcess(["grade", input, "--lang", "en"]);
  expect(run.code).toBe(0);
  const [line, ...more] = run.stderr.trimEnd().split("\n");
  expect(more).toEqual([]);
  expect(line).toMatch(
    /^Graded 4 rows: .*; 0 incomplete, 1 skipped; not assessed: .*Safety.*; as of 2017-12-31 \(from the headers\); amounts ranked within the table; 0 unreadable cells; .*written to /,
  );
  const given = await runInProcess(["grade", input, "--lang", "zh-CN", "--as-of", "2018-01-15", "--force"]);
  expect(given.stderr).toMatch(/；未评估：.*安全性.*；金额按本表排名评分；/);
  expect(given.stderr).not.toContain("取自标题");
});

test("--json: rows numbered from 1, unreadable cells named by their header with code and message, counts per grade", async () => {
  const golden = loadGoldenCases().find((c) => c.file === "structured.rules-and-issues.json");
  if (!golden || !("issues" in golden.expect)) throw new Error("golden case missing");
  const dir = tempDir("report");
  const input = join(dir, "structured.csv");
  writeFileSync(input, csvText(golden.headers, golden.rows));
  const run = await runInProcess(["grade", input, "--json", "--as-of", golden.asOf, "--lang", "en"]);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout) as JsonDocument;
  expect(doc.rows.map((r) => r.row)).toEqual(golden.rows.map((_, i) => i + 1));
  const issues = doc.rows.flatMap((r) =>
    r.issues.map((issue) => ({
      row: r.row - 1,
      column: golden.headers.indexOf(issue.column),
      code: issue.code,
      message: issue.message,
    })),
  );
  expect(issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual(golden.expect.issues);
  for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  const counted: Record<string, number> = {};
  for (const r of doc.rows) if (r.grade) counted[r.grade] = (counted[r.grade] ?? 0) + 1;
  for (const [letter, n] of Object.entries(doc.summary.counts)) expect(counted[letter] ?? 0).toBe(n);
  for (const r of doc.rows) {
    expect(["graded", "incomplete", "skipped"]).toContain(r.status);
    if (r.status === "graded") expect(r.reasons.some((reason) => reason.kind === "dimension")).toBe(true);
  }
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1); // the summary only: stdout is the document alone
});

test("the streamed --json text is exactly JSON.stringify of the document, for a table several pieces long", () => {
  const golden = loadGoldenCases().find((c) => c.file === "seed-000.zh-CN.json");
  if (!golden) throw new Error("golden case missing");
  const rows = Array.from({ length: 400 }, (_, i) => golden.rows[i % golden.rows.length] as CellValue[]);
  const graded = gradeTable({ headers: golden.headers, rows }, defaultRuleSet(), {
    asOf: parseDate(golden.asOf) as number,
  });
  if (!graded.ok) throw new Error("not graded");
  const headers = { grade: "客户等级", score: "评分", remark: "备注" };
  const table = { headers: golden.headers, rows };
  const pieces = [...jsonDocumentText("客户表", graded.value, headers, "zh-CN", table)];
  expect(pieces.length).toBeGreaterThan(2);
  expect(pieces.join("")).toBe(
    JSON.stringify(buildJsonDocument("客户表", graded.value, headers, "zh-CN", table)) + "\n",
  );
});

test("progress lines go to stderr only when it is a terminal, before the summary", async () => {
  const dir = tempDir("tty");
  const input = join(dir, "seed.csv");
  writeFileSync(input, csvText(SEED_HEADERS, SEED_ROWS));
  let stderr = "";
  const code = await runCli(["grade", input, "--lang", "en", "--as-of", "2026-11-22"], {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    env: {},
    stderrIsTTY: true,
    today: () => new Date(),
  });
  expect(code).toBe(0);
  const lines = stderr.trimEnd().split("\n");
  expect(lines.slice(0, 3)).toEqual([
    `… reading ${input}`,
    "… grading 3 rows",
    `… writing ${join(dir, "seed.graded.xlsx")}`,
  ]);
  expect(lines[3]).toMatch(/^Graded 3 rows/);
});

test("--json waits for stdout to take each piece before making the next (a slow pipe never holds the whole document)", async () => {
  const dir = tempDir("drain");
  const rows = Array.from({ length: 600 }, (_, i) => SEED_ROWS[i % SEED_ROWS.length] as readonly string[]);
  writeFileSync(join(dir, "many.csv"), csvText(SEED_HEADERS, rows));
  let pending = 0;
  let mostPending = 0;
  const pieces: string[] = [];
  const code = await runCli(["grade", join(dir, "many.csv"), "--json", "--as-of", "2026-11-22"], {
    // Like a pipe whose reader is behind: each write is taken a moment later.
    stdout: (text) => {
      pieces.push(text);
      pending++;
      mostPending = Math.max(mostPending, pending);
      return new Promise<void>((resolve) => setImmediate(() => (pending--, resolve())));
    },
    stderr: () => undefined,
    env: {},
    stderrIsTTY: false,
    today: () => new Date(2026, 10, 22),
  });
  expect(code).toBe(0);
  expect(pieces.length).toBeGreaterThan(2);
  expect(mostPending).toBe(1);
  expect((JSON.parse(pieces.join("")) as JsonDocument).rows).toHaveLength(600);
});
