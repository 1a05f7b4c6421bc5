/**
 * `Range.conditionalFormats` (ExcelApi 1.6): the collection lists the formats that meet the range, `add(type)`
 * puts a new one on the range with the top priority, and each format exposes its typed part (`custom`,
 * `dataBar`, `textComparison`, `cellValue`, and their `...OrNullObject` forms). Color scales, icon sets,
 * top/bottom and preset criteria are not simulated.
 *
 * A format's `id` is as documented, "the priority of the conditional format in the current
 * ConditionalFormatCollection": its position among the formats meeting the range it was read through, so an id
 * read from one range's collection names another format in another range's, and every delete shifts the ids
 * after it. `getItem(id)` resolves that position when the request runs.
 */
import { type BagSpec, SimBag, childBag } from "./bag";
import { SimCollection } from "./collection";
import { SimulatorError, invalidArgument, itemNotFound, notSimulated } from "./errors";
import {
  type CellsTarget,
  type ConditionalFormatKind,
  type ConditionalFormatModel,
  conditionalFormatsMeeting,
  formattingOf,
  newFormattingId,
  renumber,
} from "./formatting";
import type { SheetModel } from "./model";
import type { Session, Transaction } from "./session";
import { contains } from "./rects";
import { parseRuleFormula } from "./ruleFormula";
import type { Rect } from "./address";
import type { SimClientObject } from "./clientObject";

const KINDS: readonly ConditionalFormatKind[] = ["Custom", "DataBar", "ContainsText", "CellValue"];
const NOT_SIMULATED = ["ColorScale", "IconSet", "TopBottom", "PresetCriteria"];

export interface FormatTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
  /** The range of the collection the format was reached through: its `id` is its position there. */
  readonly scope: Rect;
}

/** Makes a range proxy (given by range.ts, which imports this file). */
export type RangeMaker = (
  session: Session,
  path: string,
  resolver: (tx: Transaction) => { sheet: SheetModel; rect: Rect } | null,
) => SimClientObject<unknown>;

const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;
function color(value: unknown, location: string): string | null {
  if (value === null) return null;
  if (typeof value !== "string" || !COLOR.test(value))
    throw invalidArgument(location, `not a colour: ${JSON.stringify(value)}`);
  return value.toUpperCase();
}

const LOOK: BagSpec<FormatTarget> = {
  entity: "ConditionalRangeFormat",
  properties: {},
  navigations: {
    fill: (parent) =>
      childBag(parent, "fill", (t) => t, {
        entity: "ConditionalRangeFill",
        properties: {
          color: { get: (t) => t.cf.look.fillColor, set: (t, v, at) => void (t.cf.look.fillColor = color(v, at)) },
        },
      }),
    font: (parent) =>
      childBag(parent, "font", (t) => t, {
        entity: "ConditionalRangeFont",
        properties: {
          color: { get: (t) => t.cf.look.fontColor, set: (t, v, at) => void (t.cf.look.fontColor = color(v, at)) },
          bold: {
            get: (t) => t.cf.look.bold,
            set: (t, v, at) => {
              if (typeof v !== "boolean") throw invalidArgument(at, "bold must be a boolean");
              t.cf.look.bold = v;
            },
          },
        },
      }),
  },
};

function ruleOf(keys: readonly string[], required: readonly string[]) {
  return {
    get: (t: FormatTarget) => ({ ...(t.cf.rule ?? {}) }),
    set: (t: FormatTarget, value: unknown, at: string) => {
      if (typeof value !== "object" || value === null) throw invalidArgument(at, "the rule must be an object");
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record))
        if (!keys.includes(key)) throw invalidArgument(at, `unknown rule property '${key}'`);
      for (const key of required)
        if (typeof record[key] !== "string" || record[key] === "") throw invalidArgument(at, `rule.${key} is required`);
      t.cf.rule = Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v === "string")) as Record<
        string,
        string
      >;
    },
  };
}

