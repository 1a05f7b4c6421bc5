/**
 * A small piece of a part (the sheet's head or tail, a table part, one element of them) read by the
 * parser as a tree of elements with their offsets, for the `format` command's edits: what an element is
 * called and holds is read here, the edits are splices of the original text.
 */
import { type ScannedElement, XmlScanner } from "./xmlScan";

export interface XmlNode {
  readonly element: ScannedElement;
  /** The end tag's `<` and the character after its `>` (both `element.end` for `<a/>`). */
  readonly closeStart: number;
  readonly closeEnd: number;
  readonly children: readonly XmlNode[];
  /** The character data directly inside it, references resolved. */
  readonly text: string;
}

interface Building {
  readonly element: ScannedElement;
  readonly children: XmlNode[];
  text: string;
}

/**
 * The elements of `xml` at its top level with their descendants: a fragment (any number of elements, text
 * between) unless `document` (a whole part, with its declaration).
 */
export function xmlTree(
  xml: string,
  document = false,
  comment?: (start: number, end: number, depth: number) => void,
): XmlNode[] {
  const top: XmlNode[] = [];
  const open: Building[] = [];
  const scanner = new XmlScanner(
    {
      open: (element) => open.push({ element, children: [], text: "" }),
      close: (element, closeStart, closeEnd) => {
        const done = open.pop();
        if (!done) return;
        (open[open.length - 1]?.children ?? top).push({
          element,
          closeStart,
          closeEnd,
          children: done.children,
          text: done.text,
        });
      },
      text: (t) => {
        const inner = open[open.length - 1];
        if (inner) inner.text += t;
      },
      ...(comment ? { comment: (start: number, end: number) => comment(start, end, open.length) } : {}),
    },
    { fragment: !document },
  );
  scanner.write(xml);
  scanner.close();
  return top;
}

/** `xml`'s one element (what an `XmlChild` holds): throws when it is something else. */
export function rootOf(xml: string): XmlNode {
  const node = xmlTree(xml)[0];
  if (!node) throw new Error(`not an element: ${xml.slice(0, 40)}`);
  return node;
}

/** Every element under `nodes` (and they themselves), in document order, that `pick` picks. */
export function descendants(nodes: readonly XmlNode[], pick: (node: XmlNode) => boolean): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (node: XmlNode): void => {
    if (pick(node)) out.push(node);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

/** The first element named `name` (as written, `x14:id`) under `nodes`. */
export const firstNamed = (nodes: readonly XmlNode[], name: string): XmlNode | undefined =>
  descendants(nodes, (n) => n.element.name === name)[0];

/** An element's attributes as name → value (references resolved). */
export function attributeMap(element: ScannedElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of element.attributes) out[a.name] = a.value;
  return out;
}
