/** A table part widened by appended columns: its range, its filter's range, and one `<tableColumn>` each. */
import { escapeXml, formatRange, parseRange, xmlSafe } from "./xml";
import { type ScannedElement, type Splice, attributeOf, rewrittenStartTag, scanXml, spliced } from "./xmlScan";

export function widenTable(xml: string, lastColumn: number, headers: readonly string[]): string {
  const splices: Splice[] = [];
  const setAttribute = (e: ScannedElement, name: string, value: string): void =>
    void splices.push({ start: e.start, end: e.end, text: rewrittenStartTag(e, { [name]: value }) });
  const widen = (e: ScannedElement): void => {
    const range = parseRange(attributeOf(e, "ref") ?? "");
    if (range) setAttribute(e, "ref", formatRange({ ...range, right: lastColumn }));
  };
  let next = 1;
  scanXml(xml, {
    open: (e) => {
      if (e.depth === 0 && e.local === "table") widen(e);
      else if (e.depth === 1 && e.local === "autoFilter") widen(e);
      else if (e.depth === 1 && e.local === "tableColumns") {
        const count = Number(attributeOf(e, "count") ?? "NaN");
        if (Number.isFinite(count)) setAttribute(e, "count", String(count + headers.length));
      } else if (e.depth === 2 && e.local === "tableColumn")
        next = Math.max(next, Number(attributeOf(e, "id") ?? "0") + 1);
    },
    close: (e, closeStart) => {
      if (e.depth !== 1 || e.local !== "tableColumns" || e.selfClosing) return;
      const added = headers.map((h) => `<tableColumn id="${next++}" name="${escapeXml(xmlSafe(h))}"/>`).join("");
      splices.push({ start: closeStart, end: closeStart, text: added });
    },
  });
  return spliced(xml, splices);
}
