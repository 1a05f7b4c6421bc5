/** Which table holds the customers: the workbook's tables, the bound one selected. */
import { Field, Select, makeStyles } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { TableInfo } from "../../excel";
import { useLocale } from "../locale";

export interface TablePickerProps {
  readonly tables: readonly TableInfo[];
  readonly selected: string | null;
  readonly disabled: boolean;
  readonly onChoose: (name: string) => void;
  /** The list may be stale (a table added since the pane opened): refreshed when the analyst focuses it. */
  readonly onFocus: () => void;
}

const useStyles = makeStyles({
  // A field is a grid whose 1fr track grows to the native select's own width, that of its longest option
  // ("CustomersFromLines (Customers from lines)"): at 320 px that pushed the pane sideways. Beside Grade all it
  // takes what is left of the row.
  field: { minWidth: 0, flexGrow: 1, flexBasis: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
});

/** The ref is the native select's, so Grade all pressed with no table can bring the analyst here. */
export const TablePicker = forwardRef<HTMLSelectElement, TablePickerProps>(function TablePicker(
  { tables, selected, disabled, onChoose, onFocus },
  ref,
) {
  const { strings } = useLocale();
  const styles = useStyles();
  const value = selected !== null && tables.some((t) => t.name === selected) ? selected : "";
  return (
    <Field className={styles.field} label={strings.tableLabel}>
      <Select
        // The native select itself (the slot), not the span Fluent wraps it in.
        select={{ ref }}
        className={styles.select}
        data-testid="table-picker"
        value={value}
        disabled={disabled}
        onFocus={onFocus}
        onChange={(_, data) => data.value && onChoose(data.value)}
      >
        {value === "" && (
          <option value="" disabled>
            {strings.tablePlaceholder}
          </option>
        )}
        {tables.map((t) => (
          <option key={t.id} value={t.name}>
            {strings.tableOption(t.name, t.sheetName)}
          </option>
        ))}
      </Select>
    </Field>
  );
});
