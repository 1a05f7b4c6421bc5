/**
 * The fast scanner (htmlparser2's tokenizer plus checks of its own) against saxes: the same elements at
 * the same offsets on well-formed text, cut anywhere; and a refusal of every malformed text saxes refuses
 * in the ways a damaged or hand-broken sheet shows.
 */
import { FastXmlScanner } from "../../src/cli/xlsx/fastXmlScan";
import { DtdError, PrefixedXmlError, type ScanHandler, XmlScanner } from "../../src/cli/xlsx/xmlScan";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

interface Scanner {
  write(chunk: string): void;
  close(): void;
  textWanted?: boolean;
}

/** Every event as a line: name, namespace, attributes, offsets, text. */
function events(make: (h: ScanHandler) => Scanner, xml: string, size: number): string[] {
  const out: string[] = [];
  let depth = 0;
  const scanner = make({
    open: (e) => {
      depth++;
      const attributes = e.attributes.map((a) => `${a.name}{${a.uri}}=${JSON.stringify(a.value)}`);
      out.push(
        `open ${e.name} {${e.uri}} ${e.local} ${e.depth} ${e.start}-${e.end} ${e.selfClosing} ${attributes.join(" ")}`,
      );
    },
    close: (e, start, end) => {
      depth--;
      out.push(`close ${e.name} ${start}-${end}`);
    },
    text: (t) => {
      // White space outside the root is of no use to a reader; the fast scanner does not hand it out.
      if (depth > 0) out.push(`text ${JSON.stringify(t)}`);
    },
  });
  scanner.textWanted = true;
  for (let at = 0; at < xml.length; at += size) scanner.write(xml.slice(at, at + size));
  scanner.close();
  // Text may come in other pieces; joined, it is the same.
  return out.reduce<string[]>((merged, line) => {
    const last = merged[merged.length - 1];
    if (line.startsWith("text ") && last?.startsWith("text ")) {
      merged[merged.length - 1] = `text ${JSON.stringify(JSON.parse(last.slice(5)) + JSON.parse(line.slice(5)))}`;
    } else merged.push(line);
    return merged;
  }, []);
}

const fast = (h: ScanHandler): Scanner => new FastXmlScanner(h);
const saxes = (h: ScanHandler): Scanner => new XmlScanner(h);

const WELL_FORMED = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS} xmlns:x14ac="urn:x14ac"><sheetData><row r="1" x14ac:dyDescent="0.2"><c r="A1" t="s"><v>0</v></c><c r='B1' s="3"><v>1.5</v></c></row></sheetData></worksheet>`,
  `\uFEFF<worksheet ${NS}><!-- a comment --><sheetData><row><c t="inlineStr"><is><t xml:space="preserve"> a &amp; b &lt; &#x1F600; &#65;\r\nc\rd</t></is></c><?pi data?></row></sheetData ></worksheet >`,
  `<worksheet ${NS}><sheetData><row  r = "2"  ><c r="C2" t="str"><f t="shared" ref="C2:C9" si="0">A2&amp;B2</f><v><![CDATA[x <y> ]] z]]></v></c></row></sheetData><a:b xmlns:a="urn:a" a:c="&quot;1&#9;2&quot;	3"/></worksheet>`,
  `<root xmlns:p="urn:p"><p:x p:y="1"><y xmlns="urn:d"><z/></y></p:x><w/></root>`,
];

test.each(WELL_FORMED.map((xml, i) => [i, xml]))(
  "well-formed text %s: the same events as saxes, however it is cut",
  (_i, xml) => {
    const expected = events(saxes, xml, xml.length);
    for (const size of [1, 2, 3, 5, 7, 13, 64, xml.length]) expect(events(fast, xml, size)).toEqual(expected);
  },
);

const MALFORMED: readonly [string, string][] = [
  ["an end tag for another element", `<a ${NS}><b></c></a>`],
  ["an element left open", `<a ${NS}><b></a>`],
  ["the text ends inside an element", `<a ${NS}><b>`],
  ["a tag cut off", `<a ${NS}><b r="1`],
  ["an end tag without a start tag", `<a ${NS}></b></a>`],
  ["an unquoted attribute value", `<a ${NS}><c r=A1/></a>`],
  ["an attribute without a value", `<a ${NS}><c r/></a>`],
  ["an attribute written twice", `<a ${NS}><c r="A1" r="B1"/></a>`],
  ["an undefined entity", `<a ${NS}><v>&nbsp;</v></a>`],
  ["an ampersand alone", `<a ${NS}><v>a & b</v></a>`],
  ["an undefined entity in a value", `<a ${NS}><c r="&foo;"/></a>`],
  ["a < in a value", `<a ${NS}><c r="<"/></a>`],
  ["text after the root", `<a ${NS}/>junk`],
  ["a second root", `<a ${NS}/><a/>`],
  ["an end tag with more than a name", `<a ${NS}><b></b c></a>`],
  ["a declaration that is not a DTD", `<a ${NS}><!ELEMENT a ANY></a>`],
  ["nothing at all", ``],
];

test.each(MALFORMED)("refused like saxes refuses it: %s", (_what, xml) => {
  expect(() => events(saxes, xml, xml.length)).toThrow();
  for (const size of [1, 4, Math.max(1, xml.length)]) expect(() => events(fast, xml, size)).toThrow();
});

test("a DTD is refused as such, and so is an undeclared prefix", () => {
  const dtd = `<!DOCTYPE a [<!ENTITY e "x">]><a ${NS}>&e;</a>`;
  expect(() => events(fast, dtd, dtd.length)).toThrow(DtdError);
  const prefixed = `<a ${NS}><x:b/></a>`;
  expect(() => events(fast, prefixed, prefixed.length)).toThrow(PrefixedXmlError);
});

test("a reference outside XML's characters is read as U+FFFD, as saxes is made to read it", () => {
  const xml = `<a ${NS}><v>x&#x110000;y&#1;z</v></a>`;
  expect(events(fast, xml, 3)).toEqual(events(saxes, xml, xml.length));
  expect(events(fast, xml, xml.length)).toContain('text "x\uFFFDy\uFFFDz"');
});
