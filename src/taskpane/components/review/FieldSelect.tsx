/**
 * The dropdown that says what a column is used as: "not used", an existing field (the customer data fields,
 * and, where it applies, the columns grading writes), or, for a column not used, a new indicator of the rule
 * set (which opens its dialog: the dropdown keeps showing what the column is until that saves). Its value is
 * the field id, "" for not used.
 */
import { Select, makeStyles } from "@fluentui/react-components";
import { FIELDS, FIELD_IDS, type FieldId } from "../../../engine";
import { useLocale } from "../../locale";
import type { UseAs } from "../../review/columnReview";

const NOT_USED = "";
/** Not a field id (ids have no "+"), so it cannot be mistaken for one. */
const NEW_INDICATOR = "+new-indicator";
const INPUT_FIELDS = FIELD_IDS.filter((id) => FIELDS[id].role === "input");
const OUTPUT_FIELDS = FIELD_IDS.filter((id) => FIELDS[id].role === "output");

const useStyles = makeStyles({
  select: { minWidth: 0, maxWidth: "100%" },
});

export interface FieldSelectProps {
  readonly header: string;
  readonly field: FieldId | null;
  /** Also offer the columns grading writes (grade, score, remark). */
  readonly withOutputs: boolean;
  /** Also offer "a new indicator of my rules". */
  readonly withNewIndicator: boolean;
  readonly disabled: boolean;
  readonly onChoose: (choice: UseAs) => void;
}

export function FieldSelect({ header, field, withOutputs, withNewIndicator, disabled, onChoose }: FieldSelectProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const option = (id: FieldId) => (
    <option key={id} value={id}>
      {FIELDS[id].label[locale]}
    </option>
  );
  return (
    <Select
      className={styles.select}
      size="small"
      aria-label={strings.mappingFieldFor(header)}
      value={field ?? NOT_USED}
      disabled={disabled}
      onChange={(_, data) =>
        onChoose(
          data.value === NOT_USED
            ? { kind: "notUsed" }
            : data.value === NEW_INDICATOR
              ? { kind: "newIndicator" }
              : { kind: "field", field: data.value as FieldId },
        )
      }
    >
      <option value={NOT_USED}>{strings.mappingNotUsed}</option>
      <optgroup label={strings.reviewInputFields}>{INPUT_FIELDS.map(option)}</optgroup>
      {withOutputs && <optgroup label={strings.reviewOutputFields}>{OUTPUT_FIELDS.map(option)}</optgroup>}
      {withNewIndicator && (
        <optgroup label={strings.reviewOwnGroup}>
          <option value={NEW_INDICATOR}>{strings.reviewNewIndicator}</option>
        </optgroup>
      )}
    </Select>
  );
}
