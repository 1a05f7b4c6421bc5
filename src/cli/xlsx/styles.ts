/**
 * Additions to styles.xml: for a cell's own style, the same style with a grade's fill or a number format,
 * and the differential formats conditional formats point to. Each is appended once (a second run finds and
 * reuses it, so styles.xml does not grow run after run).
 */
import { attributes, escapeXml } from "./xml";

const FILLS = /<fills\b([^>]*)>([\s\S]*?)<\/fills>/;
const CELL_XFS = /<cellXfs\b([^>]*)>([\s\S]*?)<\/cellXfs>/;
const XF = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;
const FILL = /<fill\b[^>]*?(?:\/>|>[\s\S]*?<\/fill>)/g;

const NUM_FMTS = /<numFmts\b([^>]*?)(?:\/>|>([\s\S]*?)<\/numFmts>)/;
const NUM_FMT = /<numFmt\b([^>]*?)\/?>/g;
const DXFS = /<dxfs\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dxfs>)/;
const DXF = /<dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/dxf>)/g;
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

/** The style a cell gets when the workbook has no cell format at its index (nor a first one). */
const PLAIN_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const xfAttributes = (xf: string): Record<string, string> => attributes(/<xf\b([^>]*)/.exec(xf)?.[1] ?? "");

const solidFill = (argb: string): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;

export class WorkbookStyles {
  private readonly fills: string[];
  private readonly xfs: string[];
  private readonly cache = new Map<string, number>();
  private changed = false;
  /** Custom number formats: format code → id. */
  private readonly numFmts: Map<string, number>;
  private readonly numFmtXml: string[];
  private readonly dxfs: string[];

  private constructor(private readonly xml: string) {
    this.fills = [...(FILLS.exec(xml)?.[2] ?? "").matchAll(FILL)].map((m) => m[0]);
    this.xfs = [...(CELL_XFS.exec(xml)?.[2] ?? "").matchAll(XF)].map((m) => m[0]);
    this.numFmtXml = [...(NUM_FMTS.exec(xml)?.[2] ?? "").matchAll(NUM_FMT)].map((m) => m[0]);
    this.numFmts = new Map(
      this.numFmtXml.map((tag) => {
        const a = attributes(tag);
        return [a.formatCode ?? "", Number(a.numFmtId ?? "0")];
      }),
    );
    this.dxfs = [...(DXFS.exec(xml)?.[2] ?? "").matchAll(DXF)].map((m) => m[0]);
  }

  /** `null` when the workbook has no styles part with cell formats to extend: grades are then not coloured. */
  static from(xml: string | null): WorkbookStyles | null {
    if (xml === null || !FILLS.test(xml) || !CELL_XFS.test(xml)) return null;
    return new WorkbookStyles(xml);
  }

  /** The index of `xf` with the attributes `set` (first) and without `drop`: an existing equal one, or appended. */
  private variant(xf: string, set: Readonly<Record<string, string>>, drop: readonly string[] = []): number {
    let out = xf;
    for (const name of [...Object.keys(set), ...drop]) out = out.replace(new RegExp(`\\s${name}="[^"]*"`), "");
    out = out.replace(
      /^<xf\b/,
      `<xf${Object.entries(set)
        .map(([name, value]) => ` ${name}="${value}"`)
        .join("")}`,
    );
    const existing = this.xfs.indexOf(out);
    if (existing >= 0) return existing;
    this.changed = true;
    return this.xfs.push(out) - 1;
  }

  private fillId(argb: string): number {
    const found = this.fills.findIndex(
      (f) => f.includes('patternType="solid"') && f.includes(`<fgColor rgb="${argb}"`),
    );
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
    if (xfAttributes(xf).fillId === String(fillId)) index = base;
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
    const fillId = Number(xfAttributes(xf ?? "").fillId ?? "0");
    const fill = this.fills[fillId] ?? "";
    let index = base;
    if (xf && fill.includes('patternType="solid"') && argbs.some((argb) => fill.includes(`<fgColor rgb="${argb}"`))) {
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
    if (xfAttributes(xf).numFmtId !== String(id)) {
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
    const numFmts = `<numFmts count="${this.numFmtXml.length}">${this.numFmtXml.join("")}</numFmts>`;
    const dxfs = `<dxfs count="${this.dxfs.length}">${this.dxfs.join("")}</dxfs>`;
    let xml = this.xml
      .replace(
        FILLS,
        (_, attrs: string) =>
          `<fills${attrs.replace(/\scount="\d+"/, "")} count="${this.fills.length}">${this.fills.join("")}</fills>`,
      )
      .replace(
        CELL_XFS,
        (_, attrs: string) =>
          `<cellXfs${attrs.replace(/\scount="\d+"/, "")} count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>`,
      );
    // <numFmts> is styleSheet's first child, <dxfs> follows <cellStyles> (or <cellXfs>): the schema's order.
    if (this.numFmtXml.length > 0)
      xml = NUM_FMTS.test(xml)
        ? xml.replace(NUM_FMTS, () => numFmts)
        : xml.replace(/<styleSheet\b[^>]*>/, (tag) => tag + numFmts);
    if (this.dxfs.length > 0) {
      if (DXFS.test(xml)) xml = xml.replace(DXFS, () => dxfs);
      else if (xml.includes("</cellStyles>")) xml = xml.replace("</cellStyles>", `</cellStyles>${dxfs}`);
      else xml = xml.replace("</cellXfs>", `</cellXfs>${dxfs}`);
    }
    return xml;
  }
}
