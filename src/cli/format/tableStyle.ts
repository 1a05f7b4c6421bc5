/** The template's table style in a table part: the style's name set, the analyst's banding choices kept. */

export function withTableStyle(xml: string, style: string): string {
  const info = /<tableStyleInfo\b[^>]*?\/>|<tableStyleInfo\b[^>]*>[\s\S]*?<\/tableStyleInfo>/.exec(xml);
  if (info) {
    const tag = info[0];
    const named = /\sname="[^"]*"/.test(tag) ? tag.replace(/\sname="[^"]*"/, ` name="${style}"`) : tag.replace(/^<tableStyleInfo\b/, `<tableStyleInfo name="${style}"`);
    return xml.slice(0, info.index) + named + xml.slice(info.index + tag.length);
  }
  const element = `<tableStyleInfo name="${style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`;
  // tableStyleInfo is the table's last child but its extLst.
  const at = xml.search(/<extLst\b|<\/table>/);
  return at < 0 ? xml : xml.slice(0, at) + element + xml.slice(at);
}