const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
const VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/** The typed part of a format, e.g. `cf.custom`; `orNull` gives a null object when the type differs. */
function typedPart(
  parent: SimBag<FormatTarget>,
  name: string,
  kind: ConditionalFormatKind,
  orNull: boolean,
): SimBag<FormatTarget> {
  const reach = (t: FormatTarget): FormatTarget | null => {
    if (t.cf.type === kind) return t;
    if (orNull) return null;
    throw new SimulatorError(
      "InvalidOperation",
      `The conditional format is of type ${t.cf.type}, not ${kind}.`,
      `${parent.path}.${name}`,
    );
  };
  const format = { format: (p: SimBag<FormatTarget>) => childBag(p, "format", (t) => t, LOOK) };
  let spec: BagSpec<FormatTarget>;
  switch (kind) {
    case "Custom":
      spec = {
        entity: "CustomConditionalFormat",
        properties: {},
        navigations: {
          ...format,
          rule: (p) =>
            childBag(p, "rule", (t) => t, {
              entity: "ConditionalFormatRule",
              properties: {
                formula: {
                  get: (t) => t.cf.rule?.["formula"] ?? "",
                  set: (t, v, at) => {
                    if (typeof v !== "string" || !v.startsWith("="))
                      throw invalidArgument(at, "a formula starts with '='");
                    try {
                      parseRuleFormula(v);
                    } catch (error) {
                      throw notSimulated(`conditional format formula ${v} (${(error as Error).message})`);
                    }
                    t.cf.rule = { formula: v };
                  },
                },
              },
            }),
        },
      };
      break;
    case "ContainsText": {
      const rule = ruleOf(["operator", "text"], ["operator", "text"]);
      spec = {
        entity: "TextConditionalFormat",
        properties: {
          rule: {
            get: rule.get,
            set: (t, v, at) => {
              rule.set(t, v, at);
              if (!TEXT_OPERATORS.includes(t.cf.rule?.["operator"] ?? "")) throw invalidArgument(at, "rule.operator");
            },
          },
        },
        navigations: format,
      };
      break;
    }
    case "CellValue": {
      const rule = ruleOf(["formula1", "formula2", "operator"], ["formula1", "operator"]);
      spec = {
        entity: "CellValueConditionalFormat",
        properties: {
          rule: {
            get: rule.get,
            set: (t, v, at) => {
              rule.set(t, v, at);
              if (!VALUE_OPERATORS.includes(t.cf.rule?.["operator"] ?? "")) throw invalidArgument(at, "rule.operator");
            },
          },
        },
        navigations: format,
      };
      break;
    }
    case "DataBar":
      spec = {
        entity: "DataBarConditionalFormat",
        properties: {},
        navigations: {
          positiveFormat: (p) =>
            childBag(p, "positiveFormat", (t) => t, {
              entity: "ConditionalDataBarPositiveFormat",
              properties: {
                fillColor: { get: (t) => t.cf.barColor, set: (t, v, at) => void (t.cf.barColor = color(v, at)) },
              },
            }),
        },
      };
      break;
  }
  return childBag(parent, name, reach, spec);
}

export class SimConditionalFormat extends SimBag<FormatTarget> {
  constructor(
    session: Session,
    path: string,
    resolver: (tx: Transaction) => FormatTarget | null,
    private readonly makeRange: RangeMaker,
  ) {
    super(session, path, resolver, {
      entity: "ConditionalFormat",
      properties: {
        id: { get: (t) => String(conditionalFormatsMeeting(t.sheet, t.scope).indexOf(t.cf)) },
        type: { get: (t) => t.cf.type },
        priority: {
          get: (t) => t.cf.priority,
          set: (t, v, at) => {
            if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw invalidArgument(at, "priority");
            // Moves the format to position v (or last), the others keeping their order.
            const others = formattingOf(t.sheet)
              .conditionalFormats.filter((cf) => cf !== t.cf)
              .sort((a, b) => a.priority - b.priority);
            others.splice(Math.min(v, others.length), 0, t.cf);
            others.forEach((cf, i) => {
              cf.priority = i;
            });
          },
        },
        stopIfTrue: { get: (t) => t.cf.stopIfTrue, set: (t, v) => void (t.cf.stopIfTrue = v === true) },
      },
      navigations: {
        custom: (p) => typedPart(p, "custom", "Custom", false),
        customOrNullObject: (p) => typedPart(p, "customOrNullObject", "Custom", true),
        dataBar: (p) => typedPart(p, "dataBar", "DataBar", false),
        dataBarOrNullObject: (p) => typedPart(p, "dataBarOrNullObject", "DataBar", true),
        textComparison: (p) => typedPart(p, "textComparison", "ContainsText", false),
        textComparisonOrNullObject: (p) => typedPart(p, "textComparisonOrNullObject", "ContainsText", true),
        cellValue: (p) => typedPart(p, "cellValue", "CellValue", false),
        cellValueOrNullObject: (p) => typedPart(p, "cellValueOrNullObject", "CellValue", true),
      },
    });
  }

  /** The range the format applies to (ExcelApi 1.6); simulated formats apply to one area, never several. */
  getRange(): SimClientObject<unknown> {
    return this.rangeOf("getRange()");
  }

  /** As `getRange()`; Excel gives a null object for a format on several areas, which is not simulated. */
  getRangeOrNullObject(): SimClientObject<unknown> {
    const range = this.rangeOf("getRangeOrNullObject()");
    range.resolveAtNextSync();
    return range;
  }

  private rangeOf(what: string): SimClientObject<unknown> {
    this.session.assertOpen(this.path);
    return this.makeRange(this.session, `${this.path}.${what}`, (tx) => {
      const target = this.target(tx);
      return target === null ? null : { sheet: target.sheet, rect: target.cf.rect };
    });
  }

