/**
 * An .xlsx workbook written with the template formatting: the streaming writer of `grade`
 * (`writeWorkbook`), with the formatter hooked in. Also the second step for a CSV: ExcelJS writes the plain
 * workbook, this formats it, so a CSV and an .xlsx are formatted by the same code.
 */
import type { RuleSet } from "../../engine";
import { OUTPUT_FIELDS, type OutputPlan } from "../../plan";
import type { GradeFills } from "../gradeFills";
import type { OutputRow } from "../outputs";
import { type Source, readSource } from "../source";
import { intermediatePathOf, removeTempFile } from "../tempFiles";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { planSheetFormatting } from "./plan";
import { type FormattingOutcome, TemplateFormatter } from "./sheetFormatter";

export type XlsxSource = Extract<Source, { kind: "xlsx" }>;

export interface FormattedWrite {
  readonly replacedCells: number;
  readonly outcome: FormattingOutcome;
}

/** Writes `source` to `path` with its outputs (none: formatting alone) and the template formatting. */
export async function writeFormattedWorkbook(
  source: XlsxSource,
  layout: OutputPlan,
  outputs: readonly OutputRow[],
  fills: GradeFills,
  ruleSet: RuleSet,
  path: string,
): Promise<FormattedWrite> {
  const outputField = new Map(OUTPUT_FIELDS.map((field) => [layout.columns[field], field]));
  const formatting = planSheetFormatting({
    located: source.read.located,
    table: source.table,
    outputs: layout,
    ruleSet,
    cell: (row, column) => {
      const field = outputField.get(column);
      const written = outputs[row];
      return field && written ? written[field] : (source.table.rows[row]?.[column] ?? null);
    },
  });
  const formatters: TemplateFormatter[] = [];
  const written = await writeWorkbook(source.pkg, source.read, layout, outputs, fills, path, (styles) => {
    const formatter = new TemplateFormatter(formatting, styles);
    formatters.push(formatter);
    return formatter;
  });
  const outcome = formatters[0]?.outcome();
  if (!outcome) throw new Error("the workbook was written without its formatter");
  return { replacedCells: written.replacedCells, outcome };
}

/**
 * Writes a workbook with `writePlain` (ExcelJS, for a graded CSV) beside `path`, then formats it into `path`;
 * the plain one is removed whatever happens. Its table is the first sheet's, read back as `grade` reads any
 * workbook.
 */
export async function writeThenFormat(
  path: string,
  layout: OutputPlan,
  ruleSet: RuleSet,
  writePlain: (plain: string) => Promise<void>,
): Promise<FormattingOutcome> {
  const plain = intermediatePathOf(path); // as unpredictable as `path`, and created exclusively as well
  try {
    await writePlain(plain);
    const read = await readSource(plain, {});
    if (!read.ok || read.value.kind !== "xlsx")
      throw new Error(
        `the workbook written for the CSV cannot be read back (${read.ok ? "not a workbook" : read.error.message.en})`,
      );
    const noneToAdd: OutputPlan = { columns: layout.columns, toAdd: [] };
    return (await writeFormattedWorkbook(read.value, noneToAdd, [], new Map(), ruleSet, path)).outcome;
  } finally {
    removeTempFile(plain);
  }
}
