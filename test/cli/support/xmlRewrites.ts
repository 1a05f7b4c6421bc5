/**
 * A small sheet and its shared strings as a model, written out as XML in any of the ways the XML spec
 * allows: quote style, attribute order, white space inside tags and between elements, comments and
 * processing instructions anywhere, text as characters, entity or character references, or CDATA,
 * `xml:space`, other namespaces' prefixed attributes, a redundant default-namespace declaration, cells and
 * rows without `r`, a BOM. With `rng` null it writes the plain form Excel writes.
 */
import { MAIN_NS } from "./rawPackage";

export type ModelCell =
  | { readonly kind: "n"; readonly value: number }
  | { readonly kind: "b"; readonly value: boolean }
  | { readonly kind: "s"; readonly index: number }
  | { readonly kind: "inline"; readonly runs: readonly string[] }
  | { readonly kind: "str"; readonly formula: string; readonly text: string };

export interface ModelRow {
  readonly row: number;
  /** Cells by 1-based column, ascending. */
  readonly cells: readonly { readonly column: number; readonly cell: ModelCell }[];
}

export interface SheetModel {
  readonly rows: readonly ModelRow[];
  /** Shared strings, each as rich-text runs (one run: a plain `<t>`). */
  readonly strings: readonly (readonly string[])[];
}

const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export const columnName = (n: number): string => {
  let out = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
};

class Writer {
  constructor(private readonly rng: (() => number) | null) {}

  private chance(p: number): boolean {
    return this.rng !== null && this.rng() < p;
  }

  private pick<T>(options: readonly T[]): T {
    return options[this.rng ? Math.floor(this.rng() * options.length) : 0] as T;
  }

  /** White space between elements, a comment or a processing instruction, or nothing. */
  gap(): string {
    let out = "";
    while (this.chance(0.3))
      out += this.pick([" ", "\n", "\r\n  ", "\t", "<!-- 备注 -->", "<!---->", "<?note 客户?>", "<?x?>"]);
    return out;
  }

  /** Nothing or a comment or processing instruction: what may stand inside text without changing it. */
  private markupOnly(): string {
    return this.chance(0.15) ? this.pick(["<!-- c -->", "<?pi d?>"]) : "";
  }

  private space(): string {
    return this.rng ? this.pick([" ", " ", "  ", "\n", "\t", "\r\n"]) : " ";
  }

  attributes(pairs: readonly (readonly [string, string])[]): string {
    const list = [...pairs];
    if (this.rng)
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(this.rng() * (i + 1));
        [list[i], list[j]] = [list[j] as [string, string], list[i] as [string, string]];
      }
    return list
      .map(([name, value]) => {
        const quote = this.pick(['"', "'"]);
        const eq = this.pick(["=", "=", " = ", "=\n"]);
        return `${this.space()}${name}${eq}${quote}${this.attributeText(value, quote)}${quote}`;
      })
      .join("");
  }

  private attributeText(value: string, quote: string): string {
    let out = "";
    for (const ch of value) {
      if (ch === "&") out += this.pick(["&amp;", "&#38;", "&#x26;"]);
      else if (ch === "<") out += this.pick(["&lt;", "&#60;"]);
      else if (ch === quote) out += quote === '"' ? this.pick(["&quot;", "&#34;"]) : this.pick(["&apos;", "&#39;"]);
      else if (this.chance(0.1)) out += `&#x${ch.codePointAt(0)?.toString(16)};`;
      else out += ch;
    }
    return out;
  }

  /** Element content text, each character written some allowed way, or the whole in CDATA sections. */
  text(value: string): string {
    // A carriage return in CDATA is read as a line feed (XML's end-of-line handling), so only a reference keeps it.
    if (!value.includes("\r") && this.chance(0.2)) return `<![CDATA[${value.split("]]>").join("]]]]><![CDATA[>")}]]>`;
    let out = "";
    let previous = "";
    for (const ch of value) {
      const code = ch.codePointAt(0) ?? 0;
      const reference = this.pick([`&#${code};`, `&#x${code.toString(16).toUpperCase()};`, `&#x${code.toString(16)};`]);
      if (ch === "&") out += this.chance(0.5) ? reference : "&amp;";
      else if (ch === "<") out += this.chance(0.5) ? reference : "&lt;";
      else if (ch === ">" && previous.endsWith("]]")) out += "&gt;";
      else if (ch === ">" || ch === '"' || ch === "'")
        out += this.chance(0.3) ? { ">": "&gt;", '"': "&quot;", "'": "&apos;" }[ch] : ch;
      else if (ch === "\r") out += "&#13;";
      else out += this.chance(0.1) ? reference : ch;
      previous += ch;
      if (this.chance(0.05)) out += this.markupOnly();
    }
    return out;
  }

  element(name: string, attrs: readonly (readonly [string, string])[], content: string | null): string {
    const open = `<${name}${this.attributes(attrs)}${this.chance(0.2) ? this.space() : ""}`;
    if (content === null || (content === "" && this.chance(0.5))) return `${open}/>`;
    return `${open}>${content}</${name}${this.chance(0.1) ? this.space() : ""}>`;
  }

  /** A `<t>`, with `xml:space="preserve"` now and then. */
  t(value: string): string {
    return this.element("t", this.chance(0.4) ? [["xml:space", "preserve"]] : [], this.text(value) + this.markupOnly());
  }

  runs(runs: readonly string[]): string {
    if (runs.length === 1 && !this.chance(0.3)) return this.gap() + this.t(runs[0] ?? "") + this.gap();
    return runs
      .map(
        (r) => this.gap() + this.element("r", [], this.gap() + this.element("rPr", [], null) + this.gap() + this.t(r)),
      )
      .join("");
  }

  declaration(): string {
    const bom = this.chance(0.2) ? "\uFEFF" : "";
    if (this.rng && this.chance(0.2)) return bom;
    const q = this.pick(['"', "'"]);
    return `${bom}<?xml version=${q}1.0${q} encoding=${q}UTF-8${q} standalone=${q}yes${q}?>${this.pick(["", "\n", "\r\n"])}`;
  }

  /** The root's namespace declarations: the main one, and maybe others with `mc:Ignorable`. */
  rootAttributes(extra: boolean): [string, string][] {
    const attrs: [string, string][] = [["xmlns", MAIN_NS]];
    if (extra) attrs.push(["xmlns:mc", MC], ["xmlns:x14ac", X14AC], ["mc:Ignorable", "x14ac"]);
    return attrs;
  }
}

