/**
 * A CSV's encoding, through the command line in-process: decided (a byte order mark, valid UTF-8,
 * `--encoding`, or what the text reads as), said in the --json report and the summary line, and a file not
 * valid in it refused with where, never read in another encoding.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encode } from "iconv-lite";
import { runInProcess, tempDir } from "./support/cli";
import { csvText } from "./support/workbooks";
import { GRADE_JSON_KEYS } from "./support/jsonShape";

const dir = tempDir("encodings");
let files = 0;

/** Writes the bytes to a new CSV file of the temporary folder; returns its path and where its graded copy goes. */
function csvFile(bytes: Uint8Array): { input: string; out: string } {
  const name = `t${++files}`;
  const input = join(dir, `${name}.csv`);
  writeFileSync(input, bytes);
  return { input, out: join(dir, `${name}.graded.csv`) };
}

const grade = (input: string, out: string, ...more: string[]) =>
  runInProcess(["grade", input, "--json", "--out", out, "--as-of", "2026-11-22", "--lang", "en", ...more]);

interface Doc {
  readonly encoding: { readonly name: string; readonly why: string; readonly bom: boolean } | null;
  readonly rows: readonly { readonly name: string; readonly grade: string | null; readonly score: number | null }[];
}

/** The seed table's customers in Traditional characters: every one of them is in GBK and in Big5. */
const HEADERS = ["客戶名稱", "聯絡人", "聯絡電話", "運輸需求", "服務偏好", "財務狀況"];
const ROWS = [
  ["XX科技有限公司", "張經理", "139xxxxxx88", "電子產品,每月兩次,國內各地", "快速配送,全程追蹤", "良好,長期合作"],
  ["YY貿易公司", "李女士", "137xxxxxx99", "紡織品,每週一次,東南亞", "經濟實惠,按時送達", "一般,偶爾合作"],
  ["ZZ食品加工廠", "王主管", "136xxxxxx77", "食品原材料,每季度一次,華東地區", "定製包裝,保證質量", "較差,需謹慎評估"],
];
const TEXT = csvText(HEADERS, ROWS);

const withBom = (bom: readonly number[], bytes: Uint8Array): Buffer => Buffer.concat([Buffer.from(bom), bytes]);

const ENCODED: readonly (readonly [what: string, bytes: Buffer, encoding: Doc["encoding"]])[] = [
  ["GBK", encode(TEXT, "gbk"), { name: "gb18030", why: "detected", bom: false }],
  ["GB18030", encode(TEXT, "gb18030"), { name: "gb18030", why: "detected", bom: false }],
  ["Big5", encode(TEXT, "big5"), { name: "big5", why: "detected", bom: false }],
  ["UTF-8", Buffer.from(TEXT), { name: "utf8", why: "valid-utf8", bom: false }],
  ["UTF-8 with a BOM", withBom([0xef, 0xbb, 0xbf], Buffer.from(TEXT)), { name: "utf8", why: "bom", bom: true }],
  ["UTF-16LE with a BOM", withBom([0xff, 0xfe], encode(TEXT, "utf16le")), { name: "utf16le", why: "bom", bom: true }],
  ["UTF-16BE with a BOM", withBom([0xfe, 0xff], encode(TEXT, "utf16be")), { name: "utf16be", why: "bom", bom: true }],
];

test.each(ENCODED)(
  "the same table in %s is graded to the same grades, and the report says how it was read",
  async (_, bytes, encoding) => {
    const { input, out } = csvFile(bytes);
    const run = await grade(input, out);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.encoding).toEqual(encoding);
    expect(doc.rows.map((r) => [r.name, r.grade])).toEqual([
      ["XX科技有限公司", "A"],
      ["YY貿易公司", "B"],
      ["ZZ食品加工廠", "C"],
    ]);
  },
);

test("the summary line names the encoding when it is not UTF-8, with why; for UTF-8 it stays as it was", async () => {
  const lines = [];
  for (const [, bytes] of ENCODED) {
    const { input, out } = csvFile(bytes);
    lines.push((await grade(input, out)).stderr.replace(/; written to .*\n$/, ""));
  }
  const reads = lines.map((line) => /; read as [^;]+$/.exec(line)?.[0] ?? null);
  expect(reads).toEqual([
    "; read as GB18030/GBK (detected from the text)",
    "; read as GB18030/GBK (detected from the text)",
    "; read as Big5 (detected from the text)",
    null,
    null,
    "; read as UTF-16LE (byte order mark)",
    "; read as UTF-16BE (byte order mark)",
  ]);
});

