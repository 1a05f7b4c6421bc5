/**
 * Workbook packages written part by part, as programs other than Excel write them (cells without `r`, XML
 * namespace prefixes, odd shared strings): what ExcelJS cannot be made to write.
 */
import JSZip from "jszip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface RawSheet {
  readonly name: string;
  /** The whole worksheet part; `MAIN_NS` is its default namespace unless it says otherwise. */
  readonly xml: string;
}

export interface RawPackage {
  readonly sheets: readonly RawSheet[];
  /** `<si>` texts (already XML-escaped), or the whole part when a string. */
  readonly sharedStrings?: readonly string[] | string;
  /** The whole workbook.xml; default: the sheets in order, unprefixed. */
  readonly workbook?: string;
}

const rel = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/** The default workbook.xml for `sheets`, with Excel's `calcPr`. */
export function workbookXml(sheets: readonly RawSheet[], prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const items = sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}workbook xmlns${prefix ? `:${prefix}` : ""}="${MAIN_NS}" xmlns:r="${REL_NS}"><${p}sheets>${items}</${p}sheets><${p}calcPr calcId="171027"/></${p}workbook>`;
}

/** A worksheet part around `rows` (the `<row>` elements). */
export function sheetXml(rows: string, prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns${prefix ? `:${prefix}` : ""}="${MAIN_NS}" xmlns:r="${REL_NS}"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
}

/** An inline-string cell (`ref` null: no `r` attribute). */
export const textCell = (ref: string | null, text: string): string =>
  `<c${ref ? ` r="${ref}"` : ""} t="inlineStr"><is><t>${text}</t></is></c>`;
export const numberCell = (ref: string | null, n: number): string => `<c${ref ? ` r="${ref}"` : ""}><v>${n}</v></c>`;

export async function rawPackage(pkg: RawPackage): Promise<Buffer> {
  const zip = new JSZip();
  const strings = pkg.sharedStrings;
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
    ...pkg.sheets.map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    ),
    ...(strings ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`] : []),
  ];
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL_NS}">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
  );
  zip.file("xl/workbook.xml", pkg.workbook ?? workbookXml(pkg.sheets));
  const n = pkg.sheets.length;
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL_NS}">${pkg.sheets.map((_, i) => rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`)).join("")}${rel(`rId${n + 1}`, "styles", "styles.xml")}${strings ? rel(`rId${n + 2}`, "sharedStrings", "sharedStrings.xml") : ""}</Relationships>`,
  );
  zip.file("xl/styles.xml", STYLES);
  if (typeof strings === "string") zip.file("xl/sharedStrings.xml", strings);
  else if (strings)
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN_NS}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
    );
  pkg.sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The end of a zip64 package: a zip64 locator, then the classic end record saying "see zip64". */
export function zip64Tail(): Buffer {
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60), locator, end]);
}
