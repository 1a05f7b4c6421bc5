/** CSV as analysts' tools write it: encodings, delimiters, quoting. */
import { encode } from "iconv-lite";
import { CsvSyntaxError, csvCellValue, detectDelimiter, formatCsv, parseCsv, parseCsvHeader } from "../../src/cli/csv";
import { decodeCsv } from "../../src/cli/encoding/decodeCsv";

const GBK_KEHU = Buffer.from([0xbf, 0xcd, 0xbb, 0xa7]); // 客户 in GBK

test.each([
  [
    "UTF-8 with a BOM",
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("客户,a")]),
    { name: "utf8", why: "bom", bom: true },
    "客户,a",
  ],
  ["UTF-8 without a BOM", Buffer.from("客户,a"), { name: "utf8", why: "valid-utf8", bom: false }, "客户,a"],
  [
    "GBK (Excel's CSV on Simplified Chinese Windows)",
    Buffer.concat([GBK_KEHU, Buffer.from(",a")]),
    { name: "gb18030", why: "detected", bom: false },
    "客户,a",
  ],
  [
    "UTF-16 with a BOM (Excel's Unicode Text)",
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("客户\ta", "utf16le")]),
    { name: "utf16le", why: "bom", bom: true },
    "客户\ta",
  ],
])("decodes %s", (_, bytes, encoding, text) => {
  expect(decodeCsv(bytes)).toEqual({ ok: true, value: { encoding, text } });
});

test("refuses bytes that are neither UTF-8 nor GB18030", () => {
  expect(decodeCsv(Buffer.from([0x81, 0x20, 0xff, 0xff])).ok).toBe(false);
});

test("finds the delimiter on the first line, ignoring quoted text", () => {
  expect(detectDelimiter('a,"b;c;d",e\r\n')).toBe(",");
  expect(detectDelimiter("a;b;c\n1,5;2,5;3")).toBe(";");
  expect(detectDelimiter("a\tb\tc")).toBe("\t");
});

test("parses quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF and LF", () => {
  expect(parseCsv('name,needs\r\n"XX, Ltd","电子产品,""每月两次""\n国内"\nYY,\r\n', ",")).toEqual([
    ["name", "needs"],
    ["XX, Ltd", '电子产品,"每月两次"\n国内'],
    ["YY", ""],
  ]);
});

test("writes what it reads back", () => {
  const rows = [
    ["客户名称", "备注"],
    ["XX, Ltd", 'say "hi"'],
    ["YY", null],
    [" padded ", 97.3],
  ];
  const text = formatCsv(rows, ",");
  expect(text.endsWith("\r\n")).toBe(true);
  expect(parseCsv(text, ",")).toEqual(rows.map((r) => r.map((v) => (v === null ? "" : String(v)))));
});

test.each([
  ["3400", 3400],
  ["-12.5", -12.5],
  ["0.125", 0.125],
  ["0139xxxxxx88", "0139xxxxxx88"],
  ["01", "01"],
  ["1e5", "1e5"],
  ["12.5万", "12.5万"],
  ["3,400", "3,400"],
  ["1234567890123456", "1234567890123456"],
  ["", null],
])("in the .xlsx copy of a CSV, %j becomes %j", (field, value) => {
  expect(csvCellValue(field)).toBe(value);
});

test("a Big5 CSV (Excel's CSV on Traditional Chinese Windows) is told from GB18030 by which decoding names known columns", () => {
  const text = "客戶名稱,聯絡人,財務狀況\r\n台灣物流,陳先生,良好\r\n";
  const bytes = encode(text, "big5");
  const recognised = (t: string) => (t.startsWith("客戶名稱") ? 1 : 0); // what source.ts asks mapColumns
  expect(decodeCsv(bytes, { headerScore: recognised })).toEqual({
    ok: true,
    value: { encoding: { name: "big5", why: "detected", bom: false }, text },
  });
  // GBK bytes stay GB18030 (a tie, or GB18030 reading better).
  const gbk = decodeCsv(encode("客户名称,联系人\r\n", "gbk"), { headerScore: () => 0 });
  expect(gbk.ok && gbk.value.encoding.name).toBe("gb18030");
});

test("a quote that opens a field and is never closed is refused with its row and column (1-based, as Excel shows them)", () => {
  expect(() => parseCsv('客户名称,备注\r\n"XX, Ltd",ok\r\nYY,"no end\r\nZZ,x\r\n', ",")).toThrow(
    expect.objectContaining({ name: "CsvSyntaxError", row: 3, column: 2 }),
  );
  expect(() => parseCsv('"a', ",")).toThrow(CsvSyntaxError);
});

test("quotes inside an unquoted field, or after a closed one, are kept as text; rows may end in CRLF, LF or CR; short rows stay short", () => {
  expect(parseCsv('12" pipe,a\r"ab"c,d\ne,f,g\r\nh', ",")).toEqual([
    ['12" pipe', "a"],
    ['"ab"c', "d"],
    ["e", "f", "g"],
    ["h"],
  ]);
  expect(parseCsv("\r\n\r\n", ",")).toEqual([[""], [""]]);
  expect(parseCsv("", ",")).toEqual([]);
});

test("the header row is read whole, with a quoted line break, and an unreadable one is no header", () => {
  expect(parseCsvHeader('"客户\n名称";备注\n1;2', ";")).toEqual(["客户\n名称", "备注"]);
  expect(parseCsvHeader('"客户名称,备注', ",")).toEqual([]);
});
