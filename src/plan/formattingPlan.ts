/**
 * What "Apply template formatting" does to a table, worked out before anything is sent to Excel: the table
 * style, a colour per grade on the grade column, a data bar on the score, number formats by field type, the
 * drop-down lists, and the frozen header. Pure, so it is tested without a workbook.
 */
import {
  type ColumnMapping,
  FIELDS,
  type FieldId,
  type Lang,
  type RuleSet,
  type ValueType,
  isFieldId,
} from "../engine";
import { columnLetters } from "./addresses";
import type { OutputColumns } from "./outputColumns";
import { type GradeColour, gradeColours } from "./gradeColours";
import { PLAN_MESSAGES } from "./i18n";
import { wordLists } from "./wordLists";

/** The company template's table style. */
const TEMPLATE_TABLE_STYLE = "TableStyleMedium9";
/** The data bar's colour on the score column. */
export const SCORE_BAR_COLOUR = "#5B9BD5";
/**
 * Marks the add-in's own conditional formats: `N("…")` is 0 and changes nothing in the rule, but travels with
 * the workbook (saved, reopened, copied), so re-applying finds and replaces only these.
 */
export const OWN_RULE_MARK = 'N("customer-grader")=0';

/** Number formats by the way a field's cells are read; text, counts and frequencies keep theirs. */
const NUMBER_FORMATS: Partial<Record<ValueType, string>> = {
  money: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  days: "0",
};
const SCORE_FORMAT = "0.0";

interface GradeRule {
  readonly letter: string;
  /** A custom rule on the grade column's first data cell (relative row), carrying `OWN_RULE_MARK`. */
  readonly formula: string;
  readonly colour: GradeColour;
}

export interface ListValidation {
  /** 0-based table column. */
  readonly column: number;
  readonly header: string;
  /** "A,B,C,D" */
  readonly source: string;
  /** The manual grade accepts only the letters; qualitative columns offer words but accept any text (cells pack several facts). */
  readonly strict: boolean;
  readonly title: string;
  readonly message: string;
}

export interface FormattingPlan {
  readonly style: string;
  readonly gradeColumn: number;
  readonly scoreColumn: number;
  readonly gradeRules: readonly GradeRule[];
  readonly numberFormats: readonly { readonly column: number; readonly format: string }[];
  readonly validations: readonly ListValidation[];
  /** Sheet rows to freeze: down to and including the header row. */
  readonly freezeRows: number;
}

export interface TableGeometry {
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstColumn: number;
}

/**
 * Excel's limit on a typed list, counted as the formula holds it (each `"` doubled, the enclosing quotes
 * not counted); longer lists are cut at a whole word.
 */
const LIST_LIMIT = 255;

/** The typed list of `words`; a word holding a comma is left out, as Excel would split it into two entries. */
export function listSource(words: readonly string[]): string {
  let source = "";
  for (const word of words) {
    if (word.includes(",")) continue;
    const next = source === "" ? word : `${source},${word}`;
    if (next.replace(/"/g, '""').length > LIST_LIMIT) break;
    source = next;
  }
  return source;
}

export function gradeRuleFormula(geometry: TableGeometry, gradeColumn: number, letter: string): string {
  const cell = `$${columnLetters(geometry.firstColumn + gradeColumn)}${geometry.headerRow + 2}`;
  return `=AND(${OWN_RULE_MARK},${cell}="${letter.replace(/"/g, '""')}")`;
}

export function formattingPlan(input: {
  readonly mapping: ColumnMapping;
  readonly outputs: OutputColumns;
  readonly geometry: TableGeometry;
  readonly ruleSet: RuleSet;
  readonly lang: Lang;
}): FormattingPlan {
  const { mapping, outputs, geometry, ruleSet, lang } = input;
  const letters = ruleSet.grades.map((g) => g.letter);
  const colours = gradeColours(letters);
  const gradeRules = letters.map((letter, i) => ({
    letter,
    formula: gradeRuleFormula(geometry, outputs.grade, letter),
    colour: colours[i] ?? colours[colours.length - 1] ?? { fill: "#FFFFFF", font: "#000000" },
  }));

  const numberFormats: { column: number; format: string }[] = [{ column: outputs.score, format: SCORE_FORMAT }];
  for (const [field, mapped] of Object.entries(mapping.columns)) {
    if (!mapped || !isFieldId(field) || FIELDS[field].role === "output") continue;
    const format = NUMBER_FORMATS[FIELDS[field].type];
    if (format !== undefined) numberFormats.push({ column: mapped.index, format });
  }

  const text = PLAN_MESSAGES[lang];
  const validations: ListValidation[] = [];
  const manual = mapping.columns.manualGrade;
  if (manual) {
    validations.push({
      column: manual.index,
      header: manual.header,
      source: listSource(letters),
      strict: true,
      title: text.manualGradeAlert.title,
      message: text.manualGradeAlert.message(letters),
    });
  }
  for (const list of wordLists(ruleSet, mapping, lang)) {
    const mapped = mapping.columns[list.field as FieldId];
    const source = listSource(list.words);
    if (!mapped || source === "") continue;
    validations.push({ column: mapped.index, header: mapped.header, source, strict: false, ...text.wordListAlert });
  }
  numberFormats.sort((a, b) => a.column - b.column);
  return {
    style: TEMPLATE_TABLE_STYLE,
    gradeColumn: outputs.grade,
    scoreColumn: outputs.score,
    gradeRules,
    numberFormats,
    validations,
    freezeRows: geometry.headerRow + 1,
  };
}
