/**
 * A custom conditional format's formula, parsed when set and evaluated per cell (for asserting which cells a
 * rule colours). Only a small subset is simulated: numbers, "text", TRUE/FALSE, cell references (`$H3`:
 * relative parts move with the cell, relative to the rule range's top-left cell, as in Excel), comparisons
 * (= <> < > <= >=) and AND, OR, NOT, N. Anything else is refused as not simulated, rather than accepted and
 * never checked.
 */
import { cellValueOf } from "./cells";
import type { CellValue } from "./cells";
import type { SheetModel } from "./model";

type Value = CellValue;

type Node =
  | { readonly kind: "value"; readonly value: Value }
  | {
      readonly kind: "ref";
      readonly row: number;
      readonly column: number;
      readonly fixedRow: boolean;
      readonly fixedColumn: boolean;
    }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: "compare"; readonly op: string; readonly left: Node; readonly right: Node };

const FUNCTIONS = new Set(["AND", "OR", "NOT", "N"]);
const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9(])|([A-Za-z][A-Za-z0-9.]*)|(<>|<=|>=|[=<>(),]))/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses a rule formula ("=AND(...)"); throws `Error` with the reason when outside the simulated subset. */
export function parseRuleFormula(formula: string): Node {
  if (!formula.startsWith("=")) throw new Error("a formula starts with '='");
  const tokens: string[] = [];
  const text = formula.slice(1);
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) {
      if (/^\s*$/.test(text.slice(at))) break;
      throw new Error(`cannot read '${text.slice(at)}'`);
    }
    tokens.push(match[0].trim());
  }
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (expected?: string): string => {
    const token = tokens[i++];
    if (token === undefined || (expected !== undefined && token.toUpperCase() !== expected))
      throw new Error(`expected ${expected ?? "more"}`);
    return token;
  };
  const primary = (): Node => {
    const token = take();
    if (/^\d/.test(token)) return { kind: "value", value: Number(token) };
    if (token.startsWith('"')) return { kind: "value", value: token.slice(1, -1).replace(/""/g, '"') };
    if (token === "(") {
      const inner = comparison();
      take(")");
      return inner;
    }
    const upper = token.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(token);
    if (ref)
      return {
        kind: "ref",
        column: columnNumber(ref[2] ?? "A"),
        row: Number(ref[4]) - 1,
        fixedColumn: ref[1] === "$",
        fixedRow: ref[3] === "$",
      };
    if (!FUNCTIONS.has(upper) || peek() !== "(") throw new Error(`'${token}' is not simulated`);
    take("(");
    const args: Node[] = [];
    if (peek() !== ")") {
      args.push(comparison());
      while (peek() === ",") {
        take(",");
        args.push(comparison());
      }
    }
    take(")");
    return { kind: "call", name: upper, args };
  };
  const comparison = (): Node => {
    const left = primary();
    const op = peek();
    if (op === undefined || !["=", "<>", "<", ">", "<=", ">="].includes(op)) return left;
    take();
    return { kind: "compare", op, left, right: primary() };
  };
  const tree = comparison();
  if (i !== tokens.length) throw new Error(`unexpected '${tokens[i] ?? ""}'`);
  return tree;
}

export function truth(value: Value): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return value.toUpperCase() === "TRUE";
}

/** Excel's comparison: numbers below text below booleans; text without regard to case; an empty cell as 0 or "". */
export function compare(a: Value, b: Value): number {
  const rank = (v: Value): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === "" && typeof b === "number") a = 0;
  if (b === "" && typeof a === "number") b = 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") return a.toUpperCase().localeCompare(b.toUpperCase());
  return Number(a) - Number(b);
}

/** The rule's value at cell (row, column) of a rule whose range starts at (top, left). */
export function evaluateRule(
  node: Node,
  sheet: SheetModel,
  at: { row: number; column: number },
  origin: { row: number; column: number },
): Value {
  switch (node.kind) {
    case "value":
      return node.value;
    case "ref": {
      const row = node.fixedRow ? node.row : node.row + at.row - origin.row;
      const column = node.fixedColumn ? node.column : node.column + at.column - origin.column;
      return cellValueOf(sheet.get(row, column));
    }
    case "compare": {
      const c = compare(evaluateRule(node.left, sheet, at, origin), evaluateRule(node.right, sheet, at, origin));
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[node.op] ?? false;
    }
    case "call": {
      const args = node.args.map((a) => evaluateRule(a, sheet, at, origin));
      if (node.name === "AND") return args.every(truth);
      if (node.name === "OR") return args.some(truth);
      if (node.name === "NOT") return !truth(args[0] ?? false);
      const first = args[0];
      return typeof first === "number" ? first : first === true ? 1 : 0; // N
    }
  }
}
