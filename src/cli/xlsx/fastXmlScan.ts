/**
 * The scanner for the two parts that grow with the data, a worksheet (hundreds of MB at a million rows)
 * and the shared strings: htmlparser2's tokenizer in XML mode (three to four times saxes' speed, and it
 * reports where each token is), with the checks of well-formedness that tell a damaged part from a sound
 * one done here, since that tokenizer forgives: every end tag closes the element that is open, attribute
 * values are quoted, no attribute is written twice, every `&` starts a reference it knows, no `<` inside a
 * value, only white space outside the root, no DTD. Namespaces are resolved from the `xmlns` attributes in
 * scope. It takes the same `ScanHandler` and hands out the same `ScannedElement`s as `XmlScanner` (saxes,
 * fully conforming), which reads every other part.
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
class MalformedXmlError extends Error {}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
/** Prefix → namespace; each element that declares one gets its own copy. */
type Scope = ReadonlyMap<string, string>;
const ROOT_SCOPE: Scope = new Map([
  ["xml", XML_NAMESPACE],
  ["xmlns", XMLNS_NAMESPACE],
]);

// Read once: through a bundler's module interop every `QuoteType.Double` would be a getter call.
const DOUBLE: number = QuoteType.Double;
const SINGLE: number = QuoteType.Single;
const NO_ATTRIBUTES: readonly ScannedAttribute[] = [];
/** The attributes of a start tag that has none so far: an array is made at the first one. */
const NO_ATTRIBUTES_YET: ReadAttribute[] = [];

