/** The template's table style in a table part: the style's name set, the analyst's banding choices kept. */
import { rewrittenStartTag, spliced } from "../xlsx/xmlScan";
import { firstNamed, xmlTree } from "../xlsx/xmlTree";

export function withTableStyle(xml: string, style: string): string {
  const table = xmlTree(xml, true)[0];
  if (!table) return xml;
  const info = firstNamed([table], "tableStyleInfo");
  if (info) {
    const tag = rewrittenStartTag(info.element, { name: style });
    return spliced(xml, [{ start: info.element.start, end: info.element.end, text: tag }]);
  }
  const element = `<tableStyleInfo name="${style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`;
  // tableStyleInfo is the table's last child but its extLst (a tableColumn may have an extLst of its own).
  const extLst = table.children.find((c) => c.element.local === "extLst");
  if (table.element.selfClosing) return xml;
  const at = extLst ? extLst.element.start : table.closeStart;
  return spliced(xml, [{ start: at, end: at, text: element }]);
}
