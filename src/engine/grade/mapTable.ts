/**
 * Step 1 of grading: the table's headers to fields, and the two problems that stop grading before any cell is
 * read (no header row; no column the grading can use).
 */
import { FIELDS, type FieldId, isFieldId } from "../fields";
import { engineText } from "../i18n";
import { type ColumnMapping, type MappingOverrides, mapColumns } from "../headers/mapColumns";
import type { RuleSet } from "../rules/ruleSet";
import { refAvailable } from "./assessed";
import { mapCustomColumns } from "../headers/customColumns";
import { type CellValue, type Lang, type Localized, type Result, type Table, err, ok } from "../types";
import type { TableProblem } from "./results";

export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim().length === 0);
}

/** A "no recognised columns" message names at most this many fields the rule set reads. */
const EXAMPLE_FIELDS = 6;

function tableProblem(code: TableProblem["code"], expected: readonly FieldId[]): TableProblem {
  const examples = (lang: Lang): string[] => expected.slice(0, EXAMPLE_FIELDS).map((f) => FIELDS[f].label[lang]);
  const message: Localized =
    code === "no-header"
      ? engineText((m) => m.tableProblems["no-header"])
      : engineText((m, lang) => m.tableProblems["no-recognised-columns"](examples(lang)));
  return { code, message, expected };
}

/** Fields the rule set reads, for checking the table has some of them. */
function fieldsRead(ruleSet: RuleSet): FieldId[] {
  const out = new Set<FieldId>();
  for (const d of ruleSet.dimensions) for (const c of d.criteria) if (isFieldId(c.field)) out.add(c.field);
  return [...out];
}

/**
 * The built-in mapping with the rule set's own fields placed: a column the analyst declared for one of their
 * fields is theirs, so it leaves the built-in field it may also have matched.
 */
function withCustomColumns(mapping: ColumnMapping, headers: readonly CellValue[], ruleSet: RuleSet): ColumnMapping {
  const custom = mapCustomColumns(headers, ruleSet.fields);
  const claimed = new Set(Object.values(custom).map((c) => c.index as number));
  if (claimed.size === 0) return { ...mapping, custom };
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).filter(([, c]) => c !== undefined && !claimed.has(c.index)),
  ) as ColumnMapping["columns"];
  return {
    columns,
    custom,
    ignored: mapping.ignored.filter((c) => !claimed.has(c.index)),
    issues: mapping.issues.filter((i) => !claimed.has(i.index)),
  };
}

/**
 * The columns of a table as a rule set reads them: the built-in fields by header understanding, then the rule
 * set's own fields. Hosts that keep a mapping (the add-in's bound table) build it here, so what they show and
 * what grading reads agree.
 */
export function mapTableColumns(
  headers: readonly CellValue[],
  ruleSet: RuleSet,
  overrides?: MappingOverrides,
): ColumnMapping {
  return withCustomColumns(mapColumns(headers, overrides), headers, ruleSet);
}

/** The table's mapping (the host's own if it gives one), or why the table cannot be graded. */
export function mapTable(
  table: Table,
  ruleSet: RuleSet,
  options: { readonly mapping?: ColumnMapping; readonly overrides?: MappingOverrides },
): Result<ColumnMapping, TableProblem> {
  if (table.headers.every(isBlank)) return err(tableProblem("no-header", fieldsRead(ruleSet)));
  // A host's mapping made by `mapTableColumns` has the rule set's fields placed already (`custom` is set): each
  // chunk of a long run need not look for them again.
  const given = options.mapping;
  const mapping =
    given?.custom !== undefined
      ? given
      : withCustomColumns(given ?? mapColumns(table.headers, options.overrides), table.headers, ruleSet);
  // Something the rule set reads (a region or a phone number alone grades nothing), or at least the names.
  const usable =
    mapping.columns.customerName !== undefined ||
    ruleSet.dimensions.some((d) => d.criteria.some((c) => c.weight > 0 && refAvailable(c.field, mapping)));
  if (!usable) return err(tableProblem("no-recognised-columns", fieldsRead(ruleSet)));
  return ok(mapping);
}
