/**
 * The workbook's tables as the pane offers them for building customers: each marked when its header has what
 * the builder needs (asked of the builder itself, with the header and no rows, so this list and the build
 * never disagree), when a customer table was already built from it, and when it is such a customer table.
 * Two syncs: the tables and the links, then every header row.
 */
import type { Lang } from "../../engine";
import type { BuildCustomers } from "../../engine/lines/types";
import { queueSettingRead, settingValue } from "../settings";
import { LINES_LINKS_SETTING, linesLinksFrom } from "./linesLinks";

export interface LinesTableInfo {
  readonly name: string;
  readonly id: string;
  readonly sheetName: string;
  /** The header names a customer, a date and an amount. */
  readonly looksLikeLines: boolean;
  /** The name of the customer table built from it, while that table exists. */
  readonly customerTable: string | null;
  /** It is a customer table the add-in built from lines. */
  readonly builtFromLines: boolean;
}

export async function listLinesTables(
  context: Excel.RequestContext,
  build: BuildCustomers,
  lang: Lang,
): Promise<LinesTableInfo[]> {
  const tables = context.workbook.tables.load("items/name,items/id,items/worksheet/name");
  const setting = queueSettingRead(context, LINES_LINKS_SETTING);
  await context.sync();
  const headers = tables.items.map((t) => t.getHeaderRowRange().load("values"));
  await context.sync();
  const links = Object.values(linesLinksFrom(settingValue(setting)));
  const nameOf = new Map(tables.items.map((t) => [t.id, t.name]));
  return tables.items.map((t, i) => {
    const probe = build({ headers: headers[i]?.values[0] ?? [], rows: [] }, { asOf: 0, lang });
    const looksLikeLines = probe.ok || probe.error.kind === "no-lines";
    const link = links.find((l) => l.linesTableId === t.id);
    return {
      name: t.name,
      id: t.id,
      sheetName: t.worksheet.name,
      looksLikeLines,
      customerTable: (link && nameOf.get(link.customersTableId)) ?? null,
      builtFromLines: links.some((l) => l.customersTableId === t.id),
    };
  });
}
