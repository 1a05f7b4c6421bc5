/**
 * Property: a table written in any of the five encodings reads back cell for cell as it was written, through
 * the same reader `grade` uses: named by `--encoding`, by a byte order mark, or decided from the bytes alone.
 * The seeds are fixed, so every run checks the same tables.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { encode } from "iconv-lite";
import { formatCsv } from "../../src/cli/csv";
import type { CsvEncoding } from "../../src/cli/encoding/names";
import { readSource } from "../../src/cli/source";
import { tempDir } from "./support/cli";

const dir = tempDir("encoding-round-trip");
let files = 0;

/**
 * The characters a logistics customer table is written in: words of customer names, contacts, cargo, lanes
 * and remarks in Simplified and Traditional Chinese, ASCII letters, digits and the punctuation CSV must quote.
 */
const CHINESE =
  "华东精密电子有限公司顺达物流张经理李女士王主管纺织品食品原材料每月两次国内各地东南亚快速配送全程追踪经济实惠按时送达" +
  "定制包装保证质量良好长期合作一般偶尔较差需谨慎评估冷链仓储干线运输整车零担报关上海深圳广州北京天津重庆成都武汉" +
  "華東精密電子有限公司順達物流張經理貿易運輸需求服務偏好財務狀況電子產品每週一次華東地區定製包裝保證質量長期合作" +
  "客户名称联系人电话年交易额逾期天数备注客戶名稱聯絡人電話年交易額逾期天數備註（）、。：；";
const ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_/()&@#%+=:'!?";
/** What CSV must quote: the delimiter, quotes and line breaks inside a field. */
const CSV_SPECIALS = ',"\r\n';

const PLATFORM_LABEL: Readonly<Record<CsvEncoding, string>> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  gb18030: "gb18030",
  big5: "big5",
};

/**
 * The characters of `pool` this encoding holds, as the platform's decoder reads them: Big5 has no
 * simplified-only characters, and iconv-lite's Big5 writes some of them (华) with Hong Kong (HKSCS) codes
 * that plain Big5, and so the reader, does not have.
 */
function representable(pool: string, encoding: CsvEncoding): string[] {
  const decoder = new TextDecoder(PLATFORM_LABEL[encoding], { fatal: true });
  return [...new Set(pool)].filter((c) => decoder.decode(encode(c, encoding)) === c);
}

type Cell = string | null;

function tableOf(chars: readonly string[]): fc.Arbitrary<{ headers: string[]; rows: Cell[][] }> {
  const text = (minLength: number) =>
    fc.array(fc.constantFrom(...chars), { minLength, maxLength: 12 }).map((a) => a.join(""));
  return fc.integer({ min: 2, max: 6 }).chain((width) =>
    fc.record({
      headers: fc.array(text(1), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(fc.option(text(1), { nil: null, freq: 5 }), { minLength: width, maxLength: width }), {
        maxLength: 8,
      }),
    }),
  );
}

function bytesIn(encoding: CsvEncoding, text: string, bom: boolean): Buffer {
  const body = encode(text, encoding);
  if (!bom) return body;
  const mark = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff] }[encoding as string];
  if (!mark) throw new Error(`${encoding} has no byte order mark`);
  return Buffer.concat([Buffer.from(mark), body]);
}

async function readBack(bytes: Buffer, encoding?: CsvEncoding): Promise<{ headers: unknown[]; rows: unknown[][] }> {
  const file = join(dir, `t${++files}.csv`);
  writeFileSync(file, bytes);
  const read = await readSource(file, {}, encoding);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.error)}`);
  return { headers: [...read.value.table.headers], rows: read.value.table.rows.map((r) => [...r]) };
}

const CASES: readonly (readonly [encoding: CsvEncoding, bom: boolean])[] = [
  ["utf8", false],
  ["utf8", true],
  ["utf16le", true],
  ["utf16be", true],
  ["gb18030", false],
  ["big5", false],
];

describe.each(CASES)("a table written in %s (byte order mark: %s)", (encoding, bom) => {
  const chars = [...representable(CHINESE, encoding), ...ASCII, ...CSV_SPECIALS];

  test("reads back cell for cell equal, named by --encoding", async () => {
    await fc.assert(
      fc.asyncProperty(tableOf(chars), async (table) => {
        const text = formatCsv([table.headers, ...table.rows], ",");
        expect(await readBack(bytesIn(encoding, text, bom), encoding)).toEqual(table);
      }),
      { seed: 20261207, numRuns: 60 },
    );
  });

  test("reads back cell for cell equal, with the encoding decided from the file", async () => {
    await fc.assert(
      fc.asyncProperty(tableOf(chars), async (table) => {
        const text = formatCsv([table.headers, ...table.rows], ",");
        expect(await readBack(bytesIn(encoding, text, bom))).toEqual(table);
      }),
      { seed: 20261207, numRuns: 60 },
    );
  });
});
