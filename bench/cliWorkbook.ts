/**
 * Benchmark workbooks for the command line, written straight as a package (an Excel table on one sheet,
 * shared strings, a styles part) so a million-row file takes seconds to make, not the minute ExcelJS needs.
 * The XML is shaped as Excel 365 saves it, since that is what the reader parses: `spans` and
 * `x14ac:dyDescent` on every row, styled cells (`s`: percent, date, money), sheet views, column widths,
 * page margins and a `calcPr`. The zip container is the command's own `ZipWriter` (the reader under test
 * is `zipParts.ts`; the writer's output is checked against JSZip and LibreOffice in test/cli).
 */
import { rmSync } from "node:fs";
import type { CellValue, Table } from "../src/engine";
import { ZipWriter } from "../src/cli/xlsx/zipWriter";
import { escapeXml } from "../src/cli/xlsx/xml";
import { columnLetters } from "../src/plan";

const STAMP = { time: 0, date: 0x21 };
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const SHEET_NS = `${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-000000000000}"`;
/** Cell styles by header: 1 percent (0.0%), 2 date (yyyy-mm-dd), 3 money (#,##0); the rest 0. */
const STYLE_OF: Readonly<Record<string, number>> = {
  毛利率: 1,
  准时付款率: 1,
  合作开始日期: 2,
  最近交易日期: 2,
  年交易额: 3,
  未结余额: 3,
  信用额度: 3,
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const text = (s: string) => Buffer.from(s, "utf8");
const NEWER_FUNCTIONS = /\b(IFS)\(/g;
const formulaCell = (formula: string, at: string): string =>
  `<c r="${at}"><f>${escapeXml(formula.replace(/^=/, "").replace(NEWER_FUNCTIONS, "_xlfn.$1("))}</f></c>`;

/**
 * @param formulas with it, each data row (1-based sheet row `r`) gets these formulas (without `=`, as Excel's
 *   UI shows them) right of its cells, no cached values: a spreadsheet must calculate them on load. Functions
 *   newer than Excel 2007 get the `_xlfn.` prefix the file format calls for.
 */
export async function writeTableWorkbook(
  path: string,
  table: Table,
  tableName = "Customers",
  formulas?: (r: number) => readonly string[],
): Promise<void> {
  const width = table.headers.length;
  const lastRow = table.rows.length + 1;
  const ref = `A1:${columnLetters(width - 1)}${lastRow}`;
  const usedWidth = width + (formulas?.(2).length ?? 0);
  const used = `A1:${columnLetters(usedWidth - 1)}${lastRow}`;
  const strings = new Map<string, number>();
  const stringIndex = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const styles = table.headers.map((h) => STYLE_OF[String(h)] ?? 0);
  const cell = (v: CellValue, r: number, c: number): string => {
    const at = `${columnLetters(c)}${r}`;
    const s = r > 1 && styles[c] ? ` s="${styles[c]}"` : "";
    if (typeof v === "number") return `<c r="${at}"${s}><v>${v}</v></c>`;
    if (typeof v === "string") return `<c r="${at}"${s} t="s"><v>${stringIndex(v)}</v></c>`;
    return "";
  };
  const rowStart = (r: number): string => `<row r="${r}" spans="1:${usedWidth}" x14ac:dyDescent="0.2">`;
  async function* sheet(): AsyncGenerator<string> {
    const cols = table.headers
      .map((_, c) => `<col min="${c + 1}" max="${c + 1}" width="${c === 0 ? 18.5 : 12.75}" customWidth="1"/>`)
      .join("");
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${SHEET_NS}><dimension ref="${used}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols>${cols}</cols><sheetData>`;
    yield `${rowStart(1)}${table.headers.map((h, c) => cell(h, 1, c)).join("")}</row>`;
    let batch = "";
    for (let i = 0; i < table.rows.length; i++) {
      const r = i + 2;
      const extra = formulas
        ? formulas(r)
            .map((f, k) => formulaCell(f, `${columnLetters(width + k)}${r}`))
            .join("")
        : "";
      batch += `${rowStart(r)}${(table.rows[i] ?? []).map((v, c) => cell(v, r, c)).join("")}${extra}</row>`;
      if (batch.length > 1 << 20) {
        yield batch;
        batch = "";
      }
    }
    yield batch;
    yield `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  }
  rmSync(path, { force: true }); // the zip writer only creates (two cases share an input's name)
  const zip = new ZipWriter(path);
  zip.add(
    "[Content_Types].xml",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
    ),
    STAMP,
  );
  zip.add(
    "_rels/.rels",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    STAMP,
  );
  zip.add(
    "xl/workbook.xml",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS}><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27831"/><workbookPr defaultThemeVersion="166925"/>` +
        `<bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="25820" windowHeight="15500"/></bookViews><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    ),
    STAMP,
  );
  zip.add(
    "xl/_rels/workbook.xml.rels",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    STAMP,
  );
  await zip.addStream("xl/worksheets/sheet1.xml", sheet(), STAMP);
  zip.add(
    "xl/worksheets/_rels/sheet1.xml.rels",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    ),
    STAMP,
  );
  const columns = table.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(String(h))}"/>`).join("");
  zip.add(
    "xl/tables/table1.xml",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="${tableName}" displayName="${tableName}" ref="${ref}"><autoFilter ref="${ref}"/><tableColumns count="${width}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
    ),
    STAMP,
  );
  zip.add(
    "xl/styles.xml",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
        `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
    ),
    STAMP,
  );
  const shared = [...strings.keys()].map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("");
  zip.add(
    "xl/sharedStrings.xml",
    text(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${shared}</sst>`,
    ),
    STAMP,
  );
  zip.finish();
}
