/**
 * The pane's body: the table picker with Grade all beside it (so both are in the first screen at any width),
 * then (with a table bound) the run, the auto-grade switch and the last summary, the review of the table's
 * columns, the selected customer and the unreadable cells, then the template and summary sheets, then the rules. A host too old, a workbook without tables or a
 * table without usable columns shows a message bar saying what to do, and nothing is written (a workbook
 * without tables is also offered the template table).
 */
import { Body1, Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { type RefObject, Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import type { CellIssue, Localized } from "../../engine";
import type { CustomerTableBuilt, GradeTotals } from "../../excel";
import { useAutoGrade } from "../hooks/useAutoGrade";
import { useDataChanges } from "../hooks/useDataChanges";
import { type GradeRunControls, useGradeRun } from "../hooks/useGradeRun";
import { useNewIndicator } from "../hooks/useNewIndicator";
import { useRulesEditor } from "../hooks/useRulesEditor";
import { useSelectedCustomer } from "../hooks/useSelectedCustomer";
import { type StaleReason, useStaleGrades } from "../hooks/useStaleGrades";
import { useTemplateActions } from "../hooks/useTemplateActions";
import { type WorkbookControls, useWorkbook } from "../hooks/useWorkbook";
import { describeError, useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import type { GradeRunSummary } from "../hooks/gradeRunState";
import { GradeAllButtons, GradePanel, useRunFocus } from "./GradePanel";
import { type TemplateInsertOutcome, InsertTemplateOffer, InsertedTemplateResult } from "./InsertTemplateOffer";
import { IssuesList } from "./IssuesList";
import { PaneMessage } from "./PaneMessage";
import { proposedDimension } from "../review/newIndicator";
import type { Draft } from "../rules/draft";
import { ColumnReview } from "./review/ColumnReview";
import { IndicatorSaved } from "./review/IndicatorSaved";
import { RulesEditor } from "./rules/RulesEditor";
import { ScoreCard } from "./ScoreCard";
import { Section } from "./Section";
import { TablePicker } from "./TablePicker";
import { TemplatePanel } from "./TemplatePanel";
import { LinesSection } from "../lines/LinesSection";
import { FitSection } from "../fit/FitSection";

type Ready = Extract<WorkbookControls["state"], { kind: "ready" }>;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // The picker takes the row, Grade all keeps its own width beside it, level with the select (below its label).
  start: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
});

/** The new-indicator dialog, loaded the first time the analyst opens it (not in the pane's first load). */
const NewIndicatorDialog = lazy(() =>
  import("./review/NewIndicatorDialog").then((module) => ({ default: module.NewIndicatorDialog })),
);

interface BoundGradeProps {
  readonly run: GradeRunControls;
  readonly bindCount: number;
  readonly canGrade: boolean;
  readonly stale: StaleReason | null;
  readonly summaryRef: RefObject<HTMLDivElement>;
  /** Rows graded again by auto-grade, with the table's totals as they now are (`null` before its first Grade all). */
  readonly onRowsGraded: (totals: GradeTotals | null) => void;
  /** The analyst changed the table's data while auto-grade was off. */
  readonly onDataChanged: () => void;
}

/**
 * What follows Grade all for the bound table: its progress and messages, the auto-grade switch and the summary.
 * Mounted once per table (keyed by its id): auto-grade is off again for another table, and asks again.
 */
function BoundGrade({ run, bindCount, canGrade, stale, summaryRef, onRowsGraded, onDataChanged }: BoundGradeProps) {
  const adapter = usePaneAdapter();
  const auto = useAutoGrade(adapter, bindCount, onRowsGraded);
  // Edits are heard until auto-grade's own watch grades them (an edit in between is heard by one or both).
  const changes = useDataChanges(adapter, bindCount, !auto.watching, onDataChanged);
  return (
    <GradePanel run={run} auto={auto} changes={changes} canGrade={canGrade} stale={stale} summaryRef={summaryRef} />
  );
}

interface BoundTablePartsProps {
  readonly run: GradeRunControls;
  readonly bindCount: number;
  readonly refreshKey: number;
}

/**
 * The score card and the issues of the bound table. Mounted once per table (keyed by its id): the issues of one
 * table never show, nor select cells, under another.
 */
function BoundTableParts({ run, bindCount, refreshKey }: BoundTablePartsProps) {
  const adapter = usePaneAdapter();
  const { locale, strings } = useLocale();
  const selected = useSelectedCustomer(adapter, bindCount, refreshKey);
  const [selectError, setSelectError] = useState<Localized | string | null>(null);
  // The issues' rows and columns are those of the table the run graded: the adapter refuses any other.
  const tableId = run.state.tableId ?? undefined;
  const addressOf = useCallback(
    (issue: CellIssue) => adapter.cellAddress(issue.row, issue.column, tableId) ?? "",
    [adapter, tableId],
  );
  const select = useCallback(
    (issue: CellIssue) => {
      setSelectError(null);
      adapter
        .selectCell(issue.row, issue.column, tableId)
        .then((result) => !result.ok && setSelectError(result.error.message))
        .catch((error: unknown) => setSelectError(describeError(error)));
    },
    [adapter, tableId],
  );
  return (
    <>
      <Section title={strings.scoreCardHeading}>
        <ScoreCard selected={selected} />
      </Section>
      <Section title={strings.issuesHeading}>
        {selectError !== null && (
          <PaneMessage title={strings.selectCellFailed} intent="error" testId="select-cell-error">
            {typeof selectError === "string" ? strings.unexpectedError(selectError) : selectError[locale]}
          </PaneMessage>
        )}
        <IssuesList issues={run.state.summary?.issues ?? null} addressOf={addressOf} onSelect={select} />
      </Section>
    </>
  );
}

interface ReadyPaneProps {
  readonly workbook: WorkbookControls;
  readonly state: Ready;
  /** What the offer of a workbook without tables inserted, while that table is the bound one. */
  readonly inserted: TemplateInsertOutcome | null;
}

function ReadyPane({ workbook, state, inserted }: ReadyPaneProps) {
  const adapter = usePaneAdapter();
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const [refreshKey, setRefreshKey] = useState(0);
  const bump = useCallback(() => setRefreshKey((k) => k + 1), []);
  // Grades written before a change of rules, columns or data are out of date until the next whole Grade all.
  const stale = useStaleGrades(adapter, state.bound?.binding.tableId ?? null);
  const { mark, graded: onGraded } = stale;
  const onDataChanged = useCallback(() => mark("data"), [mark]);
  // New rules may declare fields of their own: the review shows the columns as the adapter now reads them.
  const onRulesSaved = useCallback(
    (rulesChanged = true) => {
      workbook.refreshBound();
      bump();
      if (rulesChanged) mark("rules");
    },
    [workbook, bump, mark],
  );
  const { setField } = workbook;
  const onFieldChosen = useCallback(
    (header: string, field: string | null) => {
      setField(header, field);
      mark("mapping");
    },
    [setField, mark],
  );
  const rules = useRulesEditor(adapter, onRulesSaved);
  const { followSaved } = rules;
  const onIndicatorSaved = useCallback(
    (change: (draft: Draft) => Draft) => {
      followSaved(change);
      onRulesSaved();
    },
    [followSaved, onRulesSaved],
  );
  const indicator = useNewIndicator(adapter, onIndicatorSaved);
  // Once opened, the dialog stays mounted, so closing it returns focus as Fluent's dialog does.
  const [dialogWanted, setDialogWanted] = useState(false);
  if (indicator.dialog.phase !== "closed" && !dialogWanted) setDialogWanted(true);
  // A published fit: a clean rules editor shows the new rules; one with unsaved edits keeps them.
  const onFitPublished = useCallback(() => {
    followSaved((draft) => draft);
    onRulesSaved();
  }, [followSaved, onRulesSaved]);
  const ruleSet = adapter.ruleSet();
  const bound = state.bound;
  const boundId = bound?.binding.tableId ?? null;
  const { refreshTables, refreshBound, chooseTable } = workbook;
  const onFinished = useCallback(
    (summary: GradeRunSummary) => {
      refreshBound();
      bump();
      if (!summary.cancelled) onGraded(summary.dataChangedMeanwhile);
    },
    [refreshBound, bump, onGraded],
  );
  // Grade all sits beside the table picker, so its run outlives a change of table; it starts afresh for each one.
  const run = useGradeRun(adapter, onFinished, boundId);
  const { regraded } = run;
  // An edit graded again: the score card reads the row again, and the summary and unreadable cells follow.
  const onRowsGraded = useCallback(
    (totals: GradeTotals | null) => {
      bump();
      if (totals) regraded(totals);
    },
    [bump, regraded],
  );
  // Checking, asking or running: the table, its columns and the rules stay put meanwhile.
  const grading = run.state.phase !== "idle";
  const focus = useRunFocus(run.state.phase === "running", run.state.summary !== null);
  const template = useTemplateActions(adapter, {
    bindCount: state.bindCount,
    onTableChanged: workbook.adoptBound,
    onColumnsChanged: workbook.refreshBound,
  });
  const templateBusy = template.state.running !== null;
  // A customer table built or refreshed: the picker lists it, and a refreshed bound table is read again.
  const onLinesBuilt = useCallback(
    (built: CustomerTableBuilt) => {
      refreshTables();
      refreshBound();
      // The bound table's measures refreshed (written with events off, so the data watch never hears them).
      if (built.action === "refreshed" && built.tableId === boundId && built.updated + built.added + built.kept > 0)
        mark("data");
    },
    [refreshTables, refreshBound, boundId, mark],
  );
  const onGradeLines = useCallback(
    (tableName: string) => {
      refreshTables();
      chooseTable(tableName);
    },
    [refreshTables, chooseTable],
  );
  const locked = state.busy || grading || templateBusy;
  const problem = bound ? adapter.tableProblem() : null;
  // Grade all with no table yet: a lone table is picked (its columns show before anything is written, and Grade
  // all is pressed again to grade it); among several, the analyst is asked to pick one, and taken to the picker.
  const picker = useRef<HTMLSelectElement>(null);
  const [askedToPick, setAskedToPick] = useState(false);
  const gradeWithoutTable = useCallback(() => {
    const [only, ...more] = state.tables;
    if (only && more.length === 0) return chooseTable(only.name);
    setAskedToPick(true);
    picker.current?.focus();
  }, [state.tables, chooseTable]);
  const onChooseTable = useCallback(
    (name: string) => {
      setAskedToPick(false);
      chooseTable(name);
    },
    [chooseTable],
  );
  return (
    <>
      <Section title={strings.gradeHeading} testId="grade-start">
        <div ref={focus.panel} className={styles.panel}>
          <div className={styles.start} data-testid="grade-start-row">
            <TablePicker
              ref={picker}
              tables={state.tables}
              selected={bound?.binding.tableName ?? null}
              disabled={locked}
              onChoose={onChooseTable}
              onFocus={refreshTables}
            />
            <GradeAllButtons
              run={run}
              canGrade={bound ? problem === null && !templateBusy : !locked}
              onGrade={bound ? run.request : gradeWithoutTable}
            />
          </div>
          {askedToPick && !bound && (
            <PaneMessage title={strings.pickTableFirstTitle} intent="info" testId="pick-table-first">
              {strings.pickTableFirst}
            </PaneMessage>
          )}
          {inserted && <InsertedTemplateResult inserted={inserted} />}
          {state.problem && <PaneMessage title={strings.cannotGradeTitle}>{state.problem[locale]}</PaneMessage>}
          {problem && problem.code !== "not-bound" && (
            <PaneMessage title={strings.cannotGradeTitle}>{problem.message[locale]}</PaneMessage>
          )}
          {grading && <Caption1>{strings.busyGrading}</Caption1>}
          {bound && (
            <BoundGrade
              key={bound.binding.tableId}
              run={run}
              bindCount={state.bindCount}
              canGrade={problem === null && !templateBusy}
              stale={stale.reason}
              summaryRef={focus.summary}
              onRowsGraded={onRowsGraded}
              onDataChanged={onDataChanged}
            />
          )}
        </div>
      </Section>
      {bound && (
        <ColumnReview
          mapping={bound.mapping}
          overrides={bound.binding.overrides}
          samples={bound.samples}
          ownFields={ruleSet.fields}
          // The adapter's, not the binding's copy: new rules change what the table can assess.
          assessment={adapter.tableAssessment()}
          disabled={locked}
          onChange={onFieldChosen}
          onNewIndicator={indicator.open}
          notice={<IndicatorSaved saved={indicator.saved} />}
        />
      )}
      {dialogWanted && (
        <Suspense fallback={null}>
          <NewIndicatorDialog
            dialog={indicator.dialog}
            dimensions={ruleSet.dimensions.map((d) => ({ id: d.id, label: d.label[locale] }))}
            proposed={proposedDimension(ruleSet.dimensions)}
            onSave={indicator.save}
            onCancel={indicator.cancel}
          />
        </Suspense>
      )}
      {bound && (
        <BoundTableParts key={bound.binding.tableId} run={run} bindCount={state.bindCount} refreshKey={refreshKey} />
      )}
      {bound && <FitSection key={`fit:${bound.binding.tableId}`} locked={locked} onPublished={onFitPublished} />}
      <LinesSection
        locked={locked}
        boundTable={bound?.binding.tableName ?? null}
        onBuilt={onLinesBuilt}
        onGrade={onGradeLines}
      />
      <Section title={strings.templateHeading} testId="template-section">
        <TemplatePanel actions={template} tableId={bound?.binding.tableId ?? null} locked={state.busy || grading} />
      </Section>
      <RulesEditor editor={rules} grading={grading} />
    </>
  );
}

export function Pane() {
  const adapter = usePaneAdapter();
  const { locale, strings } = useLocale();
  const workbook = useWorkbook(adapter);
  const { state, reload } = workbook;
  const [inserted, setInserted] = useState<TemplateInsertOutcome | null>(null);
  const onInserted = useCallback(
    (outcome: TemplateInsertOutcome) => {
      setInserted(outcome);
      reload();
    },
    [reload],
  );
  const boundId = state.kind === "ready" ? (state.bound?.binding.tableId ?? null) : undefined;
  // The outcome belongs to the inserted table: picking another one drops it.
  useEffect(() => {
    if (boundId !== undefined && inserted !== null && boundId !== inserted.tableId) setInserted(null);
  }, [boundId, inserted]);
  switch (state.kind) {
    case "loading":
      return <Spinner size="small" label={strings.loading} />;
    case "blocked":
      return (
        <>
          <PaneMessage title={strings.cannotGradeTitle}>{state.message[locale]}</PaneMessage>
          {state.code === "no-tables" && <InsertTemplateOffer onInserted={onInserted} />}
        </>
      );
    case "failed":
      return (
        <PaneMessage
          title={strings.cannotGradeTitle}
          intent="error"
          testId="pane-error"
          actions={<Button onClick={workbook.reload}>{strings.retry}</Button>}
        >
          <Body1>{strings.unexpectedError(state.detail)}</Body1>
        </PaneMessage>
      );
    case "ready":
      return <ReadyPane workbook={workbook} state={state} inserted={inserted} />;
  }
}
