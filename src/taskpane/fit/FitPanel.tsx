/**
 * Learn from my grades, opened: choose the column with the analyst's own grades, learn (progress, Cancel), read
 * the report, see what publishing would change, then publish or discard. Loaded on demand (`FitSection`), with
 * its texts and the engine's fit.
 */
import { Button, Caption1, Field, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../engine";
import type { GradeChanges } from "../../plan";
import { PaneMessage } from "../components/PaneMessage";
import { useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import { FitReportView } from "./FitReportView";
import { type FitStrings, fitStrings } from "./i18n";
import { useFit } from "./useFit";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  control: { minWidth: 0, maxWidth: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Shown by name up to this many. */
const PREVIEWED = 10;

export interface FitPanelProps {
  /** True while Grade all or another action runs. */
  readonly locked: boolean;
  readonly onPublished: () => void;
}

function Preview({ preview, strings }: { preview: GradeChanges | null; strings: FitStrings }) {
  const styles = useStyles();
  if (preview === null) return <Caption1>{strings.previewFailed}</Caption1>;
  if (preview.changes.length === 0) return <Caption1 data-testid="fit-preview">{strings.previewNone}</Caption1>;
  const none = strings.confusionNone;
  return (
    <div data-testid="fit-preview">
      <Caption1>{strings.previewChanges(preview.changes.length, preview.rows)}</Caption1>
      <ul className={styles.list}>
        {preview.changes.slice(0, PREVIEWED).map((c) => (
          <li key={c.row}>
            <Caption1>
              {c.name}: {c.before ?? none} → {c.after ?? none}
            </Caption1>
          </li>
        ))}
      </ul>
      {preview.changes.length > PREVIEWED && <Caption1>{strings.more(preview.changes.length - PREVIEWED)}</Caption1>}
    </div>
  );
}

function messageText(message: string | Readonly<Record<Lang, string>>, lang: Lang): string {
  return typeof message === "string" ? message : message[lang];
}

export function FitPanel({ locked, onPublished }: FitPanelProps) {
  const adapter = usePaneAdapter();
  const { locale } = useLocale();
  const strings = fitStrings[locale];
  const styles = useStyles();
  const fit = useFit(adapter, onPublished);
  const bound = adapter.bound();
  const allHeaders = (bound?.meta.headers ?? []).map((h) => String(h ?? "").trim());
  const headers = allHeaders.filter((h) => h !== "");
  // Offered first: the column the header reader takes for the grade (客户等级, Tier), else for a manual grade
  // (人工等级, usually filled for a few customers only).
  const [column, setColumn] = useState<string>(() => {
    const mapped = bound?.mapping.columns.grade ?? bound?.mapping.columns.manualGrade;
    return mapped ? (allHeaders[mapped.index] ?? "") : "";
  });
  const { state } = fit;
  const gradeColumn = bound?.outputColumns?.grade;
  const isOwnGradeColumn = gradeColumn !== undefined && column !== "" && allHeaders[gradeColumn] === column;
  const running = state.phase === "reading" || state.phase === "learning";
  const busy = locked || running || (state.phase === "draft" && state.publishing);
  return (
    <div className={styles.root} data-testid="fit-panel">
      <Field
        className={styles.field}
        label={strings.columnLabel}
        hint={strings.columnHint}
        {...(isOwnGradeColumn
          ? { validationState: "warning" as const, validationMessage: strings.ownGradeColumn }
          : {})}
      >
        <Select
          className={styles.control}
          data-testid="fit-column"
          value={column}
          disabled={busy}
          onChange={(_, data) => setColumn(data.value)}
        >
          {column === "" && (
            <option value="" disabled>
              {strings.columnPlaceholder}
            </option>
          )}
          {headers.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          data-testid="fit-learn"
          disabledFocusable={busy || column === ""}
          onClick={() => fit.learn(column)}
        >
          {strings.learn}
        </Button>
        {running && (
          <Button data-testid="fit-cancel" onClick={fit.cancel}>
            {strings.cancel}
          </Button>
        )}
      </div>
      {running && (
        <Field
          validationState="none"
          validationMessage={
            state.phase === "reading" ? strings.reading(state.done, state.total) : strings.learning(state.percent)
          }
        >
          <ProgressBar
            data-testid="fit-progress"
            {...(state.phase === "learning" ? { value: state.percent / 100 } : {})}
          />
        </Field>
      )}
      {state.phase === "cancelled" && <Caption1 data-testid="fit-cancelled">{strings.cancelled}</Caption1>}
      {state.phase === "failed" && (
        <PaneMessage title={strings.failed} intent="error" testId="fit-error">
          {messageText(state.message, locale)}
        </PaneMessage>
      )}
      {state.phase === "draft" && (
        <>
          <FitReportView report={state.report} strings={strings} lang={locale} />
          <h3 className={styles.heading}>{strings.previewHeading}</h3>
          <Preview preview={state.preview} strings={strings} />
          <Caption1 className={styles.hint}>{strings.draftNote}</Caption1>
          {state.refused && (
            <PaneMessage title={strings.publishRefused} intent="error" testId="fit-refused">
              <ul className={styles.list}>
                {state.refused.map((p, i) => (
                  <li key={i}>
                    {p.path}
                    {locale === "en" ? ": " : "："}
                    {p.messages[locale]}
                  </li>
                ))}
              </ul>
            </PaneMessage>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" data-testid="fit-publish" disabledFocusable={busy} onClick={fit.publish}>
              {strings.publish}
            </Button>
            <Button data-testid="fit-discard" disabledFocusable={busy} onClick={fit.discard}>
              {strings.discard}
            </Button>
          </div>
        </>
      )}
      {state.phase === "published" && (
        <PaneMessage title={strings.published} intent="success" testId="fit-published">
          {""}
        </PaneMessage>
      )}
      {state.phase === "discarded" && <Caption1 data-testid="fit-discarded">{strings.discarded}</Caption1>}
    </div>
  );
}
