/**
 * Step 1 of grading: the table's headers to fields, and the two problems that stop grading before any cell is
 * read (no header row; no column the grading can use).
 */
import { FIELDS, type FieldId, isFieldId } from "../fields";
import { type ColumnMapping, type MappingOverrides, mapColumns } from "../headers/mapColumns";
import type { RuleSet } from "../rules/ruleSet";
import { type Lang, type Localized, type Result, type Table, err, ok } from "../types";
import type { TableProblem } from "./results";

export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim().length === 0);
}

function tableProblem(code: TableProblem["code"], expected: readonly FieldId[]): TableProblem {
  const names = (lang: Lang): string =>
    expected
      .slice(0, 6)
      .map((f) => FIELDS[f].label[lang])
      .join(lang === "en" ? ", " : "、");
  const message: Localized =
    code === "no-header"
      ? {
          "zh-CN": "表格没有标题行：请在第一行写上列名，例如“客户名称”。",
          "zh-TW": "表格沒有標題列：請在第一列寫上欄名，例如「客戶名稱」。",
          en: 'The table has no header row: put column names such as "Customer" in its first row.',
        }
      : {
          "zh-CN": `没有识别出可用于分级的列：请添加或重命名列，例如 ${names("zh-CN")}。`,
          "zh-TW": `沒有辨識出可用於分級的欄：請新增或重新命名欄，例如 ${names("zh-TW")}。`,
          en: `No column the grading can use was recognised: add or rename columns, e.g. ${names("en")}.`,
        };
  return { code, message, expected };
}

/** Fields the rule set reads, for checking the table has some of them. */
function fieldsRead(ruleSet: RuleSet): FieldId[] {
  const out = new Set<FieldId>();
  for (const d of ruleSet.dimensions) for (const c of d.criteria) if (isFieldId(c.field)) out.add(c.field);
  return [...out];
}

/** The table's mapping (the host's own if it gives one), or why the table cannot be graded. */
export function mapTable(
  table: Table,
  ruleSet: RuleSet,
  options: { readonly mapping?: ColumnMapping; readonly overrides?: MappingOverrides },
): Result<ColumnMapping, TableProblem> {
  if (table.headers.every(isBlank)) return err(tableProblem("no-header", fieldsRead(ruleSet)));
  const mapping = options.mapping ?? mapColumns(table.headers, options.overrides);
  const usable = Object.values(mapping.columns).some(
    (c) => c && FIELDS[c.field].role === "input" && c.field !== "manualGrade",
  );
  if (!usable) return err(tableProblem("no-recognised-columns", fieldsRead(ruleSet)));
  return ok(mapping);
}
