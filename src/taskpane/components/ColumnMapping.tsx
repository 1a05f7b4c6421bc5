/**
 * Which column was recognised as which field, in table order, each with a dropdown to fix it. A fix is an
 * override (header → field, or "not used") that the adapter saves in the workbook with the binding.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FIELDS, FIELD_IDS, type ColumnMapping as Mapping } from "../../engine";
import { useLocale } from "../locale";

const NOT_USED = "";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface ColumnRow {
  readonly index: number;
  readonly header: string;
  readonly field: string | null;
}

/** Every column of the table with the field it is read as (`null`: not used), in table order. */
function columnRows(mapping: Mapping): ColumnRow[] {
  const mapped = Object.values(mapping.columns).map((c) => ({
    index: c.index,
    header: c.header,
    field: c.field as string,
  }));
  const ignored = mapping.ignored.map((c) => ({ index: c.index, header: c.header, field: null }));
  return [...mapped, ...ignored].sort((a, b) => a.index - b.index);
}

export interface ColumnMappingProps {
  readonly mapping: Mapping;
  readonly disabled: boolean;
  readonly onChange: (header: string, field: string | null) => void;
}

export function ColumnMapping({ mapping, disabled, onChange }: ColumnMappingProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const rows = columnRows(mapping);
  const recognised = rows.filter((r) => r.field !== null).length;
  // Collapsed when columns were recognised (fixing one is rare); open when none were, so the analyst can map them.
  const openAtFirst = recognised === 0 ? ["columns"] : [];
  return (
    <div data-testid="column-mapping">
      <Accordion collapsible defaultOpenItems={openAtFirst}>
        <AccordionItem value="columns">
          <AccordionHeader as="h3" size="small">
            {strings.mappingHeading}
            {strings.mappingCount(recognised, rows.length - recognised)}
          </AccordionHeader>
          <AccordionPanel>
            <Caption1 as="p" className={styles.hint}>
              {strings.mappingHint}
            </Caption1>
            <ul className={styles.list}>
              {rows.map((row) => (
                <li key={row.index}>
                  <Field label={row.header} size="small" orientation="horizontal">
                    <Select
                      size="small"
                      aria-label={strings.mappingFieldFor(row.header)}
                      value={row.field ?? NOT_USED}
                      disabled={disabled}
                      onChange={(_, data) => onChange(row.header, data.value === NOT_USED ? null : data.value)}
                    >
                      <option value={NOT_USED}>{strings.mappingNotUsed}</option>
                      {FIELD_IDS.map((id) => (
                        <option key={id} value={id}>
                          {FIELDS[id].label[locale]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </li>
              ))}
            </ul>
            <Caption1 as="p" className={styles.hint}>
              {strings.mappingAddedByGrading}
            </Caption1>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
