/**
 * `Range.dataValidation` (ExcelApi 1.8): `rule` applies one criterion to every cell of the range, `clear()`
 * removes validation from the range, `type` reads "None", the rule's type, or "Inconsistent" /
 * "MixedCriteria" when the cells differ. A typed list longer than 255 characters is refused, as in Excel.
 */
import { SimBag } from "./bag";
import { invalidArgument } from "./errors";
import { type CellsTarget, type ValidationModel, cellKey, formattingOf } from "./formatting";
import type { Session, Transaction } from "./session";

const RULE_TYPES: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const ALERT_STYLES = ["Stop", "Warning", "Information"];
/** Excel's limit on a typed list source ("a,b,c"). */
const LIST_SOURCE_LIMIT = 255;

function each(target: CellsTarget, visit: (key: number) => void): void {
  const { rect } = target;
  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) visit(cellKey(r, c));
  }
}

function checkRule(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) throw invalidArgument(at, "the rule must be an object");
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length !== 1) throw invalidArgument(at, "a rule has exactly one criterion");
  const [kind, criterion] = entries[0] as [string, unknown];
  if (RULE_TYPES[kind] === undefined) throw invalidArgument(at, `unknown criterion '${kind}'`);
  if (kind === "list") {
    const list = criterion as { source?: unknown; inCellDropDown?: unknown };
    if (typeof list.source !== "string" || list.source === "") throw invalidArgument(at, "list.source is required");
    if (!list.source.startsWith("=") && list.source.length > LIST_SOURCE_LIMIT) {
      throw invalidArgument(at, `a list source is limited to ${LIST_SOURCE_LIMIT} characters`);
    }
    if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== "boolean")
      throw invalidArgument(at, "list.inCellDropDown");
  }
  return { [kind]: criterion };
}

function typeOf(target: CellsTarget): string {
  const seen = new Set<ValidationModel | undefined>();
  const validations = formattingOf(target.sheet).validations;
  each(target, (key) => void seen.add(validations.get(key)));
  const types = new Set(
    [...seen].map((v) => (v === undefined ? "None" : (RULE_TYPES[Object.keys(v.rule)[0] ?? ""] ?? "None"))),
  );
  if (types.size > 1) return "MixedCriteria";
  if (seen.size > 1) return "Inconsistent";
  return [...types][0] ?? "None";
}

/** What the cells share, or `null` when they differ (Excel gives null for a property that is not uniform). */
function shared<T>(target: CellsTarget, pick: (v: ValidationModel | undefined) => T): T | null {
  const validations = formattingOf(target.sheet).validations;
  let first: { value: T } | undefined;
  let same = true;
  each(target, (key) => {
    const value = pick(validations.get(key));
    if (first === undefined) first = { value };
    else if (JSON.stringify(first.value) !== JSON.stringify(value)) same = false;
  });
  return same && first !== undefined ? first.value : null;
}

function update(target: CellsTarget, change: (v: ValidationModel | undefined) => ValidationModel | undefined): void {
  const validations = formattingOf(target.sheet).validations;
  const made = new Map<ValidationModel | undefined, ValidationModel | undefined>();
  each(target, (key) => {
    const before = validations.get(key);
    if (!made.has(before)) made.set(before, change(before));
    const after = made.get(before);
    if (after === undefined) validations.delete(key);
    else validations.set(key, after);
  });
}

export class SimDataValidation extends SimBag<CellsTarget> {
  constructor(session: Session, path: string, resolver: (tx: Transaction) => CellsTarget | null) {
    super(session, path, resolver, {
      entity: "DataValidation",
      properties: {
        type: { get: (t) => typeOf(t) },
        rule: {
          get: (t) => shared(t, (v) => v?.rule ?? {}),
          set: (t, value, at) => {
            const rule = checkRule(value, at);
            // Excel refuses a rule over cells that already have validation (for a range partly validated, see
            // github.com/OfficeDev/office-js/issues/2594; the simulator refuses any): clear() first.
            if (typeOf(t) !== "None")
              throw invalidArgument(at, "the range already has data validation; clear it first");
            update(t, (v) => ({ rule, errorAlert: v?.errorAlert ?? null, ignoreBlanks: v?.ignoreBlanks ?? true }));
          },
        },
        errorAlert: {
          get: (t) => shared(t, (v) => v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" }),
          set: (t, value, at) => {
            if (typeof value !== "object" || value === null) throw invalidArgument(at, "errorAlert must be an object");
            const alert = value as Record<string, unknown>;
            if (alert["style"] !== undefined && !ALERT_STYLES.includes(String(alert["style"])))
              throw invalidArgument(at, "errorAlert.style");
            update(t, (v) =>
              v === undefined ? undefined : { ...v, errorAlert: { ...(v.errorAlert ?? {}), ...alert } },
            );
          },
        },
        ignoreBlanks: {
          get: (t) => shared(t, (v) => v?.ignoreBlanks ?? true),
          set: (t, value, at) => {
            if (typeof value !== "boolean") throw invalidArgument(at, "ignoreBlanks must be a boolean");
            update(t, (v) => (v === undefined ? undefined : { ...v, ignoreBlanks: value }));
          },
        },
      },
    });
  }

  clear(): void {
    this.method("clear()", (t) => update(t, () => undefined));
  }
}
