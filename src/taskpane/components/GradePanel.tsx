/**
 * Grade all and its Cancel (beside the table picker), then the run's progress and messages, the auto-grade
 * switch, and the last run's summary.
 */
import { Button, Caption1, Field, ProgressBar, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { type RefObject, Suspense, lazy, useEffect, useRef, useState } from "react";
import type { Localized } from "../../engine";
import type { GradeRunControls } from "../hooks/useGradeRun";
import type { AutoGradeControls } from "../hooks/useAutoGrade";
import type { DataChangeWatch } from "../hooks/useDataChanges";
import type { StaleReason } from "../hooks/useStaleGrades";
import { useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import { AssessmentNotes } from "./AssessmentNotes";
import { GradeSummary } from "./GradeSummary";
import { PaneMessage } from "./PaneMessage";

/** The question before the first write over the analyst's own text, loaded the first time it is asked. */
const ConfirmReplaceDialog = lazy(() =>
  import("./ConfirmReplaceDialog").then((module) => ({ default: module.ConfirmReplaceDialog })),
);

const useStyles = makeStyles({
  buttons: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexShrink: 0 },
  hint: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface GradePanelProps {
  readonly run: GradeRunControls;
  readonly auto: AutoGradeControls;
  /** The watch on the table's data while auto-grade is off. */
  readonly changes: DataChangeWatch;
  /** False while the table cannot be graded (the message bar above says why). */
  readonly canGrade: boolean;
  /** The grades in the table (and the summary) are out of date since this change; `null` when they are not. */
  readonly stale: StaleReason | null;
  /** Where focus goes when a run ends (see `useRunFocus`). */
  readonly summaryRef: RefObject<HTMLDivElement>;
}

/**
 * Keeps keyboard focus in the panel through a run: Grade all stays focusable while disabled, focus moves to
 * Cancel when the run starts and to the summary when it ends (Cancel is gone by then), unless the analyst has
 * moved it elsewhere meanwhile.
 */
export function useRunFocus(running: boolean, hasSummary: boolean) {
  const panel = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    const active = document.activeElement;
    const focusIsOurs = active === null || active === document.body || (panel.current?.contains(active) ?? false);
    if (running && !wasRunning.current && focusIsOurs)
      panel.current?.querySelector<HTMLElement>("[data-run-cancel]")?.focus();
    if (!running && wasRunning.current && focusIsOurs && hasSummary) summary.current?.focus();
    wasRunning.current = running;
  }, [running, hasSummary]);
  return { panel, summary };
}

export interface GradeAllButtonsProps {
  readonly run: GradeRunControls;
  /** False while Grade all cannot start (the message bar says why); it stays focusable. */
  readonly canGrade: boolean;
  /** What pressing Grade all does: the run's request, or (no table bound yet) asking for one. */
  readonly onGrade: () => void;
}

/** Grade all, and Cancel while a run is under way. */
export function GradeAllButtons({ run, canGrade, onGrade }: GradeAllButtonsProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const { phase, progress } = run.state;
  const running = phase === "running";
  // With rank criteria every row is written at the end, in one go that Cancel cannot stop.
  const writing = running && progress?.phase === "writing";
  return (
    <div className={styles.buttons}>
      <Button appearance="primary" disabledFocusable={!canGrade || phase !== "idle"} onClick={onGrade}>
        {strings.gradeAll}
      </Button>
      {running && (
        <Button data-run-cancel disabledFocusable={writing} onClick={run.cancel}>
          {strings.cancel}
        </Button>
      )}
    </div>
  );
}

export function GradePanel({ run, auto, changes, canGrade, stale, summaryRef }: GradePanelProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const adapter = usePaneAdapter();
  const { phase, progress, summary, error, warning, inUse } = run.state;
  const text = (message: Localized | string): string =>
    typeof message === "string" ? strings.unexpectedError(message) : message[locale];
  const running = phase === "running";
  // With rank criteria every row is written at the end, in one go that Cancel cannot stop.
  const writing = running && progress?.phase === "writing";
  const asking =
    phase === "confirming"
      ? {
          inUse,
          onConfirm: run.confirm,
          onCancel: run.decline,
          label: strings.confirmReplace,
          undoAsOneStep: adapter.undoesAsOneStep(),
        }
      : null;
  // Edits are re-graded one round at a time, each its own undo step: the warning stays.
  const autoAsking = auto.asking
    ? {
        inUse: auto.asking,
        onConfirm: auto.confirm,
        onCancel: auto.decline,
        label: strings.confirmReplaceAuto,
        undoAsOneStep: false,
      }
    : null;
  const dialog = asking ?? autoAsking;
  // Once asked, the dialog stays mounted, so closing it returns focus as Fluent's dialog does.
  const [dialogWanted, setDialogWanted] = useState(false);
  if (dialog !== null && !dialogWanted) setDialogWanted(true);
  // Checked but not yet re-grading edits: the columns are being checked, or the adapter's watch is starting.
  const autoStarting = auto.checking || (auto.on && !auto.watching && auto.error === null);
  // The table was graded; only the summary sheet or the history could not be written.
  const portfolio = summary?.portfolio;
  const portfolioProblem = portfolio
    ? portfolio.ok
      ? (portfolio.value.historyProblem ?? null)
      : portfolio.error
    : null;
  return (
    <>
      {stale !== null && !running && (
        <PaneMessage
          title={strings.gradesStaleTitle}
          intent="warning"
          testId="grades-stale"
          actions={
            <Button
              size="small"
              data-testid="grades-stale-grade"
              disabledFocusable={!canGrade || phase !== "idle"}
              onClick={run.request}
            >
              {strings.gradesStaleAction}
            </Button>
          }
        >
          {strings.gradesStale[stale]}
        </PaneMessage>
      )}
      {running && (
        <Field
          label={strings.progressLabel}
          hint={
            writing
              ? strings.writingCannotCancel
              : progress
                ? strings.progressText(progress.rowsDone, progress.rowCount)
                : null
          }
        >
          {/* Without a value the bar is indeterminate: the first chunk is still being read. */}
          <ProgressBar
            data-testid="grade-progress"
            thickness="large"
            {...(progress && progress.rowCount > 0 ? { value: progress.rowsDone / progress.rowCount } : {})}
          />
        </Field>
      )}
      {error !== null && (
        <PaneMessage title={strings.cannotGradeTitle} intent="error" testId="grade-error">
          {text(error)}
        </PaneMessage>
      )}
      <Switch
        data-testid="auto-grade-switch"
        label={strings.autoGrade}
        // Shown on while the pane checks (and, if needed, asks about) the output columns; off again if declined.
        checked={auto.on || auto.checking}
        aria-busy={autoStarting}
        // "true" once edits are re-graded (the end-to-end tests wait for it before editing).
        data-watching={auto.watching ? "true" : "false"}
        // "true" while edits are heard with auto-grade off (they mark the grades out of date).
        data-watching-changes={changes.watching ? "true" : "false"}
        disabled={!canGrade || auto.checking}
        onChange={(_, data) => auto.setOn(data.checked)}
      />
      <Caption1 className={styles.hint}>{strings.autoGradeHint}</Caption1>
      {changes.failed && (
        <Caption1 className={styles.hint} data-testid="data-watch-failed">
          {strings.dataWatchFailed}
        </Caption1>
      )}
      {auto.error !== null && (
        <PaneMessage title={strings.cannotGradeTitle} intent="error" testId="auto-grade-error">
          {text(auto.error)}
        </PaneMessage>
      )}
      {[warning, auto.warning].map(
        (w, i) =>
          w !== null && (
            <PaneMessage key={i} title={strings.actionFailed} intent="warning" testId="claim-warning">
              {strings.claimFailed(typeof w === "string" ? w : w[locale])}
            </PaneMessage>
          ),
      )}
      {summary && !running && <GradeSummary ref={summaryRef} summary={summary} />}
      {summary && !running && <AssessmentNotes assessment={summary.assessment} testId="grade-assessment" />}
      {portfolioProblem && !running && (
        <PaneMessage title={strings.portfolioFailedTitle} intent="warning" testId="portfolio-warning">
          {portfolioProblem.message[locale]}
        </PaneMessage>
      )}
      {dialogWanted && (
        <Suspense fallback={null}>
          <ConfirmReplaceDialog
            inUse={dialog?.inUse ?? null}
            confirmLabel={dialog?.label ?? strings.confirmReplace}
            undoAsOneStep={dialog?.undoAsOneStep ?? false}
            onConfirm={dialog?.onConfirm ?? run.confirm}
            onCancel={dialog?.onCancel ?? run.decline}
          />
        </Suspense>
      )}
    </>
  );
}
