/**
 * The grade colours and the score's data bar as the sheet's `<conditionalFormatting>` elements. The add-in's
 * own rules are recognised as the Excel adapter recognises them (`src/plan/ownRules.ts`): a grade
 * colour by the mark in its formula, the data bar by its colour and by lying inside the score column. Those
 * are replaced; the analyst's rules stay as they are, ahead of the add-in's in priority.
 */
import { type CellBlock, type SeenFormat, isOwnGradeRule, isOwnScoreBar } from "../../plan";
import { block, meets } from "../xlsx/ranges";
import { argbOf } from "../xlsx/styles";
import { type CellRange, attributes, decodeXml, escapeXml, formatRange, parseRange } from "../xlsx/xml";
import { type XmlChild, WORKSHEET_ORDER, childElements, elementParts, placeChild } from "./xmlChildren";

export interface GradeColourRule {
  /** The rule's formula as the add-in writes it (`=AND(N("customer-grader")=0,$H2="A")`). */
  readonly formula: string;
  readonly dxfId: number;
}

export interface ConditionalFormats {
  /** The grade column's data cells, e.g. "H2:H31". */
  readonly gradeRange: string;
  readonly gradeRules: readonly GradeColourRule[];
  readonly scoreRange: string;
  /** `#RRGGBB` */
  readonly barColour: string;
}

/** The rule as the Excel adapter sees a conditional format, so both tell the add-in's own rules alike. */
function seenRule(rule: XmlChild, sqref: string): SeenFormat {
  const a = attributes(elementParts(rule.xml).startTag);
  const formula = /<formula>([\s\S]*?)<\/formula>/.exec(rule.xml)?.[1];
  const bar = /<dataBar\b[\s\S]*?<color\b[^>]*\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"/.exec(rule.xml)?.[1];
  return {
    priority: Number(a.priority ?? "0"),
    type: a.type === "dataBar" ? "DataBar" : a.type === "expression" ? "Custom" : (a.type ?? ""),
    formula: formula === undefined ? null : decodeXml(formula),
    fill: null,
    font: null,
    bar: bar === undefined ? null : `#${bar}`,
    range: block(sqref),
  };
}

function isOwn(rule: XmlChild, sqref: string, grade: CellRange, score: CellRange): boolean {
  const seen = seenRule(rule, sqref);
  if (seen.type === "DataBar") return isOwnScoreBar(seen, block(formatRange(score)) as CellBlock);
  return meets(sqref, grade) && isOwnGradeRule(seen);
}

/** Removes an Excel 2010 data bar's extension (`<x14:cfRule id>` in the sheet's extLst) with its rule. */
function withoutExtensions(extLst: string, ids: readonly string[]): string {
  let xml = extLst;
  for (const id of ids) {
    const escaped = id.replace(/[{}-]/g, (ch) => `\\${ch}`);
    xml = xml.replace(new RegExp(`<x14:cfRule\\b[^>]*\\bid="${escaped}"[\\s\\S]*?</x14:cfRule>`), "");
  }
  xml = xml.replace(/<x14:conditionalFormatting\b[^>]*>(?:(?!<x14:cfRule)[\s\S])*?<\/x14:conditionalFormatting>/g, "");
  xml = xml.replace(/<ext\b[^>]*>\s*<x14:conditionalFormattings>\s*<\/x14:conditionalFormattings>\s*<\/ext>/g, "");
  return /^<extLst>\s*<\/extLst>$/.test(xml) ? "" : xml;
}

/** The tail children (after `</sheetData>`) with the add-in's conditional formats replaced by `formats`. */
export function replaceConditionalFormats(children: readonly XmlChild[], formats: ConditionalFormats): XmlChild[] {
  const grade = parseRange(formats.gradeRange) as CellRange;
  const score = parseRange(formats.scoreRange) as CellRange;
  const extensionIds: string[] = [];
  const kept: XmlChild[] = [];
  for (const child of children) {
    if (child.name !== "conditionalFormatting") {
      kept.push(child);
      continue;
    }
    const { startTag, content } = elementParts(child.xml);
    const sqref = attributes(startTag).sqref ?? "";
    const rules = childElements(content);
    const own = rules.filter((r) => r.name === "cfRule" && isOwn(r, sqref, grade, score));
    if (own.length === 0) {
      kept.push(child);
      continue;
    }
    for (const rule of own)
      extensionIds.push(...[...rule.xml.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((m) => m[1] as string));
    const rest = rules.filter((r) => !own.includes(r));
    if (rest.some((r) => r.name === "cfRule"))
      kept.push({ name: child.name, xml: `${startTag}${rest.map((r) => r.xml).join("")}</conditionalFormatting>` });
  }
  const cleaned =
    extensionIds.length === 0
      ? kept
      : kept
          .map((c) => (c.name === "extLst" ? { name: c.name, xml: withoutExtensions(c.xml, extensionIds) } : c))
          .filter((c) => c.xml !== "");

  // The analyst's rules keep their priorities; the add-in's come after them, in a stable order.
  let priority = Math.max(
    0,
    ...cleaned.flatMap((c) => [...c.xml.matchAll(/\bpriority="(\d+)"/g)].map((m) => Number(m[1]))),
  );
  const gradeRules = formats.gradeRules
    .map(
      (rule) =>
        `<cfRule type="expression" dxfId="${rule.dxfId}" priority="${++priority}"><formula>${escapeXml(rule.formula.replace(/^=/, ""))}</formula></cfRule>`,
    )
    .join("");
  const bar = `<cfRule type="dataBar" priority="${++priority}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${argbOf(formats.barColour)}"/></dataBar></cfRule>`;
  let out = cleaned;
  if (gradeRules)
    out = placeChild(
      out,
      {
        name: "conditionalFormatting",
        xml: `<conditionalFormatting sqref="${formats.gradeRange}">${gradeRules}</conditionalFormatting>`,
      },
      WORKSHEET_ORDER,
    );
  return placeChild(
    out,
    {
      name: "conditionalFormatting",
      xml: `<conditionalFormatting sqref="${formats.scoreRange}">${bar}</conditionalFormatting>`,
    },
    WORKSHEET_ORDER,
  );
}
