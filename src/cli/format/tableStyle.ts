/** The template's table style in a table part: the style's name set, the analyst's banding choices kept. */

export function withTableStyle(xml: string, style: string): string {
  const info = /<tableStyleInfo\b[^>]*?\/>|<tableStyleInfo\b[^>]*>[\s\S]*?<\/tableStyleInfo>/.exec(xml);
  if (info) {
    const tag = info[0];
    const named = /\sname="[^"]*"/.test(tag)
      ? tag.replace(/\sname="[^"]*"/, ` name="${style}"`)
      : tag.replace(/^<tableStyleInfo\b/, `<tableStyleInfo name="${style}"`);
    return xml.slice(0, info.index) + named + xml.slice(info.index + tag.length);
  }
  const element = `<tableStyleInfo name="${style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`;
  // tableStyleInfo is the table's last child but its extLst; a tableColumn may have an extLst of its own.
  const columnsEnd = xml.indexOf("</tableColumns>");
  const from = columnsEnd < 0 ? 0 : columnsEnd + "</tableColumns>".length;
  const after = xml.slice(from).search(/<extLst\b|<\/table>/);
  const at = after < 0 ? -1 : from + after;
  return at < 0 ? xml : xml.slice(0, at) + element + xml.slice(at);
}