/** GBK text with one byte that is no character (0xFF) inserted at the start of the first data line. */
function gbkWithBadByte(headers: readonly string[]): { bytes: Buffer; offset: number } {
  const names = ["华东精密电子有限公司", "顺达物流（深圳）有限公司", "成都川味食品加工厂"];
  const rows = names.map((name, i) => [name, "张经理", `13${i}xxxxxx88`, "良好,长期合作"]);
  const gbk = encode(csvText(headers, rows), "gbk");
  const offset = encode(csvText(headers, []), "gbk").length;
  return { bytes: Buffer.concat([gbk.subarray(0, offset), Buffer.from([0xff]), gbk.subarray(offset)]), offset };
}

test.each([
  ["English", ["Customer name", "Contact", "Phone", "Financial status"]],
  ["Chinese", ["客户名称", "联系人", "联系电话", "财务状况"]],
])(
  "a GBK file with %s headers and one invalid byte after the header line is refused as GBK with its offset and line, not read as Big5 nor called ungradable",
  async (_, headers) => {
    const { bytes, offset } = gbkWithBadByte(headers);
    const { input, out } = csvFile(bytes);
    const run = await grade(input, out);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        `${input} cannot be read as GB18030/GBK (the encoding its text reads as): at byte offset ${offset} (line 2), ` +
        `0xFF is not GB18030/GBK text, and reading it in another encoding would garble the file. If the file is in ` +
        `another encoding, name it with --encoding (utf8, utf16le, utf16be, gb18030 or big5); otherwise open it in ` +
        `Excel, save it as "CSV UTF-8 (Comma delimited)" and try again.\n`,
    });
    expect(existsSync(out)).toBe(false);
  },
);

test("the refusal is worded in the analyst's language", async () => {
  const { bytes, offset } = gbkWithBadByte(["客户名称", "联系人", "联系电话", "财务状况"]);
  const { input, out } = csvFile(bytes);
  const run = (lang: string) => runInProcess(["grade", input, "--out", out, "--lang", lang]);
  expect((await run("zh-CN")).stderr).toBe(
    `无法按 GB18030/GBK 读取 ${input}（按文本内容判断是此编码）：第 2 行、字节偏移 ${offset} 处的 0xFF 不是 GB18030/GBK 文字，` +
      `改用别的编码读取会把整个文件读成乱码，所以没有继续。如果文件是其他编码，请用 --encoding 指定（utf8、utf16le、utf16be、gb18030 或 big5）；` +
      `否则请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试。\n`,
  );
  expect((await run("zh-TW")).stderr).toMatch(
    new RegExp(`^無法以 GB18030/GBK 讀取 .*第 2 行、位元組位移 ${offset} 處的 0xFF 不是 GB18030/GBK 文字`),
  );
});

test("a UTF-8 file with one cell pasted in GBK is refused as UTF-8 at that cell, not read whole as GB18030, which decodes it", async () => {
  // Runs of UTF-8 bytes that GB18030 reads as pairs (none holds 0x80, one byte in GB18030).
  const utf8 = Buffer.from("客户名称,联系电话\r\n华东电子有限公司,王董\r\n顺达物流,");
  const bytes = Buffer.concat([utf8, encode("李总", "gbk"), Buffer.from("\r\n")]);
  expect(() => new TextDecoder("gb18030", { fatal: true }).decode(bytes)).not.toThrow();
  const { input, out } = csvFile(bytes);
  const run = await grade(input, out);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    `cannot be read as UTF-8 (the encoding its text reads as): at byte offset ${utf8.length} (line 3), 0xC0 is not UTF-8 text`,
  );
});

test("a byte order mark's encoding is held to: UTF-8 after its BOM with a bad byte is refused as UTF-8, naming the mark", async () => {
  const text = Buffer.concat([Buffer.from("客户名称,联系人\r\nA公司,"), Buffer.from([0xff]), Buffer.from("\r\n")]);
  const bytes = withBom([0xef, 0xbb, 0xbf], text);
  const { input, out } = csvFile(bytes);
  const run = await grade(input, out);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /cannot be read as UTF-8 \(as the byte order mark at its start says\): at byte offset \d+ \(line 2\)/,
  );
});

