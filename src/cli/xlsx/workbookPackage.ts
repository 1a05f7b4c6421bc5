/**
 * A workbook package as the command line needs it: its parts (by name), its sheets in order with their
 * tables, and its shared strings. Read from the zip without loading anything else.
 */
import { type CellRange, decodeOoxmlEscapes, parseRange, refuseIfPrefixed, refusePrefixed, resolveTarget } from "./xml";
import { scanLargeXml } from "./fastXmlScan";
import { type ScannedElement, attributeOf, scanXml } from "./xmlScan";
import { type ZipEntry, zipEntryData } from "./zipParts";

export interface TablePart {
  readonly path: string;
  readonly name: string;
  readonly range: CellRange;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
}

export interface SheetPart {
  readonly name: string;
  readonly path: string;
  readonly tables: readonly TablePart[];
}

export interface WorkbookPackage {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings: readonly string[];
  /** The main part ("xl/workbook.xml" as Excel names it). */
  readonly workbookPath: string;
  text(path: string): string | null;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The part's elements that `wanted` picks; SpreadsheetML written with prefixes is refused. */
function elementsOf(xml: string, part: string, wanted: (e: ScannedElement) => boolean): ScannedElement[] {
  const out: ScannedElement[] = [];
  scanXml(xml, {
    open: (e) => {
      refuseIfPrefixed(e, part);
      if (wanted(e)) out.push(e);
    },
  });
  return out;
}

function relationships(xml: string | null, folder: string, part: string): Relationship[] {
  if (!xml) return [];
  return elementsOf(xml, part, (e) => e.local === "Relationship" && e.depth === 1).map((e) => ({
    id: attributeOf(e, "Id") ?? "",
    type: attributeOf(e, "Type") ?? "",
    target: attributeOf(e, "TargetMode") === "External" ? "" : resolveTarget(folder, attributeOf(e, "Target") ?? ""),
  }));
}

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf("/") + 1);
const relsOf = (path: string): string => `${folderOf(path)}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;

/** The text of every `<si>`: plain `<t>` or rich-text runs (phonetic guides left out). */
export function parseSharedStrings(xml: string, part = "xl/sharedStrings.xml"): string[] {
  const out: string[] = [];
  const path: string[] = [];
  let text: string | null = null;
  let collecting = false;
  // As big as the data (a string for each customer): the fast scanner.
  scanLargeXml(
    xml,
    {
      open: (e) => {
        refuseIfPrefixed(e, part);
        if (e.depth === 1 && e.local === "si") {
          text = "";
          path.length = 0;
          return;
        }
        if (text === null) return;
        path.push(e.local);
        const at = path.join("/");
        collecting = at === "t" || at === "r/t";
      },
      close: (e) => {
        collecting = false;
        if (text === null) return;
        if (e.depth === 1 && e.local === "si") {
          out.push(decodeOoxmlEscapes(text));
          text = null;
        } else path.pop();
      },
      text: (t) => {
        if (collecting && text !== null) text += t;
      },
    },
    () => collecting,
  );
  return out;
}

function tablePart(path: string, xml: string): TablePart | null {
  const root = elementsOf(xml, path, (e) => e.depth === 0)[0];
  if (!root || root.local !== "table") return null;
  const range = parseRange(attributeOf(root, "ref") ?? "");
  if (!range) return null;
  return {
    path,
    name: attributeOf(root, "displayName") ?? attributeOf(root, "name") ?? "",
    range,
    headerRow: attributeOf(root, "headerRowCount") !== "0",
    totalsRow: Number(attributeOf(root, "totalsRowCount") ?? "0") > 0,
  };
}

export function readPackage(entryList: readonly ZipEntry[]): WorkbookPackage | null {
  const entries = new Map(entryList.map((e) => [e.name, e]));
  const text = (path: string): string | null => {
    const entry = entries.get(path);
    const data = entry ? zipEntryData(entry) : null;
    return data ? data.toString("utf8") : null;
  };
  const rootRels = relationships(text("_rels/.rels"), "", "_rels/.rels");
  const workbookPath = rootRels.find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbook = text(workbookPath);
  if (workbook === null) return null;
  const workbookRels = relationships(text(relsOf(workbookPath)), folderOf(workbookPath), relsOf(workbookPath));
  const sheets: SheetPart[] = [];
  for (const sheet of elementsOf(workbook, workbookPath, (e) => e.local === "sheet" && e.depth === 2)) {
    const id = attributeOf(sheet, "id", REL_NS) ?? "";
    const rel = workbookRels.find((r) => r.id === id);
    if (!rel || !rel.type.endsWith("/worksheet")) continue; // chart sheets and dialog sheets hold no table
    const tables: TablePart[] = [];
    const sheetRels = relationships(text(relsOf(rel.target)), folderOf(rel.target), relsOf(rel.target));
    for (const tableRel of sheetRels.filter((r) => r.type.endsWith("/table"))) {
      const xml = text(tableRel.target);
      const table = xml ? tablePart(tableRel.target, xml) : null;
      if (table) tables.push(table);
    }
    sheets.push({ name: attributeOf(sheet, "name") ?? "", path: rel.target, tables });
  }
  const stringsRel = workbookRels.find((r) => r.type.endsWith("/sharedStrings"));
  const strings = stringsRel ? text(stringsRel.target) : null;
  const styles = text("xl/styles.xml");
  if (styles) refusePrefixed(styles, "xl/styles.xml");
  return {
    entries,
    sheets,
    sharedStrings: strings && stringsRel ? parseSharedStrings(strings, stringsRel.target) : [],
    workbookPath,
    text,
  };
}
