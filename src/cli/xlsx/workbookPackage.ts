/**
 * A workbook package as the command line needs it: its parts (by name), its sheets in order with their
 * tables, and its shared strings. Read from the zip without loading anything else.
 */
import {
  attributes,
  decodeOoxmlEscapes,
  decodeXml,
  parseRange,
  refusePrefixed,
  resolveTarget,
  type CellRange,
} from "./xml";
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
  readonly zip: Buffer;
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

function relationships(xml: string | null, folder: string): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => {
    const a = attributes(m[1] as string);
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: a.TargetMode === "External" ? "" : resolveTarget(folder, a.Target ?? ""),
    };
  });
}

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf("/") + 1);
const relsOf = (path: string): string => `${folderOf(path)}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;

/** The text of every `<si>`: plain `<t>` or rich-text runs (phonetic guides left out). */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const si of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
    const body = (si[1] ?? "").replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
    let text = "";
    for (const t of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += t[1];
    out.push(decodeOoxmlEscapes(decodeXml(text)));
  }
  return out;
}

export function readPackage(zip: Buffer, entryList: readonly ZipEntry[]): WorkbookPackage | null {
  const entries = new Map(entryList.map((e) => [e.name, e]));
  const text = (path: string): string | null => {
    const entry = entries.get(path);
    const data = entry ? zipEntryData(zip, entry) : null;
    return data ? data.toString("utf8") : null;
  };
  const rootRels = relationships(text("_rels/.rels"), "");
  const workbookPath = rootRels.find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbook = text(workbookPath);
  if (workbook === null) return null;
  refusePrefixed(workbook, "sheets|sheet", workbookPath, workbook.length);
  const workbookRels = relationships(text(relsOf(workbookPath)), folderOf(workbookPath));
  const sheets: SheetPart[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const a = attributes(m[1] as string);
    const rel = workbookRels.find((r) => r.id === (a["r:id"] ?? ""));
    if (!rel || !rel.type.endsWith("/worksheet")) continue; // chart sheets and dialog sheets hold no table
    const tables: TablePart[] = [];
    for (const tableRel of relationships(text(relsOf(rel.target)), folderOf(rel.target)).filter((r) =>
      r.type.endsWith("/table"),
    )) {
      const xml = text(tableRel.target);
      if (xml) refusePrefixed(xml, "tableColumns|tableColumn", tableRel.target, xml.length);
      const tag = xml ? /<table\b([^>]*)>/.exec(xml) : null;
      if (!tag) continue;
      const t = attributes(tag[1] as string);
      const range = parseRange(t.ref ?? "");
      if (!range) continue;
      tables.push({
        path: tableRel.target,
        name: t.displayName ?? t.name ?? "",
        range,
        headerRow: t.headerRowCount !== "0",
        totalsRow: Number(t.totalsRowCount ?? "0") > 0,
      });
    }
    sheets.push({ name: a.name ?? "", path: rel.target, tables });
  }
  const stringsRel = workbookRels.find((r) => r.type.endsWith("/sharedStrings"));
  const strings = stringsRel ? text(stringsRel.target) : null;
  if (strings) refusePrefixed(strings, "si", stringsRel?.target ?? "");
  const styles = text("xl/styles.xml");
  if (styles) refusePrefixed(styles, "cellXfs|fills", "xl/styles.xml", styles.length);
  return { zip, entries, sheets, sharedStrings: strings ? parseSharedStrings(strings) : [], workbookPath, text };
}
