/**
 * The template formatting applied while the graded sheet streams through `writeWorkbook`: the head (frozen
 * header, column widths) and tail (conditional formats, lists) of the sheet's XML, the number formats of the
 * data cells, the table part's style. Rows are never held: only the head and tail are parsed.
 */
import { type FreezeOutcome, SCORE_BAR_COLOUR, columnLetters } from "../../plan";
import type { SheetFormatter } from "../xlsx/writeWorkbook";
import type { WorkbookStyles } from "../xlsx/styles";
import { type ScannedElement, scanXmlStart } from "../xlsx/xmlScan";
import { setColumnWidths } from "./columnWidths";
import { replaceConditionalFormats } from "./conditionalFormats";
import { freezeRows } from "./frozenHeader";
import type { SheetFormatting } from "./plan";
import { withTableStyle } from "./tableStyle";
import { type PlannedList, replaceValidations } from "./validations";
import { childElements } from "./xmlChildren";

export interface FormattingOutcome {
  /** Columns with the add-in's drop-down list. */
  readonly validated: readonly string[];
  /** Columns whose own validation the analyst keeps. */
  readonly kept: readonly string[];
  /** Columns given a number format that hold numbers (a column of text shows no format). */
  readonly numberFormats: number;
  readonly tableStyled: boolean;
  readonly freeze: FreezeOutcome;
  /** False when the workbook has no styles part to add colours and number formats to. */
  readonly coloured: boolean;
}

export class TemplateFormatter implements SheetFormatter {
  private readonly numberFormats: ReadonlyMap<number, string>;
  /** Formatted columns with at least one number in them: the ones the formats show (text ignores them). */
  private readonly numbered = new Set<number>();
  private validationOutcome: { validated: readonly string[]; kept: readonly string[] } = { validated: [], kept: [] };
  private tableStyled = false;
  private freeze: FreezeOutcome = "kept";

  constructor(
    private readonly formatting: SheetFormatting,
    private readonly styles: WorkbookStyles | null,
  ) {
    const { plan, firstColumn } = formatting;
    this.numberFormats = new Map(plan.numberFormats.map((f) => [firstColumn + f.column, f.format]));
  }

  /** A table column's data cells, as "H2:H31". */
  private body(column: number): string {
    const letters = columnLetters(this.formatting.firstColumn + column - 1); // firstColumn is 1-based
    return `${letters}${this.formatting.headerRow + 1}:${letters}${this.formatting.lastDataRow}`;
  }

  head(text: string): string {
    // The head is the text up to and including `<sheetData>`: the root's start tag, its children, that tag.
    let root: ScannedElement | undefined;
    let sheetData: ScannedElement | undefined;
    scanXmlStart(text, {
      open: (e) => {
        if (e.depth === 0) root ??= e;
        else if (e.depth === 1 && e.local === "sheetData") sheetData ??= e;
      },
    });
    if (!root || root.local !== "worksheet" || !sheetData)
      throw new Error("the sheet has no worksheet element before its rows");
    const from = root.end;
    const dataAt = sheetData.start;
    let children = childElements(text.slice(from, dataAt));
    const frozen = freezeRows(children, this.formatting.plan.freezeRows);
    this.freeze = frozen.outcome;
    children = setColumnWidths(frozen.children, this.formatting.widths);
    return text.slice(0, from) + children.map((c) => c.xml).join("") + text.slice(dataAt);
  }

  tail(text: string): string {
    const from = text.indexOf("</sheetData>") + "</sheetData>".length;
    const to = text.lastIndexOf("</worksheet>");
    if (from < "</sheetData>".length || to < from) throw new Error("the sheet does not end as a worksheet does");
    const { plan } = this.formatting;
    let children = childElements(text.slice(from, to));
    if (this.styles) {
      const styles = this.styles;
      children = replaceConditionalFormats(children, {
        gradeRange: this.body(plan.gradeColumn),
        gradeRules: plan.gradeRules.map((rule) => ({
          formula: rule.formula,
          dxfId: styles.differentialFormat(rule.colour),
        })),
        scoreRange: this.body(plan.scoreColumn),
        barColour: SCORE_BAR_COLOUR,
      });
    }
    const lists: PlannedList[] = plan.validations.map((v) => ({ ...v, range: this.body(v.column) }));
    const validations = replaceValidations(children, lists);
    this.validationOutcome = { validated: validations.validated, kept: validations.kept };
    return text.slice(0, from) + validations.children.map((c) => c.xml).join("") + text.slice(to);
  }

  dataCellStyle(column: number, style: number | undefined, numeric: boolean): number | undefined {
    const format = this.numberFormats.get(column);
    if (format === undefined || this.styles === null) return style;
    if (numeric) this.numbered.add(column);
    return this.styles.styleWithNumberFormat(style ?? 0, format);
  }

  table(xml: string): string {
    this.tableStyled = true;
    return withTableStyle(xml, this.formatting.plan.style);
  }

  outcome(): FormattingOutcome {
    return {
      ...this.validationOutcome,
      numberFormats: this.numbered.size,
      tableStyled: this.tableStyled,
      freeze: this.freeze,
      coloured: this.styles !== null,
    };
  }
}
