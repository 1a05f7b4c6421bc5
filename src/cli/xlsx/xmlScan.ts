/**
 * A workbook part's XML read by a conforming parser (saxes), with where each element starts and ends in the
 * text, so that a part can be patched in place: the bytes around an edit stay exactly as they were.
 * Namespaces are resolved, so `<x:c>` and `<c>` are told apart by their namespace, not their spelling.
 */
import { SaxesParser } from "saxes";

export interface ScannedAttribute {
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  readonly uri: string;
  /** The value with references resolved. */
  readonly value: string;
}

export interface ScannedElement {
  /** The name as written (`x14:table`). */
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  readonly uri: string;
  /** Attributes in document order. */
  readonly attributes: readonly ScannedAttribute[];
  /** Offset of the start tag's `<` and of the character after its `>`. */
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
  /** The elements it is inside, outermost first. */
  readonly depth: number;
}

export interface ScanHandler {
  open?(element: ScannedElement): void;
  /** `closeStart`..`closeEnd` is the end tag (both `element.end` for `<a/>`). */
  close?(element: ScannedElement, closeStart: number, closeEnd: number): void;
  /** Character data (text and CDATA), references resolved. */
  text?(text: string): void;
  /** A comment, from its `<!--` to after its `-->` (for text scanned whole, as `scanXml` and `xmlTree` do). */
  comment?(start: number, end: number): void;
}

/**
 * Parts of an OOXML package must not use a DTD (ECMA-376 part 2, §8.1.4): refusing one keeps entity
 * expansion and external entities out entirely (saxes would leave them undefined anyway).
 */
export class DtdError extends Error {
  constructor() {
    super("the part declares a DTD, which workbook parts must not");
  }
}

const REFERENCE = /&#(x[0-9A-Fa-f]+|[0-9]+);/g;
const codeOf = (code: string): number => (code[0] === "x" ? parseInt(code.slice(1), 16) : Number(code));
/** XML 1.0's Char production. */
export const isXmlChar = (c: number): boolean =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/**
 * A part written with a prefix for SpreadsheetML's namespace (`<x:sheetData>`), as the .NET Open XML SDK
 * and the ERP exports built on it write them (or with a prefix it never declares); Excel itself never does,
 * and this reader does not read it.
 */
export class PrefixedXmlError extends Error {
  constructor(readonly part: string) {
    super(`${part} uses XML namespace prefixes`);
  }
}

/** A streaming scan: text is fed with `write` and the handler is called as elements open and close. */
export class XmlScanner {
  private readonly parser: SaxesParser<{ xmlns: true; position: true; fragment: boolean }>;
  /** The text not yet discarded, starting at offset `base` of the whole. */
  private kept = "";
  private base = 0;
  private readonly stack: ScannedElement[] = [];
  private tagStart = 0;

  /** Whether the text being read holds a character reference outside XML's characters (`&#x110000;`). */
  private badReference = false;

  constructor(handler: ScanHandler, options: { fragment?: boolean } = {}) {
    const fragment = options.fragment === true;
    const parser = new SaxesParser({
      xmlns: true,
      position: true,
      fragment,
      // A row read on its own has lost the declarations of its prefixes (`x14ac:dyDescent`).
      ...(fragment ? { resolvePrefix: (prefix: string) => `urn:undeclared:${prefix}` } : {}),
    });
    this.parser = parser;
    parser.on("doctype", () => {
      throw new DtdError();
    });
    // Excel never writes such a reference; another program might, and one bad character must not stop the
    // run: it is read as U+FFFD. Every other error stops the reading.
    parser.on("error", (error) => {
      if (error.message.includes("unbound namespace prefix")) throw new PrefixedXmlError("a part");
      if (!error.message.endsWith("malformed character entity.")) throw error;
      this.badReference = true;
    });
    // The character after the name has been read: the `<` is the last one before it (names hold none).
    parser.on("opentagstart", () => (this.tagStart = this.lastLessThan(parser.position - 1)));
    parser.on("opentag", (tag) => {
      const element: ScannedElement = {
        name: tag.name,
        local: tag.local,
        prefix: tag.prefix,
        uri: tag.uri,
        attributes: Object.values(tag.attributes),
        start: this.tagStart,
        end: parser.position,
        selfClosing: tag.isSelfClosing,
        depth: this.stack.length,
      };
      this.stack.push(element);
      handler.open?.(element);
    });
    parser.on("closetag", () => {
      const element = this.stack.pop();
      if (!element) return;
      const end = parser.position;
      handler.close?.(element, element.selfClosing ? end : this.lastLessThan(end - 1), end);
    });
    if (handler.comment) {
      const comment = handler.comment;
      // A comment cannot hold "--": its "<!--" is the last one before where saxes stands (at or after its
      // "--"), and its end the first "-->" after that.
      parser.on("comment", () => {
        const start = this.lastIndexOf("<!--", parser.position - 1);
        comment(start, this.kept.indexOf("-->", start - this.base + 4) + this.base + 3);
      });
    }
    if (handler.text) {
      const text = handler.text;
      parser.on("text", (t) => {
        if (!this.badReference) return text(t);
        this.badReference = false;
        text(t.replace(REFERENCE, (whole, code: string) => (isXmlChar(codeOf(code)) ? whole : "\uFFFD")));
      });
      parser.on("cdata", text);
    }
  }

