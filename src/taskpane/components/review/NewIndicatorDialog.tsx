/**
 * The dialog behind "Use as → a new indicator of my rules": a name (the header to start with), a type (guessed
 * from the column), how it counts (a direction and a range prefilled from the column's values; yes or no; or the
 * column's words to put best first), and the dimension and weight. Saving adds it to the rule set in force.
 * Narrow enough for a 320 px pane; every control labelled, problems tied to their fields.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { LANGS, type Localized } from "../../../engine";
import type { ColumnValues } from "../../../excel";
import type { IndicatorDialog } from "../../hooks/useNewIndicator";
import { uiStrings } from "../../i18n";
import { useLocale } from "../../locale";
import {
  type FormProblem,
  type IndicatorForm,
  NEW_DIMENSION,
  indicatorOf,
  initialForm,
  withType,
} from "../../review/indicatorForm";
import {
  INDICATOR_TYPES,
  type IndicatorType,
  type NewIndicator,
  WORDS_FLOOR,
  guessType,
  scaleOf,
} from "../../review/newIndicator";
import { readHeader } from "../../../engine";
import { WordOrder } from "./WordOrder";

const useStyles = makeStyles({
  // Fits a 320 px pane: the surface's own 24 px padding would leave too little room.
  surface: {
    maxWidth: "min(440px, calc(100vw - 16px))",
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
  },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  // minmax(0, …): an input's own minimum width would push the second one out of a narrow dialog.
  range: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  // The field is a grid whose 1fr track would grow to the native box's own width (20 characters).
  rangeField: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  rangeInput: { minWidth: 0, width: "100%" },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The new dimension's name in each language. */
const OWN_DIMENSION: Localized = Object.fromEntries(
  LANGS.map((lang) => [lang, uiStrings[lang].indicatorOwnDimension]),
) as Localized;

export interface DimensionOption {
  readonly id: string;
  readonly label: string;
}

export interface NewIndicatorDialogProps {
  readonly dialog: IndicatorDialog;
  readonly dimensions: readonly DimensionOption[];
  /** The dimension offered first: an "own indicators" one already there, else a new one (null). */
  readonly proposed: string | null;
  readonly onSave: (spec: NewIndicator) => void;
  readonly onCancel: () => void;
}

export function NewIndicatorDialog({ dialog, dimensions, proposed, onSave, onCancel }: NewIndicatorDialogProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const header = dialog.phase === "closed" ? "" : dialog.header;
  return (
    <Dialog open={dialog.phase !== "closed"} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface} data-testid="indicator-dialog">
        <DialogBody>
          <DialogTitle>{strings.indicatorTitle(header)}</DialogTitle>
          {dialog.phase === "editing" ? (
            <IndicatorFormView
              // A new form for each column opened.
              key={header}
              dialog={dialog}
              dimensions={dimensions}
              proposed={proposed}
              onSave={onSave}
              onCancel={onCancel}
            />
          ) : (
            <>
              <DialogContent>
                {dialog.phase === "reading" && <Spinner size="small" label={strings.indicatorReading} />}
                {dialog.phase === "unreadable" && <Unreadable message={dialog.message} />}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={onCancel}>
                  {strings.cancel}
                </Button>
              </DialogActions>
            </>
          )}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Unreadable({ message }: { readonly message: Localized | string }) {
  const { locale, strings } = useLocale();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{strings.indicatorReadFailed}</MessageBarTitle>
        {typeof message === "string" ? strings.unexpectedError(message) : message[locale]}
      </MessageBarBody>
    </MessageBar>
  );
}

interface FormViewProps {
  readonly dialog: Extract<IndicatorDialog, { phase: "editing" }>;
  readonly dimensions: readonly DimensionOption[];
  readonly proposed: string | null;
  readonly onSave: (spec: NewIndicator) => void;
  readonly onCancel: () => void;
}