export interface WrittenSheet {
  readonly sheet: string;
  readonly sharedStrings: string;
  /** Each cell's element as written, by "B3". */
  readonly cellXml: ReadonlyMap<string, string>;
}

export function writeModel(model: SheetModel, rng: (() => number) | null): WrittenSheet {
  const w = new Writer(rng);
  const chance = (p: number): boolean => rng !== null && rng() < p;
  const extra = chance(0.5);
  const cellXml = new Map<string, string>();
  let previousRow = 0;
  const rows = model.rows.map((row) => {
    let previousColumn = 0;
    const cells = row.cells.map(({ column, cell }) => {
      const ref = `${columnName(column)}${row.row}`;
      const attrs: [string, string][] = column === previousColumn + 1 && chance(0.3) ? [] : [["r", ref]];
      previousColumn = column;
      if (chance(0.2)) attrs.push(["s", "0"]);
      let content: string;
      switch (cell.kind) {
        case "n":
          content = w.gap() + w.element("v", [], w.text(String(cell.value))) + w.gap();
          break;
        case "b":
          attrs.push(["t", "b"]);
          content = w.element("v", [], cell.value ? "1" : "0");
          break;
        case "s":
          attrs.push(["t", "s"]);
          content = w.gap() + w.element("v", [], w.text(String(cell.index)));
          break;
        case "inline":
          attrs.push(["t", "inlineStr"]);
          content = w.element("is", [], w.runs(cell.runs));
          break;
        case "str":
          attrs.push(["t", "str"]);
          content = w.element("f", [], w.text(cell.formula)) + w.gap() + w.element("v", [], w.text(cell.text));
          break;
      }
      const xml = w.element("c", attrs, content);
      cellXml.set(ref, xml);
      return w.gap() + xml;
    });
    const attrs: [string, string][] = row.row === previousRow + 1 && chance(0.3) ? [] : [["r", String(row.row)]];
    previousRow = row.row;
    if (chance(0.3)) attrs.push(["spans", `1:${row.cells.length}`]);
    if (extra && chance(0.5)) attrs.push(["x14ac:dyDescent", "0.25"]);
    if (chance(0.1)) attrs.push(["xmlns", MAIN_NS]);
    return w.gap() + w.element("row", attrs, cells.join("") + w.gap());
  });
  const sheet =
    w.declaration() +
    w.gap() +
    w.element(
      "worksheet",
      w.rootAttributes(extra),
      w.gap() +
        w.element("dimension", [["ref", "A1"]], null) +
        w.gap() +
        w.element("sheetData", [], rows.join("") + w.gap()) +
        w.gap() +
        w.element("pageMargins", [["left", "0.7"]], null) +
        w.gap(),
    ) +
    w.gap();
  const items = model.strings.map(
    (runs) => w.gap() + w.element("si", chance(0.3) ? [["xml:space", "preserve"]] : [], w.runs(runs) + w.gap()),
  );
  const sharedStrings =
    w.declaration() +
    w.element("sst", [...w.rootAttributes(extra), ["count", String(model.strings.length)]], items.join("") + w.gap()) +
    w.gap();
  return { sheet, sharedStrings, cellXml };
}

/** Each cell's value as the add-in would read it, by "B3". */
export function modelValues(model: SheetModel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const row of model.rows)
    for (const { column, cell } of row.cells) {
      const ref = `${columnName(column)}${row.row}`;
      switch (cell.kind) {
        case "n":
        case "b":
          out.set(ref, cell.value);
          break;
        case "s":
          out.set(ref, (model.strings[cell.index] ?? []).join(""));
          break;
        case "inline":
          out.set(ref, cell.runs.join(""));
          break;
        case "str":
          out.set(ref, cell.text);
      }
    }
  return out;
}
