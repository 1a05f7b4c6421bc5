/**
 * Additions to styles.xml: for a cell's own style, the same style with a grade's fill or a number format,
 * and the differential formats conditional formats point to. Each is appended once (a second run finds and
 * reuses it, so styles.xml does not grow run after run).
 */
import { escapeXml, refuseIfPrefixed } from "./xml";
import { type ScannedElement, type Splice, attributeOf, attributePairs, scanXml, spliced, startTag } from "./xmlScan";

/** Number formats every spreadsheet program knows by id; any other is written into `<numFmts>` (ids from 164). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};
const FIRST_CUSTOM_FORMAT = 164;

/** A conditional format's look: a fill and a font colour, as `#RRGGBB`. */
export interface DifferentialColours {
  readonly fill: string;
  readonly font: string;
}

/** `#RRGGBB` as the opaque ARGB a workbook part stores (`FFRRGGBB`). */
export const argbOf = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
const dxfXml = (colours: DifferentialColours): string =>
  `<dxf><font><color rgb="${argbOf(colours.font)}"/></font><fill><patternFill><bgColor rgb="${argbOf(colours.fill)}"/></patternFill></fill></dxf>`;

/** One child of a list in styles.xml (an `<xf>`, a `<fill>`, …) as written, with its start tag read. */
interface Item {
  readonly xml: string;
  /** Its start tag (offsets in the part it was read from: only their difference is used). */
  readonly element: ScannedElement;
}

/** An item made here, read back so that it is handled as one read from the part. */
function itemOf(xml: string): Item {
  let element: ScannedElement | undefined;
  scanXml(xml, { open: (e) => void (element ??= e) });
  if (!element) throw new Error(`not an element: ${xml}`);
  return { xml, element };
}

/** What follows an item's start tag: its content and end tag, or nothing for `<xf …/>`. */
const afterStartTag = (item: Item): string => item.xml.slice(item.element.end - item.element.start);

/** A fill, with what matters for a grade's colour: whether it is solid, and in which colour. */
interface FillItem extends Item {
  solidRgb?: string | undefined;
}

/** A list's element (`<fills>`) as it stands in the part: from its start tag to the end of its end tag. */
interface ListSpan {
  readonly element: ScannedElement;
  readonly end: number;
}