  private lastIndexOf(text: string, before: number): number {
    const at = this.kept.lastIndexOf(text, before - this.base);
    return at < 0 ? before : at + this.base;
  }

  private lastLessThan(before: number): number {
    const at = this.kept.lastIndexOf("<", before - this.base);
    return at < 0 ? before : at + this.base;
  }

  write(chunk: string): void {
    this.kept += chunk;
    this.parser.write(chunk);
  }

  /** Ends the text: throws when it is not a whole document (an element left open, nothing at all). */
  close(): void {
    this.parser.close();
  }

  /** The text from `from` to `to` (offsets in the whole); only text not yet discarded. */
  slice(from: number, to: number): string {
    return this.kept.slice(from - this.base, to - this.base);
  }

  /** The text from `from` to what has been written so far. */
  rest(from: number): string {
    return this.kept.slice(from - this.base);
  }

  /** Forgets the text before `offset` (a big part is never held whole). */
  discardBefore(offset: number): void {
    if (offset <= this.base) return;
    this.kept = this.kept.slice(offset - this.base);
    this.base = offset;
  }
}

/** Scans a whole part held as a string. */
export function scanXml(xml: string, handler: ScanHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.write(xml);
  scanner.close();
}

/** Scans the start of a document (a sheet's text up to its rows): no error for what is still open. */
export function scanXmlStart(xml: string, handler: ScanHandler): void {
  new XmlScanner(handler).write(xml);
}

/** The value of the attribute `local` in namespace `uri` (no namespace by default). */
export function attributeOf(element: ScannedElement, local: string, uri = ""): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** An attribute value between double quotes; tabs and line breaks as references, which reading keeps. */
const escapeAttribute = (value: string): string => value.replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? ch);

/** `element`'s attributes as name and value, in document order, without those named in `drop`. */
export function attributePairs(element: ScannedElement, drop: readonly string[] = []): [string, string][] {
  const pairs: [string, string][] = [];
  for (const a of element.attributes) if (!drop.includes(a.name)) pairs.push([a.name, a.value]);
  return pairs;
}

/**
 * `element`'s start tag with the attributes in `set` given new values (in place; first when missing) and
 * those in `drop` left out.
 */
export function rewrittenStartTag(
  element: ScannedElement,
  set: Readonly<Record<string, string>>,
  drop: readonly string[] = [],
): string {
  const existing = attributePairs(element, drop);
  const names = new Set(existing.map(([n]) => n));
  const added = Object.entries(set).filter(([n]) => !names.has(n));
  return startTag(
    element.name,
    [...added, ...existing.map(([n, v]): [string, string] => [n, set[n] ?? v])],
    element.selfClosing,
  );
}

export function startTag(name: string, attributes: Iterable<readonly [string, string]>, selfClosing: boolean): string {
  let out = `<${name}`;
  for (const [n, v] of attributes) out += ` ${n}="${escapeAttribute(v)}"`;
  return out + (selfClosing ? "/>" : ">");
}

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `xml` with each span replaced (spans must not overlap); the rest is left exactly as it was. */
export function spliced(xml: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const s of ordered) {
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}
