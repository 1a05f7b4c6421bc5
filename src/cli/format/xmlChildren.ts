/**
 * The child elements of a part's root, one by one, so an element can be replaced or inserted where the
 * schema orders it without rewriting the rest. Text between elements (white space, comments) is kept.
 */
import { type XmlNode, attributeMap, rootOf, xmlTree } from "../xlsx/xmlTree";
import type { ScannedElement } from "../xlsx/xmlScan";

export interface XmlChild {
  /** The tag name (`conditionalFormatting`, `x14:id`); `#text` for white space between elements, `#other` for comments. */
  readonly name: string;
  readonly xml: string;
}

/** Splits a run of sibling elements (the content between a start tag and its end tag). */
export function childElements(xml: string): XmlChild[] {
  const children: XmlChild[] = [];
  let last = 0;
  const between = (to: number): void => {
    if (to <= last) return;
    const text = xml.slice(last, to);
    children.push({ name: text.trim() === "" ? "#text" : "#other", xml: text });
    last = to;
  };
  const comments: [number, number][] = [];
  const nodes = xmlTree(xml, false, (start, end, depth) => void (depth === 0 && comments.push([start, end])));
  const comment = (to: number): void => {
    for (const [start, end] of comments) {
      if (start < last || end > to) continue;
      between(start);
      children.push({ name: "#other", xml: xml.slice(start, end) });
      last = end;
    }
  };
  for (const node of nodes) {
    comment(node.element.start);
    between(node.element.start);
    children.push({ name: node.element.name, xml: xml.slice(node.element.start, node.closeEnd) });
    last = node.closeEnd;
  }
  comment(xml.length);
  between(xml.length);
  return children;
}

/**
 * Puts `element` among `children` where `order` (the schema's sequence of names) wants it: before the first
 * child that must come after it, else at the end. Children the order does not name stay where they are.
 */
export function placeChild(children: readonly XmlChild[], element: XmlChild, order: readonly string[]): XmlChild[] {
  const rank = order.indexOf(element.name);
  const at = children.findIndex((child) => order.indexOf(child.name) > rank);
  return at < 0 ? [...children, element] : [...children.slice(0, at), element, ...children.slice(at)];
}

/** An element's start tag (as an open tag when it was self-closing), its content, name and attributes. */
export function elementParts(xml: string): {
  startTag: string;
  content: string;
  name: string;
  attributes: Record<string, string>;
  element: ScannedElement;
  node: XmlNode;
} {
  const node = rootOf(xml);
  const e = node.element;
  const startTag = e.selfClosing ? xml.slice(e.start, e.end - 2).trimEnd() + ">" : xml.slice(e.start, e.end);
  const content = e.selfClosing ? "" : xml.slice(e.end, node.closeStart);
  return { startTag, content, name: e.name, attributes: attributeMap(e), element: e, node };
}

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER: readonly string[] = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
