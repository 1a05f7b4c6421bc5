/**
 * The scanner for a worksheet's XML, which can be hundreds of MB: htmlparser2's tokenizer in XML mode
 * (about three times saxes' speed, and it reports where each token is), with the checks of
 * well-formedness that tell a damaged sheet from a sound one done here, since that tokenizer forgives:
 * every end tag closes the element that is open, attribute values are quoted, no attribute is written twice,
 * every `&` is a reference it knows, no `<` inside a value, nothing but white space outside the root, no DTD.
 * Namespaces are resolved from the `xmlns` attributes in scope. It hands out the same `ScannedElement`s
 * and takes the same `ScanHandler` as `XmlScanner` (saxes), which reads every other part.
 */
import { QuoteType, Tokenizer } from "htmlparser2";
import {
  DtdError,
  PrefixedXmlError,
  type ScanHandler,
  type ScannedAttribute,
  type ScannedElement,
  isXmlChar,
} from "./xmlScan";

/** The sheet is not well-formed XML (what saxes would have refused). */
export class MalformedXmlError extends Error {}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
/** Prefix → namespace; each element that declares one gets its own copy. */
type Scope = ReadonlyMap<string, string>;
const ROOT_SCOPE: Scope = new Map([
  ["xml", XML_NAMESPACE],
  ["xmlns", XMLNS_NAMESPACE],
]);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
/** End-of-line handling (XML 1.0 §2.11): CR LF and a lone CR are read as LF. */
const newlines = (text: string): string => (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text);
/** Attribute-value normalisation (§3.3.3): literal white space characters become spaces. */
const attributeSpaces = (text: string): string => text.replace(/\r\n|[\r\n\t]/g, " ");

interface Open {
  readonly element: ScannedElement;
  readonly scope: Scope;
}

export class SheetScanner {
  /** Whether character data is handed to the handler: only what the reader keeps (a cell's `<v>`, `<t>`). */
  textWanted = false;
  private readonly tokenizer: Tokenizer;
  /** The text not yet discarded, starting at offset `base` of the whole. */
  private kept = "";
  private base = 0;
  /** Discarding is done when the next chunk comes (once a chunk, not once a row: slicing copies). */
  private discardTo = 0;
  /** The end of the last token read whole: the text after it may still be needed (a tag cut by a chunk boundary). */
  private readTo = 0;
  private readonly stack: Open[] = [];
  private scope: Scope = ROOT_SCOPE;
  private rootSeen = false;
  // The start tag being read.
  private tagStart = -1;
  private tagName = "";
  private attributes: { name: string; value: string }[] = [];
  private attributeName = "";
  private attributeValue = "";
  /** An end tag whose `>` is not yet known (`</c ` with white space, maybe cut by a chunk boundary). */
  private pendingClose: { element: ScannedElement; closeStart: number; from: number } | null = null;

