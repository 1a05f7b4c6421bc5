/** What one cell holds, and how a written value becomes cell content the way Excel reads what is typed. */

/** A plain cell value as `Range.values` returns it; "" is an empty cell. */
export type CellValue = string | number | boolean;

/** What tests may put in a workbook they create: null means an empty cell. */
export type CellInput = CellValue | null;

/**
 * The simulator does not evaluate formulas, so `values` of a formula cell is this marker. It is spelled like an
 * Excel error value ("#...!"), so adapter code that treats error strings as "no usable value" handles it.
 */
export const UNEVALUATED_FORMULA = "#CALC!";

/** A formula cell. One object per formula cell is fine: formulas are few; plain values are stored bare. */
export class Formula {
  constructor(readonly text: string) {}
}

/** What a slot of a row array holds; `undefined` (or a hole) is an empty cell. */
export type Stored = CellValue | Formula | undefined;

/** `values` of a cell. */
export function cellValueOf(stored: Stored): CellValue {
  if (stored === undefined) return "";
  if (stored instanceof Formula) return UNEVALUATED_FORMULA;
  return stored;
}

/** `formulas` of a cell: "If a cell has no formula, its value is returned instead." */
export function cellFormulaOf(stored: Stored): CellValue {
  if (stored === undefined) return "";
  if (stored instanceof Formula) return stored.text;
  return stored;
}

/** `Excel.ChangedEventDetail.valueType*` of a cell. */
export function valueTypeOf(stored: Stored): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (stored === undefined) return "Empty";
  if (stored instanceof Formula) return "Error";
  if (typeof stored === "number") return "Double";
  if (typeof stored === "boolean") return "Boolean";
  return "String";
}

/**
 * Turns one written element of `values`/`formulas` (already through JSON, as office.js sends it) into content:
 * "=..." is a formula, "'..." is the text after the apostrophe (Excel's text prefix), "" clears, other strings
 * stay text, numbers and booleans stay as they are. `null` (also what NaN and Infinity become in JSON) leaves
 * the cell unchanged, which is what Excel does with a null in the array. Returns "skip" for that case, or
 * `Error` text for anything else.
 */
export function contentOfWritten(element: unknown): Stored | "skip" | { error: string } {
  if (element === null) return "skip";
  if (typeof element === "number" || typeof element === "boolean") return element;
  if (typeof element !== "string")
    return { error: `a cell value must be a string, number or boolean, not ${typeof element}` };
  if (element === "") return undefined;
  if (element.startsWith("'")) return element.length === 1 ? undefined : element.slice(1);
  if (element.startsWith("=")) return new Formula(element);
  return element;
}

/** Content of a cell in a workbook a test creates: same rules as a write, null is empty. */
export function contentOfInput(input: CellInput): Stored {
  if (input === null) return undefined;
  const content = contentOfWritten(input);
  return content === "skip" || (typeof content === "object" && !(content instanceof Formula)) ? undefined : content;
}
