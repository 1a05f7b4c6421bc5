/** A table part widened by appended columns: its range, its filter's range, and one `<tableColumn>` each. */
import { escapeXml, formatRange, parseRange, xmlSafe } from "./xml";

export function widenTable(xml: string, lastColumn: number, headers: readonly string[]): string {
  const widen = (ref: string): string => {
    const range = parseRange(ref);
    return range ? formatRange({ ...range, right: lastColumn }) : ref;
  };
  const ids = [...xml.matchAll(/<tableColumn\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  const added = headers.map((h) => `<tableColumn id="${next++}" name="${escapeXml(xmlSafe(h))}"/>`).join("");
  return xml
    .replace(/(<table\b[^>]*?\sref=")([^"]+)(")/, (_, a: string, ref: string, b: string) => a + widen(ref) + b)
    .replace(/(<autoFilter\b[^>]*?\sref=")([^"]+)(")/, (_, a: string, ref: string, b: string) => a + widen(ref) + b)
    .replace(
      /<tableColumns\b([^>]*?)\scount="(\d+)"/,
      (_, attrs: string, count: string) => `<tableColumns${attrs} count="${Number(count) + headers.length}"`,
    )
    .replace("</tableColumns>", `${added}</tableColumns>`);
}