  constructor(
    private readonly handler: ScanHandler,
    private readonly options: { fragment?: boolean } = {},
  ) {
    this.tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, this.callbacks());
    if (options.fragment) this.rootSeen = true;
  }

  private fail(what: string, at: number): never {
    throw new MalformedXmlError(`${what} at offset ${at}`);
  }

  private text(from: number, to: number): string {
    return this.kept.slice(from - this.base, to - this.base);
  }

  private callbacks(): ConstructorParameters<typeof Tokenizer>[1] {
    return {
      onopentagname: (start, end) => {
        this.resolvePendingClose();
        if (this.stack.length === 0 && this.rootSeen && !this.options.fragment)
          this.fail("a second root element", start);
        this.rootSeen = true;
        this.tagStart = start - 1;
        this.tagName = this.text(start, end);
        this.attributes = [];
      },
      onattribname: (start, end) => {
        this.attributeName = this.text(start, end);
        this.attributeValue = "";
      },
      onattribdata: (start, end) => {
        const raw = this.text(start, end);
        if (raw.includes("<")) this.fail("a < in an attribute value", start);
        if (raw.includes("&")) this.fail("an unknown reference", start);
        this.attributeValue += attributeSpaces(raw);
      },
      onattribentity: (codepoint) => (this.attributeValue += character(codepoint)),
      onattribend: (quote, end) => {
        if (quote !== QuoteType.Double && quote !== QuoteType.Single)
          this.fail("an attribute without a quoted value", end);
        const name = this.attributeName;
        for (const a of this.attributes) if (a.name === name) this.fail(`attribute ${name} written twice`, end);
        this.attributes.push({ name, value: this.attributeValue });
      },
      onopentagend: (end) => this.openTag(end + 1, false),
      onselfclosingtag: (end) => {
        const element = this.openTag(end + 1, true);
        this.closeElement(element, end + 1, end + 1);
      },
      onclosetag: (start, end) => {
        this.resolvePendingClose();
        const open = this.stack[this.stack.length - 1];
        if (!open || open.element.name !== this.text(start, end))
          this.fail(`an end tag that does not match its start tag`, start);
        this.pendingClose = { element: open.element, closeStart: start - 2, from: end };
        this.resolvePendingClose();
      },
      ontext: (start, end) => {
        this.resolvePendingClose();
        this.readTo = end;
        if (this.stack.length === 0) return this.outsideRoot(start, end);
        const raw = this.text(start, end);
        if (raw.includes("&")) this.fail("an unknown reference", start);
        if (this.textWanted) this.handler.text?.(newlines(raw));
      },
      ontextentity: (codepoint, end) => {
        this.resolvePendingClose();
        if (this.stack.length === 0) this.fail("a reference outside the root element", end);
        if (this.textWanted) this.handler.text?.(character(codepoint));
      },
      oncdata: (start, end, offset) => {
        this.resolvePendingClose();
        if (this.stack.length === 0) this.fail("CDATA outside the root element", start);
        if (this.textWanted) this.handler.text?.(newlines(this.text(start, end - offset)));
      },
      oncomment: (start, _end, offset) => {
        this.resolvePendingClose();
        // `offset` 0: a `<!…>` or `</…>` that is neither a comment nor a tag; htmlparser2 calls it a comment.
        if (offset === 0) this.fail("markup that is neither a tag nor a comment", start);
      },
      ondeclaration: (start, end) => {
        this.resolvePendingClose();
        if (/^!DOCTYPE/i.test(this.text(start - 1, end))) throw new DtdError();
        this.fail("a declaration", start);
      },
      onprocessinginstruction: () => this.resolvePendingClose(),
      onend: () => undefined,
    };
  }

  /** Only white space (and a byte-order mark first) may stand outside the root. */
  private outsideRoot(start: number, end: number): void {
    const raw = this.text(start, end);
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (!isSpace(c) && !(c === 0xfeff && start + i === 0)) this.fail("text outside the root element", start + i);
    }
  }

  private openTag(end: number, selfClosing: boolean): ScannedElement {
    let scope = this.scope;
    for (const a of this.attributes) {
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) {
        if (scope === this.scope) scope = new Map(scope);
        (scope as Map<string, string>).set(a.name === "xmlns" ? "" : a.name.slice(6), a.value);
      }
    }
    const name = this.tagName;
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const element: ScannedElement = {
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      prefix,
      uri: this.resolve(scope, prefix, true),
      attributes: this.attributes.map((a) => this.attribute(scope, a.name, a.value)),
      start: this.tagStart,
      end,
      selfClosing,
      depth: this.stack.length,
    };
    this.readTo = end;
    this.stack.push({ element, scope: this.scope });
    this.scope = scope;
    this.handler.open?.(element);
    return element;
  }

  private attribute(scope: Scope, name: string, value: string): ScannedAttribute {
    const colon = name.indexOf(":");
    if (colon < 0) return { name, local: name, prefix: "", uri: name === "xmlns" ? XMLNS_NAMESPACE : "", value };
    const prefix = name.slice(0, colon);
    return { name, local: name.slice(colon + 1), prefix, uri: this.resolve(scope, prefix, false), value };
  }

  private resolve(scope: Scope, prefix: string, element: boolean): string {
    if (prefix === "" && !element) return "";
    const uri = scope.get(prefix);
    if (uri !== undefined) return uri;
    if (prefix === "") return "";
    // A row read on its own has lost the declarations of its prefixes (`x14ac:dyDescent`).
    if (this.options.fragment) return `urn:undeclared:${prefix}`;
    throw new PrefixedXmlError("a part");
  }

  private closeElement(element: ScannedElement, closeStart: number, closeEnd: number): void {
    const open = this.stack.pop();
    if (open) this.scope = open.scope;
    this.readTo = closeEnd;
    this.handler.close?.(element, closeStart, closeEnd);
  }

  /** Finishes an end tag once its `>` has been written (only white space may stand before it). */
  private resolvePendingClose(): void {
    const pending = this.pendingClose;
    if (!pending) return;
    const from = pending.from - this.base;
    const at = this.kept.indexOf(">", from);
    if (at < 0) return;
    for (let i = from; i < at; i++)
      if (!isSpace(this.kept.charCodeAt(i))) this.fail("an end tag with more than a name", this.base + i);
    this.pendingClose = null;
    this.closeElement(pending.element, pending.closeStart, this.base + at + 1);
  }

  write(chunk: string): void {
    if (this.discardTo > this.base) {
      this.kept = this.kept.slice(this.discardTo - this.base);
      this.base = this.discardTo;
    }
    this.kept += chunk;
    this.tokenizer.write(chunk);
    this.resolvePendingClose();
  }

  /** Ends the text: throws when it is not a whole document (an element left open, a tag cut off). */
  close(): void {
    this.tokenizer.end();
    this.resolvePendingClose();
    const end = this.base + this.kept.length;
    if (this.pendingClose) this.fail("an end tag cut off", end);
    if (this.stack.length > 0 && !this.options.fragment) this.fail("the text ends inside an element", end);
    if (!this.rootSeen) this.fail("no root element", end);
  }

  slice(from: number, to: number): string {
    return this.kept.slice(from - this.base, to - this.base);
  }

  rest(from: number): string {
    return this.kept.slice(from - this.base);
  }

  /** Forgets the text before `offset`, which must be past every token still being read. */
  discardBefore(offset: number): void {
    const to = Math.min(offset, this.readTo);
    if (to > this.discardTo) this.discardTo = to;
  }
}

/** A character reference's character; one outside XML's characters (`&#x110000;`) as U+FFFD, as `XmlScanner` reads it. */
const character = (codepoint: number): string => String.fromCodePoint(isXmlChar(codepoint) ? codepoint : 0xfffd);
