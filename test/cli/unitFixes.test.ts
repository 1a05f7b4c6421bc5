/** Small pieces the graded copy relies on: recalculation flag, Excel's text escapes, zip checksums, paths, stdout. */
import { linkSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { samePath } from "../../src/cli/io";
import { sameAsWritten, sameInWorkbook } from "../../src/cli/outputs";
import { withFullCalcOnLoad } from "../../src/cli/xlsx/calcOnLoad";
import { PrefixedXmlError, decodeOoxmlEscapes, ooxmlEscape, refusePrefixed } from "../../src/cli/xlsx/xml";
import { parseRow } from "../../src/cli/xlsx/sheetXml";
import { xmlTree } from "../../src/cli/xlsx/xmlTree";
import { ZipWriter } from "../../src/cli/xlsx/zipWriter";
import { tempDir } from "./support/cli";

test("fullCalcOnLoad is added to calcPr, set when 0, or a calcPr is put where the schema wants it", () => {
  expect(withFullCalcOnLoad('<workbook><sheets/><calcPr calcId="171027"/></workbook>')).toBe(
    '<workbook><sheets/><calcPr fullCalcOnLoad="1" calcId="171027"/></workbook>',
  );
  expect(withFullCalcOnLoad('<workbook><calcPr calcId="1" fullCalcOnLoad="0"></calcPr></workbook>')).toBe(
    '<workbook><calcPr calcId="1" fullCalcOnLoad="1"></calcPr></workbook>',
  );
  expect(withFullCalcOnLoad("<workbook><sheets/><definedNames/><extLst/></workbook>")).toBe(
    '<workbook><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><extLst/></workbook>',
  );
  expect(withFullCalcOnLoad("<workbook><sheets/></workbook>")).toBe(
    '<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>',
  );
});

test.each([
  ["a literal _x0041_", "备注 _x0041_ 原文", "备注 _x005F_x0041_ 原文"],
  ["a carriage return", "第一行\r\n第二行", "第一行_x000D_\n第二行"],
  ["control characters", "a\u0001b\u001Fc", "a_x0001_b_x001F_c"],
  ["plain text", "重点客户_x 优先", "重点客户_x 优先"],
])("text is stored as Excel stores it and read back the same: %s", (_, text, stored) => {
  expect(ooxmlEscape(text)).toBe(stored);
  expect(decodeOoxmlEscapes(ooxmlEscape(text))).toBe(text);
});

test("a character reference outside Unicode decodes to U+FFFD instead of throwing", () => {
  // Both readers: saxes (every small part) and the fast scanner (the sheet).
  const text = "a&#x110000;b&#1114112;c&#x4E2D;";
  expect(xmlTree(`<v>${text}</v>`)[0]?.text).toBe("a\uFFFDb\uFFFDc中");
  expect(parseRow(`<row r="1"><c r="A1" t="str"><v>${text}</v></c></row>`, 0).cells[0]?.value).toBe(
    "a\uFFFDb\uFFFDc中",
  );
});

test("the zip writer writes checksums a checking zip reader accepts (a whole part and a streamed one)", async () => {
  const path = join(tempDir("crc"), "t.zip");
  const zip = new ZipWriter(path);
  zip.add("a.xml", Buffer.from("<a>客户</a>"), { time: 0, date: 0x21 });
  await zip.addStream(
    "b.xml",
    (async function* () {
      yield "<b>";
      yield "分级".repeat(10_000);
      yield "</b>";
    })(),
    { time: 0, date: 0x21 },
  );
  zip.finish();
  const read = await JSZip.loadAsync(readFileSync(path), { checkCRC32: true });
  expect(await read.file("a.xml")?.async("string")).toBe("<a>客户</a>");
  expect((await read.file("b.xml")?.async("string"))?.length).toBe(20_007);
});

test("two names of one file are the same path (a hard link here; a name differing in case on macOS and Windows)", () => {
  const dir = tempDir("same-path");
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "in.xlsx"), "x");
  linkSync(join(dir, "in.xlsx"), join(dir, "sub", "link.xlsx"));
  expect(samePath(join(dir, "sub", "link.xlsx"), join(dir, "in.xlsx"))).toBe(true);
  writeFileSync(join(dir, "other.xlsx"), "x");
  expect(samePath(join(dir, "other.xlsx"), join(dir, "in.xlsx"))).toBe(false);
  expect(samePath(join(dir, "missing.xlsx"), join(dir, "in.xlsx"))).toBe(false);
  expect(samePath(join(dir, "sub", "..", "in.xlsx"), join(dir, "in.xlsx"))).toBe(true);
  expect(readFileSync(join(dir, "in.xlsx"), "utf8")).toBe("x");
});

test("a workbook cell equals an output only with the same type, as the add-in decides; a CSV field by its text", () => {
  expect(sameInWorkbook("97.3", 97.3)).toBe(false);
  expect(sameInWorkbook(97.3, 97.3)).toBe(true);
  expect(sameInWorkbook(1, "1")).toBe(false);
  expect(sameInWorkbook("A", "A")).toBe(true);
  expect(sameInWorkbook(null, null)).toBe(true);
  expect(sameAsWritten("97.3", 97.3)).toBe(true);
});

test("prefixes are refused on a part's root and on elements Excel never prefixes, not on Excel's own extensions", () => {
  const M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  expect(() =>
    refusePrefixed(`<?xml version="1.0"?>\r\n<x:worksheet xmlns:x="${M}"><x:sheetData/></x:worksheet>`, "s"),
  ).toThrow(PrefixedXmlError);
  expect(() => refusePrefixed(`<worksheet xmlns="${M}" xmlns:x="${M}"><x:sheetData/></worksheet>`, "s")).toThrow(
    PrefixedXmlError,
  );
  expect(() =>
    refusePrefixed(
      `<?xml version="1.0"?><table xmlns="${M}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><tableColumns count="1"><tableColumn id="1" name="a"/></tableColumns><extLst><ext><x14:table altText="t"/></ext></extLst></table>`,
      "t",
    ),
  ).not.toThrow();
  expect(() =>
    refusePrefixed(
      `<workbook xmlns="${M}" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"><x15ac:absPath url="C:\\"/><sheets><sheet name="a"/></sheets></workbook>`,
      "w",
    ),
  ).not.toThrow();
});
