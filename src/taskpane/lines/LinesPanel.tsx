/**
 * Customers from order lines, opened: pick the lines table and the as-of date, build or refresh the customer
 * table (with its progress), read what it did, choose it for grading, and see the RFM types. Loaded on
 * demand (`LinesSection`), with its texts and the engine's builder.
 */
import { Button, Caption1, Field, Input, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { CustomerTableBuilt, LinesTableInfo } from "../../excel";
import { PaneMessage } from "../components/PaneMessage";
import { describeError, useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import { type LinesStrings, linesStrings } from "./i18n";
import type { LinesEngine } from "./linesEngine";
import { LinesResult } from "./LinesResult";
import { RfmView } from "./RfmView";
import { useCustomersFromLines } from "./useCustomersFromLines";
import type { BuildProgress } from "../../excel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  // A field is a grid whose 1fr track grows to the native control's own width: a select as wide as its longest
  // option ("运单明细 (Sheet4) · looks like lines") would push the pane sideways at 320 px.
  field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  control: { minWidth: 0, maxWidth: "100%" },
});

export interface LinesPanelProps {
  readonly engine: LinesEngine;
  /** True while Grade all or another action runs. */
  readonly locked: boolean;
  readonly boundTable: string | null;
  readonly onBuilt: (built: CustomerTableBuilt) => void;
  readonly onGrade: (tableName: string) => void;
}

function optionText(strings: LinesStrings, table: LinesTableInfo): string {
  const marks = [
    table.looksLikeLines ? strings.looksLikeLines : null,
    table.customerTable !== null ? strings.hasCustomerTable(table.customerTable) : null,
    table.builtFromLines ? strings.builtFromLines : null,
  ].filter((m): m is string => m !== null);
  const base = strings.tableOption(table.name, table.sheetName);
  return marks.length > 0 ? `${base} · ${marks.join(" · ")}` : base;
}

function progressText(strings: LinesStrings, progress: BuildProgress | null): string {
  if (progress === null) return strings.reading(0, 0);
  return progress.phase === "reading"
    ? strings.reading(progress.done, progress.total)
    : strings.writing(progress.done, progress.total);
}

export function LinesPanel({ engine, locked, boundTable, onBuilt, onGrade }: LinesPanelProps) {
  const adapter = usePaneAdapter();
  const { locale } = useLocale();
  const strings = linesStrings[locale];
  const styles = useStyles();
  const lines = useCustomersFromLines(adapter, engine, locale, onBuilt);
  const { tables, chosen, running, built, error } = lines;
  const busy = locked || running !== null;
  const selectCell = useCallback(
    (sheetName: string, cell: string) => {
      adapter.selectSheetCell(sheetName, cell).catch((failure: unknown) => console.warn(describeError(failure)));
    },
    [adapter],
  );
  if (tables.kind === "loading") return <Caption1 className={styles.hint}>{strings.loadingTables}</Caption1>;
  if (tables.kind === "failed")
    return (
      <PaneMessage title={strings.failed} intent="error" testId="lines-error">
        {typeof tables.error === "string" ? tables.error : tables.error[locale]}
      </PaneMessage>
    );
  const progress = running?.progress ?? null;
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={styles.root} data-testid="lines-panel">
      <Field
        className={styles.field}
        label={strings.tableLabel}
        {...(chosen && !chosen.looksLikeLines ? { hint: strings.notLikeLines } : {})}
      >
        <Select
          className={styles.control}
          data-testid="lines-table"
          value={chosen?.name ?? ""}
          disabled={busy}
          onFocus={lines.refreshTables}
          onChange={(_, data) => data.value && lines.choose(data.value)}
        >
          {chosen === null && (
            <option value="" disabled>
              {strings.tablePlaceholder}
            </option>
          )}
          {tables.tables.map((t) => (
            <option key={t.id} value={t.name}>
              {optionText(strings, t)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        className={styles.field}
        label={strings.asOfLabel}
        hint={strings.asOfHint}
        {...(lines.asOfDate === null ? { validationMessage: strings.badDate } : {})}
      >
        <Input
          className={styles.control}
          type="date"
          data-testid="lines-as-of"
          value={lines.asOf}
          disabled={busy}
          onChange={(_, data) => lines.setAsOf(data.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance={built ? "secondary" : "primary"}
          data-testid="lines-build"
          disabledFocusable={busy || chosen === null || lines.asOfDate === null}
          onClick={lines.run}
        >
          {chosen?.customerTable ? strings.refresh : strings.build}
        </Button>
      </div>
      <Caption1 className={styles.hint}>
        {chosen?.customerTable ? strings.refreshHint(chosen.customerTable) : strings.buildHint}
      </Caption1>
      {running && (
        <Field validationMessage={progressText(strings, progress)} validationState="none">
          <ProgressBar data-testid="lines-progress" {...(fraction === undefined ? {} : { value: fraction })} />
        </Field>
      )}
      {error !== null && (
        <PaneMessage title={strings.failed} intent="error" testId="lines-error">
          {typeof error === "string" ? error : error[locale]}
        </PaneMessage>
      )}
      {built && (
        <>
          <LinesResult
            built={built}
            strings={strings}
            lang={locale}
            boundTable={boundTable}
            disabled={busy}
            onGrade={onGrade}
            onSelectCell={selectCell}
          />
          <RfmView rows={built.rfm} segmentName={engine.segmentName} lang={locale} strings={strings} />
        </>
      )}
    </div>
  );
}
