/**
 * The child elements of a part's root, one by one, so an element can be replaced or inserted where the
 * schema orders it without parsing (or rewriting) the rest. Text between elements (whitespace) is kept.
 */

export interface XmlChild {
  /** The tag name (`conditionalFormatting`, `x14:id`); `#text` for text between elements, `#other` for comments. */
  readonly name: string;
  readonly xml: string;
}

// Comments, CDATA and processing instructions, or a tag (its attribute values may hold ">").
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** Splits a run of sibling elements (the content between a start tag and its end tag). */
export function childElements(xml: string): XmlChild[] {
  const children: XmlChild[] = [];
  let depth = 0;
  let start = 0;
  let name = "";
  let last = 0;
  const text = (to: number): void => {
    if (to > last) children.push({ name: "#text", xml: xml.slice(last, to) });
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const tag = m[2];
    if (tag === undefined) {
      if (depth === 0) {
        text(m.index);
        children.push({ name: "#other", xml: m[0] });
        last = TOKEN.lastIndex;
      }
      continue;
    }
    const closing = m[1] === "/";
    const selfClosing = m[3] === "/";
    if (!closing && depth === 0) {
      text(m.index);
      start = m.index;
      name = tag;
    }
    if (!closing && !selfClosing) depth++;
    if (closing) depth--;
    if (depth === 0) {
      children.push({ name, xml: xml.slice(start, TOKEN.lastIndex) });
      last = TOKEN.lastIndex;
    }
  }
  text(xml.length);
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

/** An element's start tag, its content and whether it was self-closing. */
export function elementParts(xml: string): { startTag: string; content: string; name: string } {
  const m = /^<([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/.exec(xml);
  if (!m) throw new Error(`not an element: ${xml.slice(0, 40)}`);
  const name = m[1] as string;
  const startTag = m[2] === "/" ? m[0].slice(0, -2).trimEnd() + ">" : m[0];
  const content = m[2] === "/" ? "" : xml.slice(m[0].length, xml.length - `</${name}>`.length);
  return { startTag, content, name };
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
