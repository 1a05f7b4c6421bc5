/**
 * A qualitative cell none of whose words the rule set knows is reported, never silently ignored: "良好"
 * misspelt as "良号" would otherwise just drop the financial dimension for that customer.
 */
import { tokenRecogniser } from "../criteria/registry";
import { FALLBACKS } from "../derived";
import { FIELDS, type FieldId, isFieldId } from "../fields";
import type { RuleSet } from "../rules/ruleSet";
import { rowIndex } from "../types";
import { frequencyFromPhrase } from "../values/frequency";
import { cellIssueMessage } from "../values/messages";
import type { TableColumns } from "./columns";
import { FIELD_SOURCES } from "./fieldSources";

type Recogniser = (token: string) => boolean;

/** Readers of each text column: word criteria on it or on a field that falls back to it, and frequency phrases. */
function recognisersByField(ruleSet: RuleSet): Map<string, Recogniser[]> {
  const byField = new Map<string, Recogniser[]>();
  const add = (field: string, recogniser: Recogniser): void => {
    const list = byField.get(field) ?? [];
    list.push(recogniser);
    byField.set(field, list);
  };
  for (const dimension of ruleSet.dimensions) {
    for (const criterion of dimension.criteria) {
      const recognises = tokenRecogniser(criterion);
      if (!isFieldId(criterion.field)) {
        if (recognises) add(criterion.field, recognises); // one of the analyst's words fields
        continue;
      }
      const phrases = (FIELD_SOURCES[criterion.field] ?? []).flatMap((s) => (s.kind === "phrase" ? [s.from] : []));
      const sourceFields = [criterion.field, FALLBACKS[criterion.field], ...phrases].filter(
        (f): f is FieldId => f !== undefined,
      );
      for (const field of sourceFields) {
        if (FIELDS[field].type !== "text") continue;
        if (recognises) add(field, recognises);
        else if (FIELDS[criterion.field].type === "frequency") {
          add(field, (token) => frequencyFromPhrase(token) !== null);
        }
      }
    }
  }
  return byField;
}

export function reportUnrecognisedWords(ruleSet: RuleSet, columns: TableColumns): void {
  for (const [field, recognisers] of recognisersByField(ruleSet)) {
    const column = isFieldId(field) ? columns.mapping.columns[field] : columns.mapping.custom?.[field];
    if (!column) continue;
    const { ids, texts } = columns.dictionary(isFieldId(field) ? columns.ownTexts(field) : columns.customTexts(field));
    const recognised = texts.map((text) => columns.tokensOf(text).some((token) => recognisers.some((r) => r(token))));
    if (recognised.every(Boolean)) continue;
    ids.forEach((id, row) => {
      if (id < 0 || recognised[id]) return;
      const text = texts[id] as string;
      columns.issues.push({
        row: rowIndex(row),
        column: column.index,
        header: column.header,
        code: "unrecognised-words",
        message: cellIssueMessage("unrecognised-words", column.header, text),
      });
    });
  }
}
