/**
 * The grade colours and the score's data bar as the sheet's `<conditionalFormatting>` elements. The add-in's
 * own rules are recognised as the Excel adapter recognises them (`src/plan/ownRules.ts`): a grade
 * colour by the mark in its formula, the data bar by its colour and by lying inside the score column. Those
 * are replaced; the analyst's rules stay as they are, ahead of the add-in's in priority.
 */
import { type CellBlock, type SeenFormat, isOwnGradeRule, isOwnScoreBar } from "../../plan";
import { block, meets } from "../xlsx/ranges";
import { argbOf } from "../xlsx/styles";
import { type CellRange, escapeXml, formatRange, parseRange } from "../xlsx/xml";
import { type Splice, attributeOf, spliced } from "../xlsx/xmlScan";
import { type XmlNode, descendants, firstNamed, rootOf, xmlTree } from "../xlsx/xmlTree";
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
  const parts = elementParts(rule.xml);
  const a = parts.attributes;
  const formula = firstNamed([parts.node], "formula")?.text;
  const dataBar = firstNamed([parts.node], "dataBar");
  const rgb = dataBar
    ? descendants(dataBar.children, (n) => n.element.name === "color" && attributeOf(n.element, "rgb") !== undefined)[0]
    : undefined;
  // ARGB or RGB: the colour is its last six digits.
  const bar = /^(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})$/.exec(rgb ? (attributeOf(rgb.element, "rgb") ?? "") : "")?.[1];
  return {
    priority: Number(a.priority ?? "0"),
    type: a.type === "dataBar" ? "DataBar" : a.type === "expression" ? "Custom" : (a.type ?? ""),
    formula: formula ?? null,
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
  // Each step reads what the one before left: a container emptied by the last step goes in the next.
  let xml = without(extLst, (n) => n.element.name === "x14:cfRule" && ids.includes(attributeOf(n.element, "id") ?? ""));
  xml = without(
    xml,
    (n) => n.element.name === "x14:conditionalFormatting" && !n.children.some((c) => c.element.name === "x14:cfRule"),
  );
  xml = without(
    xml,
    (n) =>
      n.element.name === "ext" &&
      n.text.trim() === "" &&
      n.children.length === 1 &&
      n.children.every((c) => c.element.name === "x14:conditionalFormattings" && isEmpty(c)),
  );
  return isEmpty(rootOf(xml)) ? "" : xml;
}

/** Holds neither elements nor text (white space aside). */
const isEmpty = (node: XmlNode): boolean => node.children.length === 0 && node.text.trim() === "";

/** `xml` without the elements `drop` picks (and what is inside them). */
function without(xml: string, drop: (node: XmlNode) => boolean): string {
  const spans: Splice[] = [];
  const visit = (node: XmlNode): void => {
    if (drop(node)) spans.push({ start: node.element.start, end: node.closeEnd, text: "" });
    else node.children.forEach(visit);
  };
  xmlTree(xml).forEach(visit);
  return spliced(xml, spans);
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
    const { startTag, content, element } = elementParts(child.xml);
    const sqref = attributeOf(element, "sqref") ?? "";
    const rules = childElements(content);
    const own = rules.filter((r) => r.name === "cfRule" && isOwn(r, sqref, grade, score));
    if (own.length === 0) {
      kept.push(child);
      continue;
    }
    for (const rule of own)
      extensionIds.push(
        ...descendants(xmlTree(rule.xml), (n) => n.element.name === "x14:id" && n.text !== "").map((n) => n.text),
      );
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
    ...cleaned.flatMap((c) =>
      descendants(xmlTree(c.xml), (n) => /^\d+$/.test(attributeOf(n.element, "priority") ?? "")).map((n) =>
        Number(attributeOf(n.element, "priority")),
      ),
    ),
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
