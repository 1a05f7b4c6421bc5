/**
 * The number format of each column of a customer table built from lines, from what its header names: the
 * builder writes the fields' own labels (`FIELDS[f].label`), so a header is looked up there; a header that is
 * no field's label keeps Excel's General.
 */
import { FIELDS, FIELD_IDS, type Lang, type ValueType } from "../../engine";

const FORMATS: Partial<Record<ValueType, string>> = {
  money: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  count: "0",
};

const GENERAL = "General";

export function measureFormat(header: string, lang: Lang): string {
  const field = FIELD_IDS.find((id) => FIELDS[id].label[lang] === header);
  return (field && FORMATS[FIELDS[field].type]) ?? GENERAL;
}