  delete(): void {
    this.method("delete()", ({ sheet, cf }) => {
      const list = formattingOf(sheet).conditionalFormats;
      const at = list.indexOf(cf);
      if (at >= 0) list.splice(at, 1);
      renumber(sheet);
    });
  }

  protected override stillThere(target: FormatTarget, tx: Transaction): FormatTarget {
    void tx;
    if (!formattingOf(target.sheet).conditionalFormats.includes(target.cf)) throw itemNotFound(this.path, target.cf.id);
    return target;
  }
}

export class SimConditionalFormatCollection extends SimCollection<CellsTarget, SimConditionalFormat> {
  protected readonly entity = "ConditionalFormatCollection";
  protected readonly itemProperties = ["id", "type", "priority", "stopIfTrue"] as const;
  protected override readonly itemNavigations = [
    "custom",
    "customOrNullObject",
    "dataBar",
    "dataBarOrNullObject",
    "textComparison",
    "textComparisonOrNullObject",
    "cellValue",
    "cellValueOrNullObject",
  ];

  constructor(
    session: Session,
    path: string,
    resolver: (tx: Transaction) => CellsTarget | null,
    private readonly makeRange: RangeMaker,
  ) {
    super(session, path, resolver);
  }

  /** A new format on the whole range, first in priority; its typed part is empty until its rule is set. */
  add(type: string): SimConditionalFormat {
    const path = `${this.path}.add(${JSON.stringify(type)})`;
    this.session.assertOpen(path);
    if (NOT_SIMULATED.includes(type)) throw notSimulated(`conditional format type ${type}`);
    let added: FormatTarget | undefined;
    this.queue("add()", {
      payload: { type },
      run: (tx) => {
        if (!(KINDS as readonly string[]).includes(type)) throw invalidArgument(path, `type '${type}'`);
        const { sheet, rect } = this.existing(tx);
        const cf: ConditionalFormatModel = {
          id: newFormattingId("CF"),
          type: type as ConditionalFormatKind,
          rect,
          priority: -1,
          stopIfTrue: false,
          rule: null,
          look: { fillColor: null, fontColor: null, bold: null },
          barColor: type === "DataBar" ? "#638EC6" : null,
        };
        formattingOf(sheet).conditionalFormats.push(cf);
        renumber(sheet);
        added = { sheet, cf, scope: rect };
      },
    });
    return new SimConditionalFormat(
      this.session,
      path,
      () => {
        if (added === undefined) throw itemNotFound(path, "the format was not added");
        return added;
      },
      this.makeRange,
    );
  }

  getItem(id: string): SimConditionalFormat {
    return this.item(id, false);
  }

  getItemOrNullObject(id: string): SimConditionalFormat {
    return this.item(id, true);
  }

  /** Removes the formats on the range; one that reaches outside it is not simulated (Excel trims it). */
  clearAll(): void {
    this.session.assertOpen(this.path);
    this.queue("clearAll()", {
      run: (tx) => {
        const { sheet, rect } = this.existing(tx);
        const list = formattingOf(sheet).conditionalFormats;
        for (const cf of conditionalFormatsMeeting(sheet, rect)) {
          if (!contains(rect, cf.rect)) throw notSimulated("clearAll on a range that cuts a conditional format");
          list.splice(list.indexOf(cf), 1);
        }
        renumber(sheet);
      },
    });
  }

  /** Loaded items stay bound to their format (a later delete of another does not move them). */
  protected itemsOf({ sheet, rect }: CellsTarget): SimConditionalFormat[] {
    return conditionalFormatsMeeting(sheet, rect).map(
      (cf, i) =>
        new SimConditionalFormat(
          this.session,
          `${this.path}.items[${i}]`,
          () => ({ sheet, cf, scope: rect }),
          this.makeRange,
        ),
    );
  }

  protected countOf({ sheet, rect }: CellsTarget): number {
    return conditionalFormatsMeeting(sheet, rect).length;
  }

  private item(id: string, orNull: boolean): SimConditionalFormat {
    const path = `${this.path}.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(id)})`;
    this.session.assertOpen(path);
    const item = new SimConditionalFormat(
      this.session,
      path,
      (tx) => {
        const owner = this.target(tx);
        // The id is a position in this collection, looked up when the request runs.
        const cf =
          owner === null || !/^\d+$/.test(id)
            ? undefined
            : conditionalFormatsMeeting(owner.sheet, owner.rect)[Number(id)];
        if (owner !== null && cf !== undefined) return { sheet: owner.sheet, cf, scope: owner.rect };
        if (orNull) return null;
        throw itemNotFound(path, id);
      },
      this.makeRange,
    );
    if (orNull) item.resolveAtNextSync();
    return item;
  }
}