function IndicatorFormView({ dialog, dimensions, proposed, onSave, onCancel }: FormViewProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const { header, values } = dialog;
  const [form, setForm] = useState<IndicatorForm>(() => initialForm(values, proposed));
  const [tried, setTried] = useState(false);
  const howId = useId();
  const wordsId = useId();
  const set = (part: Partial<IndicatorForm>) => setForm((f) => ({ ...f, ...part }));
  const checked = indicatorOf(form, header, OWN_DIMENSION);
  const problems: readonly FormProblem[] = tried && !checked.ok ? checked.problems : [];
  const error = (problem: FormProblem, text: string) => (problems.includes(problem) ? text : null);
  const save = () => {
    setTried(true);
    if (checked.ok) onSave(checked.value);
  };
  return (
    <>
      <DialogContent className={styles.content}>
        <Field
          label={strings.indicatorName}
          required
          hint={strings.indicatorNameHint}
          validationMessage={error("name", strings.indicatorNameMissing)}
        >
          <Input value={form.name} onChange={(_, data) => set({ name: data.value })} />
        </Field>
        <Field
          label={strings.indicatorType}
          hint={form.type === guessType(values) ? strings.indicatorTypeGuessed : null}
        >
          <Select
            value={form.type}
            onChange={(_, data) => setForm((f) => withType(f, data.value as IndicatorType, values))}
          >
            {INDICATOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {strings.indicatorTypes[type]}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.fieldset} aria-labelledby={howId}>
          <div className={styles.section}>
            <span id={howId} className={styles.legend}>
              {strings.indicatorHow}
            </span>
            <HowItCounts
              form={form}
              values={values}
              set={set}
              wordsId={wordsId}
              rangeError={error("range", strings.indicatorRangeInvalid)}
              wordsError={error("words", strings.indicatorNoWords)}
            />
          </div>
        </fieldset>
        <Field label={strings.indicatorDimension}>
          <Select value={form.dimension} onChange={(_, data) => set({ dimension: data.value })}>
            {dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
            <option value={NEW_DIMENSION}>{strings.indicatorNewDimension(OWN_DIMENSION[locale])}</option>
          </Select>
        </Field>
        {form.dimension === NEW_DIMENSION && (
          <Field
            label={strings.indicatorDimensionWeight}
            validationMessage={error("dimensionWeight", strings.indicatorWeightInvalid)}
          >
            <Input
              type="number"
              min={0}
              value={form.dimensionWeight}
              onChange={(_, data) => set({ dimensionWeight: data.value })}
            />
          </Field>
        )}
        <Field label={strings.indicatorWeight} validationMessage={error("weight", strings.indicatorWeightInvalid)}>
          <Input type="number" min={0} value={form.weight} onChange={(_, data) => set({ weight: data.value })} />
        </Field>
        {(dialog.problems.length > 0 || dialog.failed !== null) && (
          <MessageBar intent="error" data-testid="indicator-refused">
            <MessageBarBody>
              <MessageBarTitle>{strings.indicatorRefused}</MessageBarTitle>
              {dialog.failed !== null
                ? strings.unexpectedError(dialog.failed)
                : dialog.problems.map((p) => p.messages[locale]).join(" ")}
            </MessageBarBody>
          </MessageBar>
        )}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" disabled={dialog.saving} onClick={save} data-testid="indicator-save">
          {strings.indicatorSave}
        </Button>
        <Button appearance="secondary" onClick={onCancel}>
          {strings.cancel}
        </Button>
      </DialogActions>
    </>
  );
}

interface HowProps {
  readonly form: IndicatorForm;
  readonly values: ColumnValues;
  readonly set: (part: Partial<IndicatorForm>) => void;
  readonly wordsId: string;
  readonly rangeError: string | null;
  readonly wordsError: string | null;
}

/** The part of the form that depends on the type: words to order, yes or no, or a direction and a range. */
function HowItCounts({ form, values, set, wordsId, rangeError, wordsError }: HowProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  if (form.type === "words") {
    return (
      <>
        <Caption1 as="p" className={styles.hint}>
          {strings.indicatorWordsHint(WORDS_FLOOR)}
        </Caption1>
        <span id={wordsId} className={styles.legend}>
          {strings.indicatorWordsLabel}
        </span>
        {form.order.length > 0 ? (
          <WordOrder
            order={form.order}
            counts={values.texts}
            labelledBy={wordsId}
            onOrder={(order) => set({ order })}
          />
        ) : (
          <Caption1 as="p" role={wordsError ? "alert" : undefined} className={styles.hint}>
            {strings.indicatorNoWords}
          </Caption1>
        )}
        {values.otherTexts > 0 && (
          <Caption1 as="p" className={styles.hint}>
            {strings.indicatorMoreWords(values.otherTexts, values.otherTextCells)}
          </Caption1>
        )}
      </>
    );
  }
  if (form.type === "yesno") {
    return (
      <RadioGroup
        aria-label={strings.indicatorHow}
        value={form.better}
        onChange={(_, data) => set({ better: data.value === "no" ? "no" : "yes" })}
      >
        <Radio value="yes" label={strings.indicatorYesBetter} />
        <Radio value="no" label={strings.indicatorNoBetter} />
      </RadioGroup>
    );
  }
  const dated = form.type === "date";
  const unit = readHeader(values.header).unit;
  const formatHint =
    form.type === "percent"
      ? strings.indicatorPercentHint
      : dated
        ? strings.indicatorDateHint
        : form.type === "money" && unit && scaleOf(values.header, "money") !== 1
          ? strings.indicatorUnitHint(unit.text)
          : null;
  return (
    <>
      <RadioGroup
        aria-label={strings.indicatorHow}
        value={form.direction}
        onChange={(_, data) => set({ direction: data.value === "lower" ? "lower" : "higher" })}
      >
        <Radio value="higher" label={dated ? strings.indicatorLater : strings.indicatorHigher} />
        <Radio value="lower" label={dated ? strings.indicatorEarlier : strings.indicatorLower} />
      </RadioGroup>
      <div className={styles.range}>
        <Field className={styles.rangeField} label={strings.indicatorLow} validationMessage={rangeError}>
          <Input
            inputMode={dated ? "text" : "decimal"}
            value={form.low}
            onChange={(_, data) => set({ low: data.value })}
          />
        </Field>
        <Field
          className={styles.rangeField}
          label={strings.indicatorHigh}
          validationState={rangeError ? "error" : "none"}
        >
          <Input
            inputMode={dated ? "text" : "decimal"}
            value={form.high}
            onChange={(_, data) => set({ high: data.value })}
          />
        </Field>
      </div>
      <Caption1 as="p" className={styles.hint}>
        {[strings.indicatorRangeHint(form.direction === "higher"), strings.indicatorRangePrefilled, formatHint]
          .filter(Boolean)
          // Chinese sentences follow each other without a space.
          .join(locale === "en" ? " " : "")}
      </Caption1>
    </>
  );
}