/** An attribute as it is read; its namespace is known once the whole start tag is (`xmlns` may come last). */
interface ReadAttribute {
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  uri: string;
  readonly value: string;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

export class FastXmlScanner {
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
  /** The open elements, and beside each the scope outside it (two arrays: no object per element). */
  private readonly stack: ScannedElement[] = [];
  private readonly outerScopes: Scope[] = [];
  private scope: Scope = ROOT_SCOPE;
  /** The namespace of an unprefixed element here (the scope's ""), looked up once a scope. */
  private defaultUri = "";
  private rootSeen = false;
  // The start tag being read.
  private tagStart = -1;
  private tagName = "";
  private attributes: ReadAttribute[] = [];
  /** Whether an attribute of the tag being read has a prefix or declares one. */
  private prefixedAttributes = false;
  private attributeName = "";
  private attributeValue = "";
  /** Whether the last text read ended with a CR (read as LF): an LF at the start of the next piece is its pair. */
  private afterCarriageReturn = false;
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
        this.attributes = NO_ATTRIBUTES_YET;
        this.prefixedAttributes = false;
      },
      onattribname: (start, end) => {
        this.attributeName = this.text(start, end);
        this.attributeValue = "";
      },
      onattribdata: (start, end) => {
        // One look at each character: a `<` or an `&` left over (the tokenizer takes the references it knows)
        // is an error, white space is made a space.
        const kept = this.kept;
        let spaces = false;
        for (let i = start - this.base, to = end - this.base; i < to; i++) {
          const c = kept.charCodeAt(i);
          if (c > 0x3c) continue;
          if (c === 0x3c) this.fail("a < in an attribute value", this.base + i);
          if (c === 0x26) this.fail("an unknown reference", this.base + i);
          if (c === 0x09 || c === 0x0a || c === 0x0d) spaces = true;
        }
        const raw = this.text(start, end);
        // Attribute-value normalisation (XML 1.0 §3.3.3): literal white space characters become spaces.
        this.attributeValue += spaces ? raw.replace(/\r\n|[\r\n\t]/g, " ") : raw;
      },
      onattribentity: (codepoint) => (this.attributeValue += character(codepoint)),
      onattribend: (quote, end) => {
        if (quote !== DOUBLE && quote !== SINGLE) this.fail("an attribute without a quoted value", end);
        const name = this.attributeName;
        if (this.attributes === NO_ATTRIBUTES_YET) this.attributes = [];
        const attributes = this.attributes;
        for (let i = 0; i < attributes.length; i++)
          if ((attributes[i] as ReadAttribute).name === name) this.fail(`attribute ${name} written twice`, end);
        const colon = name.indexOf(":");
        if (colon < 0) {
          const declares = name === "xmlns";
          if (declares) this.prefixedAttributes = true;
          attributes.push({
            name,
            local: name,
            prefix: "",
            uri: declares ? XMLNS_NAMESPACE : "",
            value: this.attributeValue,
          });
        } else {
          this.prefixedAttributes = true;
          attributes.push({
            name,
            local: name.slice(colon + 1),
            prefix: name.slice(0, colon),
            uri: "",
            value: this.attributeValue,
          });
        }
      },
      onopentagend: (end) => this.openTag(end + 1, false),
      onselfclosingtag: (end) => {
        const element = this.openTag(end + 1, true);
        this.closeElement(element, end + 1, end + 1);
      },
      onclosetag: (start, end) => {
        this.resolvePendingClose();
        const open = this.stack[this.stack.length - 1];
        const name = open?.name;
        if (
          !open ||
          name === undefined ||
          end - start !== name.length ||
          !this.kept.startsWith(name, start - this.base)
        )
          this.fail(`an end tag that does not match its start tag`, start);
        if (this.kept.charCodeAt(end - this.base) === 0x3e) this.closeElement(open, start - 2, end + 1);
        else {
          this.pendingClose = { element: open, closeStart: start - 2, from: end };
          this.resolvePendingClose();
        }
      },
      ontext: (start, end) => {
        this.resolvePendingClose();
        this.readTo = end;
        if (this.stack.length === 0) return this.outsideRoot(start, end);
        const raw = this.text(start, end);
        if (raw.includes("&")) this.fail("an unknown reference", start);
        if (this.textWanted) this.handler.text?.(this.newlines(raw));
      },
      ontextentity: (codepoint, end) => {
        this.resolvePendingClose();
        if (this.stack.length === 0) this.fail("a reference outside the root element", end);
        this.afterCarriageReturn = false;
        if (this.textWanted) this.handler.text?.(character(codepoint));
      },
      oncdata: (start, end, offset) => {
        this.resolvePendingClose();
        if (this.stack.length === 0) this.fail("CDATA outside the root element", start);
        if (this.textWanted) this.handler.text?.(this.newlines(this.text(start, end - offset)));
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

  /** End-of-line handling (XML 1.0 §2.11): CR LF and a lone CR are read as LF, also when a chunk ends between them. */
  private newlines(raw: string): string {
    const paired = this.afterCarriageReturn && raw.charCodeAt(0) === 0x0a;
    this.afterCarriageReturn = raw.charCodeAt(raw.length - 1) === 0x0d;
    const text = paired ? raw.slice(1) : raw;
    return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  }

  private openTag(end: number, selfClosing: boolean): ScannedElement {
    this.afterCarriageReturn = false;
    const outer = this.scope;
    let scope = outer;
    const attributes = this.attributes;
    if (this.prefixedAttributes) {
      for (const a of attributes) {
        if (a.name === "xmlns" || a.prefix === "xmlns") {
          if (scope === outer) scope = new Map(scope);
          (scope as Map<string, string>).set(a.prefix === "" ? "" : a.local, a.value);
        }
      }
      for (const a of attributes) if (a.prefix !== "") a.uri = this.resolve(scope, a.prefix);
      if (scope !== outer) this.defaultUri = scope.get("") ?? "";
    }
    const name = this.tagName;
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const element: ScannedElement = {
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      prefix,
      uri: colon < 0 ? this.defaultUri : this.resolve(scope, prefix),
      attributes: attributes.length === 0 ? NO_ATTRIBUTES : attributes,
      start: this.tagStart,
      end,
      selfClosing,
      depth: this.stack.length,
    };
    this.readTo = end;
    this.stack.push(element);
    this.outerScopes.push(outer);
    this.scope = scope;
    this.handler.open?.(element);
    return element;
  }

  /** The namespace of a (non-empty) prefix. */
  private resolve(scope: Scope, prefix: string): string {
    const uri = scope.get(prefix);
    if (uri !== undefined) return uri;
    // A row read on its own has lost the declarations of its prefixes (`x14ac:dyDescent`).
    if (this.options.fragment) return `urn:undeclared:${prefix}`;
    throw new PrefixedXmlError("a part");
  }

  private closeElement(element: ScannedElement, closeStart: number, closeEnd: number): void {
    this.afterCarriageReturn = false;
    this.stack.pop();
    const outer = this.outerScopes.pop();
    if (outer !== undefined && outer !== this.scope) {
      this.scope = outer;
      this.defaultUri = outer.get("") ?? "";
    }
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

/** Scans a whole part held as a string; `wantText` says, as elements open and close, whether text is wanted. */
export function scanLargeXml(xml: string, handler: ScanHandler, wantText: () => boolean): void {
  const scanner = new FastXmlScanner({
    open: (e) => {
      handler.open?.(e);
      scanner.textWanted = wantText();
    },
    close: (e, closeStart, closeEnd) => {
      handler.close?.(e, closeStart, closeEnd);
      scanner.textWanted = wantText();
    },
    ...(handler.text ? { text: handler.text } : {}),
  });
  scanner.write(xml);
  scanner.close();
}

/** A character reference's character; one outside XML's characters (`&#x110000;`) as U+FFFD, as `XmlScanner` reads it. */
const character = (codepoint: number): string => String.fromCodePoint(isXmlChar(codepoint) ? codepoint : 0xfffd);
