/**
 * Whether a row has a cell the engine reports (and so adds "some cells could not be read" to its remark): an
 * Excel error in a text column, a grade not in the ladder, or a words cell none of whose tokens any criterion
 * reading it knows (the engine's `reportUnrecognisedWords`). Typed number and date columns hold no unreadable
 * cells.
 */
import type { CriterionKindName } from "../../engine/criteria/registry";
import { FALLBACKS } from "../../engine/derived";
import { FIELDS, type FieldId, isFieldId } from "../../engine/fields";
import type { ColumnMapping } from "../../engine/headers/mapColumns";
import { FIELD_SOURCES } from "../../engine/grade/fieldSources";
import type { Criterion, RuleSet } from "../../engine/rules/ruleSet";
import { RECOGNISER_SQL } from "./criteria";
import type { Dialect } from "./dialect";
import { TOKEN_SEPARATORS, cellText, gradeUnreadable, isExcelError, normalizedToken } from "./text";

type Recogniser = (token: string, spaced: string) => string;

export interface UnreadableRow {
  /** Excel errors and grades not in the ladder: a boolean expression over the table's columns. */
  readonly test: string;
  /**
   * The words columns the criteria read: each cell's text (an expression over the table's columns) and whether a
   * text has a token some reader knows (an expression of the text, 1 or NULL), worked out once per distinct text.
   */
  readonly words: readonly { readonly text: string; readonly known: (text: string) => string }[];
  /** Text columns whose cells the engine also reads as frequency phrases ("每月两次"): SQL cannot, so refused. */
  readonly phraseColumns: readonly string[];
}

function recogniserOf(criterion: Criterion, dialect: Dialect): Recogniser | null {
  const make = RECOGNISER_SQL[criterion.kind as CriterionKindName] as
    ((c: Criterion, d: Dialect, token: string, spaced: string) => string) | undefined;
  return make ? (token, spaced) => make(criterion, dialect, token, spaced) : null;
}

export function unreadableRow(
  dialect: Dialect,
  ruleSet: RuleSet,
  mapping: ColumnMapping,
  letters: readonly string[],
  textOf: (index: number) => string,
): UnreadableRow {
  const tests: string[] = [];
  for (const column of Object.values(mapping.columns)) {
    if (!column || FIELDS[column.field].role !== "input") continue;
    const type = FIELDS[column.field].type;
    if (type === "text") tests.push(isExcelError(dialect, textOf(column.index)));
    else if (type === "grade") tests.push(gradeUnreadable(dialect, textOf(column.index), letters));
  }
  for (const column of Object.values(mapping.custom ?? {})) {
    if (column.type !== "text") continue;
    tests.push(isExcelError(dialect, textOf(column.index)));
  }

  // Every criterion, in force or not, as the engine has it: who reads each text column's words.
  const readers = new Map<string, Recogniser[]>();
  const phraseColumns = new Set<string>();
  const add = (field: string, recogniser: Recogniser): void => {
    readers.set(field, [...(readers.get(field) ?? []), recogniser]);
  };
  for (const criterion of ruleSet.dimensions.flatMap((d) => d.criteria)) {
    const recogniser = recogniserOf(criterion, dialect);
    if (!isFieldId(criterion.field)) {
      if (recogniser) add(criterion.field, recogniser);
      continue;
    }
    const phrases = (FIELD_SOURCES[criterion.field] ?? []).flatMap((s) => (s.kind === "phrase" ? [s.from] : []));
    const fields = [criterion.field, FALLBACKS[criterion.field], ...phrases].filter(
      (f): f is FieldId => f !== undefined && FIELDS[f].type === "text",
    );
    for (const field of fields) {
      if (recogniser) add(field, recogniser);
      else if (FIELDS[criterion.field].type === "frequency" && mapping.columns[field])
        phraseColumns.add(mapping.columns[field]?.header ?? field);
    }
  }
  const words: { text: string; known: (text: string) => string }[] = [];
  for (const [field, recognisers] of readers) {
    const column = isFieldId(field) ? mapping.columns[field] : mapping.custom?.[field];
    if (!column) continue;
    const known = (text: string): string =>
      dialect.tokenPoints({
        text: dialect.nfkc(text),
        separators: TOKEN_SEPARATORS,
        tokenName: "cg__t",
        token: (t) => normalizedToken(dialect, t),
        points: (t, spaced) =>
          `(CASE WHEN ${recognisers.map((r) => r(t, spaced)).join(" OR ")} THEN ${dialect.double(1)} END)`,
        combine: "max",
      });
    words.push({ text: cellText(dialect, textOf(column.index)), known });
  }
  return {
    test: tests.length === 0 ? "FALSE" : `COALESCE(${tests.join(" OR ")}, FALSE)`,
    words,
    phraseColumns: [...phraseColumns],
  };
}
