/**
 * Bad input, through the built command as a child process: one line on stderr naming the problem and what
 * to do, exit code 2, no stack trace, nothing on stdout and no file written.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { Workbook } from "exceljs";
import { type CellValue, defaultRuleSetJson } from "../../src/engine";
import { BIN, ensureBuilt, runBuilt, tempDir } from "./support/cli";
import { rawPackage, sheetXml, textCell, zip64Tail } from "./support/rawPackage";
import { SEED_HEADERS, SEED_ROWS, csvText, tableWorkbook } from "./support/workbooks";

beforeAll(() => ensureBuilt());

const dir = tempDir("bad");

/** A minimal Compound File Binary header with an "EncryptionInfo" directory name, as Office writes it. */
function encryptedOfficeFile(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from("EncryptionInfo", "utf16le").copy(bytes, 1024);
  Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 1152);
  return bytes;
}

/** A zip holding one part that is not a workbook (a .docx is a zip too). */
async function zipWithout(name: string): Promise<Buffer> {
  return new JSZip().file(name, "<x/>").generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

interface BadCase {
  readonly what: string;
  readonly setup: (d: string) => Promise<string[]> | string[];
  readonly message: RegExp;
}

const write = (d: string, name: string, data: string | Buffer): string => {
  writeFileSync(join(d, name), data);
  return name;
};

const cases: BadCase[] = [
  {
    what: "a missing file",
    setup: () => ["grade", "nope.xlsx"],
    message: /^File not found: nope\.xlsx\. Check the path/,
  },
  {
    what: "a file that is not a workbook",
    setup: (d) => ["grade", write(d, "notes.xlsx.txt.pdf", "%PDF-1.4 hello")],
    message: /is not an \.xlsx workbook or a CSV file: save it from Excel as \.xlsx/,
  },
  {
    what: "a zip that is not a workbook",
    setup: async (d) => ["grade", write(d, "letter.xlsx", await zipWithout("word/document.xml"))],
    message: /is not an \.xlsx workbook/,
  },
  {
    what: "a legacy .xls",
    setup: (d) => [
      "grade",
      write(
        d,
        "old.xls",
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      ),
    ],
    message: /save it from Excel as \.xlsx/,
  },
  {
    what: "a password-protected workbook",
    setup: (d) => ["grade", write(d, "secret.xlsx", encryptedOfficeFile())],
    message: /is password-protected \(encrypted\): open it in Excel, remove the password/,
  },
  {
    what: "a corrupt workbook (truncated)",
    setup: async (d) => [
      "grade",
      write(d, "cut.xlsx", (await tableWorkbook(SEED_HEADERS, SEED_ROWS)).subarray(0, 900)),
    ],
    message: /is damaged and cannot be read/,
  },
  {
    what: "a corrupt workbook (not a zip at all)",
    setup: (d) => ["grade", write(d, "garbage.xlsx", "this is not a zip")],
    message: /is damaged and cannot be read \(not a zip package\)/,
  },
  {
    what: "a CSV with no header row",
    setup: (d) => ["grade", write(d, "empty.csv", "\r\n\r\n")],
    message: /has no table and its first sheet has no header row/,
  },
  {
    what: "a workbook with no table and an empty first sheet",
    setup: async (d) => ["grade", write(d, "blank.xlsx", await blankWorkbook())],
    message: /has no table and its first sheet has no header row/,
  },
  {
    what: "no recognisable columns",
    setup: (d) => ["grade", write(d, "odd.csv", csvText(["foo", "bar"], [["1", "2"]]))],
    message: /^No column the grading can use was recognised: add or rename columns, e\.g\./,
  },
  {
    what: "a table name that does not exist",
    setup: async (d) => ["grade", write(d, "t.xlsx", await tableWorkbook(SEED_HEADERS, SEED_ROWS)), "--table", "Nope"],
    message: /There is no table named "Nope" \(tables: 客户表\)/,
  },
  {
    what: "a sheet name that does not exist",
    setup: async (d) => ["grade", write(d, "s.xlsx", await tableWorkbook(SEED_HEADERS, SEED_ROWS)), "--sheet", "Nope"],
    message: /There is no sheet named "Nope" \(sheets: 客户\)/,
  },
  {
    what: "a rule set that does not validate",
    setup: (d) => [
      "grade",
      write(d, "ok.csv", csvText(SEED_HEADERS, SEED_ROWS)),
      "--rules",
      write(d, "bad-rules.json", JSON.stringify({ format: "customer-grader/rules", version: 1 })),
    ],
    message:
      /^The rule set bad-rules\.json has \d+ problem\(s\) \(\$?[^)]*: .*run customer-grader rules --check bad-rules\.json/,
  },
  {
    what: "a rule set whose every weight is 1e308 (the sums would overflow)",
    setup: (d) => [
      "grade",
      write(d, "big.csv", csvText(SEED_HEADERS, SEED_ROWS)),
      "--rules",
      write(d, "big-weights.json", JSON.stringify(defaultRuleSetJson()).replace(/"weight":[0-9.]+/g, '"weight":1e308')),
      "--lang",
      "en",
    ],
    message:
      /^The rule set big-weights\.json has \d+ problem\(s\) \(dimensions\[0\]\.weight: too big \(1e\+308\): a weight is 0 \(left out\) or from 0\.000001 to 1,000,000/,
  },
  {
    what: "a rule set that is not JSON",
    setup: (d) => [
      "grade",
      write(d, "ok2.csv", csvText(SEED_HEADERS, SEED_ROWS)),
      "--rules",
      write(d, "rules.txt", "{ nope"),
    ],
    message: /^Cannot read the rule set rules\.txt/,
  },
  {
    what: "an unknown option",
    setup: () => ["grade", "x.csv", "--colour"],
    message: /^Wrong arguments: unknown option --colour\. Run customer-grader --help/,
  },
  {
    what: "a workbook written with x: namespace prefixes (.NET Open XML SDK exports)",
    setup: async (d) => [
      "grade",
      write(
        d,
        "erp.xlsx",
        await rawPackage({ sheets: [{ name: "S1", xml: sheetXml(textCell("A1", "客户名称"), "x") }] }),
      ),
    ],
    message:
      /is not in the form Excel saves \(its XML uses x: namespace prefixes.*save it as an Excel Workbook \(\.xlsx\) and try again\./,
  },
  {
    what: "a zip64 package (4 GB and over)",
    setup: (d) => ["grade", write(d, "huge.xlsx", zip64Tail())],
    message:
      /is too large for the command line \(it reads files under 2 GB whose sheets are under 4 GB\): split the customers/,
  },
  {
    what: "an output that is the input",
    setup: (d) => ["grade", write(d, "self.csv", csvText(SEED_HEADERS, SEED_ROWS)), "--out", "self.csv", "--force"],
    message: /is the input file: the command line never overwrites its input/,
  },
  {
    what: "a CSV with a quote that is never closed",
    setup: (d) => [
      "grade",
      write(d, "open-quote.csv", `${SEED_HEADERS.join(",")}\r\nXX科技有限公司,"张经理\r\nYY贸易公司,李女士\r\n`),
      "--lang",
      "en",
    ],
    message:
      /^In open-quote\.csv, the quote that opens row 2, column 2 is never closed, so everything after it would fall into that one cell: close the quote/,
  },
  {
    what: "a CSV as wide as a sheet (16,384 columns), with no room for the grade, score and remark columns",
    setup: (d) => ["grade", write(d, "wide.csv", wideCsv(wideHeaders(SHEET_COLUMNS))), "--lang", "en"],
    message:
      /^No room for the grading's columns \(客户等级, 评分, and 备注\): the table has 16,384 columns; a sheet holds at most 16,384 \(A to XFD\), so 3 more do not fit\. Delete at least 3 column\(s\) the grading does not read, or write a CSV with --out NAME\.csv, and try again\.$/m,
  },
  {
    what: "a CSV with room for only one of the three columns",
    setup: (d) => ["grade", write(d, "wide-2.csv", wideCsv(wideHeaders(SHEET_COLUMNS - 1, ["评分"]))), "--lang", "en"],
    message:
      /^No room for the grading's columns \(客户等级 and 备注\): the table has 16,383 columns.* so 2 more do not fit\. Delete at least 1 column\(s\)/,
  },
  {
    what: "an .xlsx table that reaches column XFD",
    setup: async (d) => ["grade", write(d, "xfd.xlsx", await workbookToXfd()), "--lang", "en"],
    message:
      /^No room for the grading's columns \(客户等级, 评分, and 备注\): the table has 16,382 columns and ends at column 16,384 of the sheet; a sheet holds at most 16,384 \(A to XFD\), so 3 more do not fit\. Delete at least 3 column\(s\) the grading does not read \(or move the table left\)/,
  },
  {
    what: "format on an .xlsx table that reaches column XFD",
    setup: async (d) => ["format", write(d, "xfd-format.xlsx", await workbookToXfd())],
    message:
      /^表格没有空间添加分级的列（客户等级、评分和备注）：表格有 16,382 列，到工作表的第 16,384 列为止，而工作表最多 16,384 列（A 到 XFD），再加 3 列放不下。请删除至少 3 个分级不读取的列（或把表格左移）/,
  },
];

/** Excel's sheet width: columns A to XFD. */
const SHEET_COLUMNS = 16_384;

/** `count` headers: the seed's customer columns, then filler the grading does not read. */
const wideHeaders = (count: number, own: readonly string[] = []): string[] => {
  const named = [...SEED_HEADERS.slice(0, 6), ...own];
  return [...named, ...Array.from({ length: count - named.length }, (_, i) => `附加${i + 1}`)];
};

/** A CSV of `headers` and one customer. */
const wideCsv = (headers: readonly string[]): string =>
  csvText(headers, [headers.map((_, i) => SEED_ROWS[0]?.[i] ?? (i < 6 ? "" : "1"))]);

/** An Excel table from C1 to XFD2 (the sheet's last column): as wide as the sheet allows after two columns. */
async function workbookToXfd(): Promise<Buffer> {
  const workbook = new Workbook();
  const headers = wideHeaders(SHEET_COLUMNS - 2);
  workbook.addWorksheet("客户").addTable({
    name: "宽表",
    ref: "C1",
    headerRow: true,
    columns: headers.map((name) => ({ name })),
    rows: [headers.map((_, i) => SEED_ROWS[0]?.[i] ?? 1)],
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function blankWorkbook(): Promise<Buffer> {
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  workbook.addWorksheet("Sheet1");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(cases)("$what", ({ setup, message }) => {
  test("one line on stderr, exit 2, no stack, nothing written", async () => {
    const d = tempDir("case");
    const argv = await setup(d);
    const before = readdirSync(d).sort();
    const run = runBuilt(argv, { cwd: d });
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(run.stdout).toBe("");
    expect(run.code).toBe(2);
    expect(readdirSync(d).sort()).toEqual(before);
  });
});

test("a CSV as wide as a sheet whose table already has the grade, score and remark columns is graded", () => {
  const d = tempDir("full-width");
  write(d, "full.csv", wideCsv(wideHeaders(SHEET_COLUMNS, ["客户等级", "评分", "备注"])));
  const run = runBuilt(["grade", "full.csv", "--lang", "en", "--as-of", "2026-11-22"], { cwd: d });
  expect(run.stderr).toMatch(/^Graded 1 rows?: .*written to full\.graded\.xlsx$/m);
  expect(run.code).toBe(0);
  expect(readdirSync(d).sort()).toEqual(["full.csv", "full.graded.xlsx"]);
});

test("messages follow LANG: the same missing file in Traditional Chinese", () => {
  const run = runBuilt(["grade", "nope.xlsx"], { cwd: dir, env: { LANG: "zh_TW.UTF-8" } });
  expect(run.stderr).toBe("找不到檔案 nope.xlsx：請檢查路徑和檔名。\n");
  expect(run.code).toBe(2);
});

test("--lang wins over LANG", () => {
  const run = runBuilt(["grade", "nope.xlsx", "--lang", "zh-CN"], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
  expect(run.stderr).toBe("找不到文件 nope.xlsx：请检查路径和文件名。\n");
});

test("without --lang or a Chinese/English LANG, a table's problem is told in the table's language", () => {
  writeFileSync(join(dir, "cn.csv"), csvText(["城市", "邮编"], [["上海", "200000"]] as CellValue[][]));
  const run = runBuilt(["grade", "cn.csv"], { cwd: dir, env: { LANG: "C.UTF-8" } });
  expect(run.stderr).toMatch(/^没有识别出可用于分级的列/);
  expect(run.code).toBe(2);
});

test("the command before it is built says how to build it (exit 2)", () => {
  const copy = tempDir("unbuilt");
  mkdirSync(join(copy, "bin"));
  copyFileSync(BIN, join(copy, "bin", "customer-grader.cjs"));
  const run = spawnSync(process.execPath, [join(copy, "bin", "customer-grader.cjs"), "grade", "x.xlsx"], {
    encoding: "utf8",
  });
  expect(run.stderr).toBe(
    "customer-grader is not built yet: run `npm run build:cli` (or `npm run build`) in the project folder first.\n",
  );
  expect(run.status).toBe(2);
});
