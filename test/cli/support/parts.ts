/** Reading a written workbook's parts as text and as parsed XML (failing on any parser complaint). */
import { readFileSync } from "node:fs";
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { zipPartText } from "./zipRead";

export function partText(path: string, name: string): string {
  return zipPartText(readFileSync(path), name);
}

export function parseXml(text: string): XmlDocument {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void problems.push(`${level}: ${message}`),
  }).parseFromString(text, "text/xml");
  if (problems.length > 0) throw new Error(`not well-formed XML:\n${problems.join("\n")}`);
  return doc;
}

export function children(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (name === undefined || (node as XmlElement).localName === name))
      out.push(node as XmlElement);
  }
  return out;
}

export function all(doc: XmlDocument | XmlElement, name: string): XmlElement[] {
  return Array.from(doc.getElementsByTagName(name));
}

export const attr = (element: XmlElement | undefined, name: string): string | null =>
  element?.getAttribute(name) ?? null;