/** The style a cell gets when the workbook has no cell format at its index (nor a first one). */
const PLAIN_XF = itemOf('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
const xfAttribute = (xf: Item | undefined, name: string): string | undefined =>
  xf ? attributeOf(xf.element, name) : undefined;

const solidFill = (argb: string): FillItem => ({
  ...itemOf(
    `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`,
  ),
  solidRgb: argb,
});

const LISTS = new Set(["fills", "cellXfs", "numFmts", "dxfs", "cellStyles"]);

/** The parts of styles.xml this class changes, read once. */
function readStyles(xml: string) {
  const lists = new Map<string, ListSpan>();
  const items = new Map<string, Item[]>([
    ["fills", []],
    ["cellXfs", []],
    ["numFmts", []],
    ["dxfs", []],
  ]);
  let root: ScannedElement | undefined;
  let open: { list: string; element: ScannedElement; fill: FillItem | null } | null = null;
  let patternType: string | undefined;
  scanXml(xml, {
    open: (e) => {
      refuseIfPrefixed(e, "xl/styles.xml");
      if (e.depth === 0) root = e;
      else if (e.depth === 2 && open === null) {
        const list = [...lists.entries()].find(([, span]) => span.end === -1)?.[0];
        if (list && items.has(list))
          open = { list, element: e, fill: list === "fills" ? { xml: "", element: e } : null };
      } else if (open?.fill && e.depth === 3 && e.local === "patternFill") patternType = attributeOf(e, "patternType");
      else if (open?.fill && e.depth === 4 && e.local === "fgColor" && patternType === "solid")
        open.fill.solidRgb = attributeOf(e, "rgb");
      if (e.depth === 1 && LISTS.has(e.local) && !lists.has(e.local)) lists.set(e.local, { element: e, end: -1 });
    },
    close: (e, _start, end) => {
      if (e.depth === 1 && lists.get(e.local)?.element === e) lists.set(e.local, { element: e, end });
      if (open && e === open.element) {
        const item = { ...(open.fill ?? {}), xml: xml.slice(e.start, end), element: e };
        items.get(open.list)?.push(item);
        open = null;
        patternType = undefined;
      }
    },
  });
  return { root, lists, items };
}

export class WorkbookStyles {
  private readonly fills: FillItem[];
  private readonly xfs: Item[];
  private readonly cache = new Map<string, number>();
  private changed = false;
  /** Custom number formats: format code → id. */
  private readonly numFmts: Map<string, number>;
  private readonly numFmtXml: string[];
  private readonly dxfs: string[];
  private readonly lists: ReadonlyMap<string, ListSpan>;
  private readonly root: ScannedElement | undefined;

  private constructor(
    private readonly xml: string,
    read: ReturnType<typeof readStyles>,
  ) {
    this.lists = read.lists;
    this.root = read.root;
    this.fills = read.items.get("fills") ?? [];
    this.xfs = read.items.get("cellXfs") ?? [];
    const numFmts = read.items.get("numFmts") ?? [];
    this.numFmtXml = numFmts.map((f) => f.xml);
    this.numFmts = new Map(
      numFmts.map((f) => [
        (f.element && attributeOf(f.element, "formatCode")) ?? "",
        Number((f.element && attributeOf(f.element, "numFmtId")) ?? "0"),
      ]),
    );
    this.dxfs = (read.items.get("dxfs") ?? []).map((d) => d.xml);
  }

  /** `null` when the workbook has no styles part with cell formats to extend: grades are then not coloured. */
  static from(xml: string | null): WorkbookStyles | null {
    if (xml === null) return null;
    const read = readStyles(xml);
    if (!read.lists.has("fills") || !read.lists.has("cellXfs")) return null;
    return new WorkbookStyles(xml, read);
  }

  /** The index of `xf` with the attributes `set` (first) and without `drop`: an existing equal one, or appended. */
  private variant(xf: Item, set: Readonly<Record<string, string>>, drop: readonly string[] = []): number {
    const kept = attributePairs(xf.element, [...Object.keys(set), ...drop]);
    const out =
      startTag(xf.element.name, [...Object.entries(set), ...kept], xf.element.selfClosing) + afterStartTag(xf);
    const existing = this.xfs.findIndex((x) => x.xml === out);
    if (existing >= 0) return existing;
    this.changed = true;
    return this.xfs.push(itemOf(out)) - 1;
  }

  private fillId(argb: string): number {
    const found = this.fills.findIndex((f) => f.solidRgb === argb);
    if (found >= 0) return found;
    this.fills.push(solidFill(argb));
    this.changed = true;
    return this.fills.length - 1;
  }

  /** The style index for a cell of style `base` painted `argb`. */
  styleWithFill(base: number, argb: string): number {
    const key = `${base}:${argb}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const fillId = this.fillId(argb);
    const xf = this.xfs[base] ?? this.xfs[0] ?? PLAIN_XF;
    let index: number;
    if (xfAttribute(xf, "fillId") === String(fillId)) index = base;
    else {
      index = this.variant(xf, { fillId: String(fillId), applyFill: "1" });
    }
    this.cache.set(key, index);
    return index;
  }

  /**
   * The style index for a cell of style `base` with a grade fill taken off (a row that no longer has a
   * grade); `base` itself when its fill is not one of `argbs`.
   */
  styleWithoutFill(base: number, argbs: readonly string[]): number {
    const key = `${base}:none`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const xf = this.xfs[base];
    const fill = this.fills[Number(xfAttribute(xf, "fillId") ?? "0")];
    let index = base;
    if (xf && fill?.solidRgb !== undefined && argbs.includes(fill.solidRgb)) {
      index = this.variant(xf, { fillId: "0" }, ["applyFill"]);
    }
    this.cache.set(key, index);
    return index;
  }

  private numFmtId(code: string): number {
    const id = BUILT_IN_FORMATS[code] ?? this.numFmts.get(code);
    if (id !== undefined) return id;
    const next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.numFmts.values()) + 1;
    this.numFmts.set(code, next);
    this.numFmtXml.push(`<numFmt numFmtId="${next}" formatCode="${escapeXml(code)}"/>`);
    this.changed = true;
    return next;
  }

  /** The style index for a cell of style `base` shown in number format `code` (`#,##0.00`). */
  styleWithNumberFormat(base: number, code: string): number {
    const key = `${base}#${code}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const id = this.numFmtId(code);
    const xf = this.xfs[base] ?? this.xfs[0] ?? PLAIN_XF;
    let index = base;
    if (xfAttribute(xf, "numFmtId") !== String(id)) {
      index = this.variant(xf, { numFmtId: String(id), applyNumberFormat: "1" });
    }
    this.cache.set(key, index);
    return index;
  }

  /** The index of a differential format (a conditional format's fill and font), added if missing. */
  differentialFormat(colours: DifferentialColours): number {
    const xml = dxfXml(colours);
    const found = this.dxfs.indexOf(xml);
    if (found >= 0) return found;
    this.changed = true;
    return this.dxfs.push(xml) - 1;
  }

  /** The new styles.xml, or `null` when nothing was added. */
  result(): string | null {
    if (!this.changed) return null;
    const splices: Splice[] = [];
    const list = (name: string, items: readonly string[]): string | null => {
      const span = this.lists.get(name);
      if (!span) return null;
      const tag = startTag(
        span.element.name,
        [...attributePairs(span.element, ["count"]), ["count", String(items.length)]],
        false,
      );
      splices.push({
        start: span.element.start,
        end: span.end,
        text: `${tag}${items.join("")}</${span.element.name}>`,
      });
      return name;
    };
    list(
      "fills",
      this.fills.map((f) => f.xml),
    );
    list(
      "cellXfs",
      this.xfs.map((x) => x.xml),
    );
    // <numFmts> is styleSheet's first child, <dxfs> follows <cellStyles> (or <cellXfs>): the schema's order.
    const numFmts = `<numFmts count="${this.numFmtXml.length}">${this.numFmtXml.join("")}</numFmts>`;
    if (this.numFmtXml.length > 0 && !list("numFmts", this.numFmtXml) && this.root)
      splices.push({ start: this.root.end, end: this.root.end, text: numFmts });
    const dxfs = `<dxfs count="${this.dxfs.length}">${this.dxfs.join("")}</dxfs>`;
    if (this.dxfs.length > 0 && !list("dxfs", this.dxfs)) {
      const after = this.lists.get("cellStyles") ?? this.lists.get("cellXfs");
      if (after) splices.push({ start: after.end, end: after.end, text: dxfs });
    }
    return spliced(this.xml, splices);
  }
}