test("--encoding overrides detection and a byte order mark that contradicts it; a matching mark is not part of the text", async () => {
  // GBK bytes that Big5 reads too: named big5, they are read as Big5 (what the analyst asked for).
  const gbk = encode(csvText(["Customer name", "Contact"], [["顺达物流", "张经理"]]), "gbk");
  const asked = csvFile(gbk);
  const big5 = await runInProcess(["grade", asked.input, "--encoding", "big5", "--json", "--out", asked.out]);
  const big5Doc = JSON.parse(big5.stdout) as Doc;
  expect(big5Doc.encoding).toEqual({ name: "big5", why: "option", bom: false });
  expect(big5Doc.rows.map((r) => r.name)).toEqual([new TextDecoder("big5").decode(encode("顺达物流", "gbk"))]);
  expect(big5.stderr).toMatch(/; read as Big5 \(--encoding\); written to /);

  // The same file, named in any case, as GB18030: read right.
  const right = await runInProcess([
    "grade",
    asked.input,
    "--encoding",
    "GB18030",
    "--json",
    "--out",
    asked.out,
    "--force",
  ]);
  expect((JSON.parse(right.stdout) as Doc).rows.map((r) => r.name)).toEqual(["顺达物流"]);

  // A UTF-16LE mark read as UTF-16LE when asked: the mark is not a character of the first header.
  const utf16 = csvFile(
    withBom([0xff, 0xfe], encode(csvText(["客户名称", "联系人"], [["顺达物流", "张经理"]]), "utf16le")),
  );
  const marked = await runInProcess(["grade", utf16.input, "--encoding", "utf16le", "--json", "--out", utf16.out]);
  const markedDoc = JSON.parse(marked.stdout) as Doc & { mapping: { header: string }[] };
  expect(markedDoc.encoding).toEqual({ name: "utf16le", why: "option", bom: true });
  expect(markedDoc.mapping[0]?.header).toBe("客户名称");

  // A UTF-8 mark, but the analyst says GB18030: the option wins, and the mark's bytes are text in GB18030
  // (the rest is ASCII, which reads the same in both; UTF-8 Chinese would be refused as invalid GB18030).
  const utf8 = csvFile(withBom([0xef, 0xbb, 0xbf], Buffer.from("Customer Name,Annual Amount\r\nShunda,1200000\r\n")));
  const overridden = await runInProcess(["grade", utf8.input, "--encoding", "gb18030", "--json", "--out", utf8.out]);
  const overriddenDoc = JSON.parse(overridden.stdout) as Doc & { mapping: { header: string }[] };
  expect(overriddenDoc.encoding).toEqual({ name: "gb18030", why: "option", bom: false });
  expect(overriddenDoc.mapping[0]?.header.startsWith("锘")).toBe(true);
});

test("--encoding refuses a name it does not know, listing the five, and a workbook; it goes with --explain-columns", async () => {
  const { input } = csvFile(Buffer.from("客户名称\r\n顺达物流\r\n"));
  const unknown = await runInProcess(["grade", input, "--encoding", "gbk"]);
  expect(unknown).toEqual({
    code: 2,
    stdout: "",
    stderr: `Wrong arguments: --encoding must be utf8, utf16le, utf16be, gb18030 (also for GBK) or big5, not "gbk". Run customer-grader --help for usage.\n`,
  });
  const workbook = await runInProcess(["grade", join(dir, "book.xlsx"), "--encoding", "utf8"]);
  expect(workbook.code).toBe(2);
  expect(workbook.stderr).toMatch(/--encoding applies to a CSV file only/);

  const gbk = csvFile(encode("客户名称,联系人\r\n顺达物流,张经理\r\n", "gbk"));
  const explained = await runInProcess([
    "grade",
    gbk.input,
    "--explain-columns",
    "--encoding",
    "gb18030",
    "--lang",
    "en",
  ]);
  expect(explained.code).toBe(0);
  expect(explained.stdout).toMatch(/"客户名称" → Customer \(known name/);
});

test("a workbook's --json report has no encoding (null), every other key as before", async () => {
  const { tableWorkbook, SEED_HEADERS, SEED_ROWS } = await import("./support/workbooks");
  const input = join(dir, "seed.xlsx");
  writeFileSync(input, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  const run = await runInProcess(["grade", input, "--json", "--out", join(dir, "seed.graded.xlsx")]);
  const doc = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(Object.keys(doc)).toEqual([...GRADE_JSON_KEYS]);
  expect(doc.encoding).toBeNull();
});
