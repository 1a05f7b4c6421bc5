/**
 * The pane's body: the table, then (with a table bound) grading, the selected customer and the unreadable
 * cells, then the template and summary sheets, then the rules. A host too old, a workbook without tables or a
 * table without usable columns shows a message bar saying what to do, and nothing is written (a workbook
 * without tables is also offered the template table).
 */
import { Body1, Button, Caption1, Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useLayoutEffect, useState } from "react";
import type { CellIssue, Localized } from "../../engine";
import type { GradeTotals } from "../../excel";
import { useAutoGrade } from "../hooks/useAutoGrade";
import { useGradeRun } from "../hooks/useGradeRun";
import { useNewIndicator } from "../hooks/useNewIndicator";
import { useRulesEditor } from "../hooks/useRulesEditor";
import { useSelectedCustomer } from "../hooks/useSelectedCustomer";
import { useTemplateActions } from "../hooks/useTemplateActions";
import { type WorkbookControls, useWorkbook } from "../hooks/useWorkbook";
import { describeError, useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import type { GradeRunSummary } from "../hooks/gradeRunState";
import { GradePanel, type StaleReason } from "./GradePanel";
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

/** The new-indicator dialog, loaded the first time the analyst opens it (not in the pane's first load). */
const NewIndicatorDialog = lazy(() =>
  import("./review/NewIndicatorDialog").then((module) => ({ default: module.NewIndicatorDialog })),
);

interface BoundTablePartsProps {
  readonly workbook: WorkbookControls;
  readonly state: Ready;
  readonly refreshKey: number;
  readonly bump: () => void;
  /** Tells the pane whether Grade all is under way (the table, its columns and the rules stay put meanwhile). */
  readonly onGrading: (grading: boolean) => void;
  /** True while the template section writes to the workbook: Grade all waits for it. */
  readonly paused: boolean;
  /** What changed since the table was last graded, making its grades out of date; `null` when nothing did. */
  readonly stale: StaleReason | null;
  /** A Grade all finished: the grades are those of the rules and columns now. */
  readonly onGraded: () => void;
}

/**
 * Grading, the score card and the issues of the bound table. Mounted once per table (keyed by its id): the
 * summary and issues of one table never show, nor select cells, under another.
 */
function BoundTableParts({
  workbook,
  state,
  refreshKey,
  bump,
  onGrading,
  paused,
  stale,
  onGraded,
}: BoundTablePartsProps) {
  const adapter = usePaneAdapter();
  const { locale, strings } = useLocale();
  const problem = adapter.tableProblem();
  const onFinished = useCallback(
    (summary: GradeRunSummary) => {
      workbook.refreshBound();
      bump();
      if (!summary.cancelled) onGraded();
    },
    [workbook, bump, onGraded],
  );
  const run = useGradeRun(adapter, onFinished);
  const { regraded } = run;
  // An edit graded again: the score card reads the row again, and the summary and unreadable cells follow.
  const onRowsGraded = useCallback(
    (totals: GradeTotals | null) => {
      bump();
      if (totals) regraded(totals);
    },
    [bump, regraded],
  );
  const auto = useAutoGrade(adapter, state.bindCount, onRowsGraded);
  const selected = useSelectedCustomer(adapter, state.bindCount, refreshKey);
  const [selectError, setSelectError] = useState<Localized | string | null>(null);
  const grading = run.state.phase !== "idle";
  // In the commit that starts or ends the run, not a task later: no click may reach the rules while a run starts
  // nor find them still locked once its summary shows.
  useLayoutEffect(() => onGrading(grading), [grading, onGrading]);
  useLayoutEffect(() => () => onGrading(false), [onGrading]);
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
      {problem && problem.code !== "not-bound" && (
        <PaneMessage title={strings.cannotGradeTitle}>{problem.message[locale]}</PaneMessage>
      )}
      <Section title={strings.gradeHeading}>
        <GradePanel run={run} auto={auto} canGrade={problem === null && !paused} stale={stale} />
      </Section>
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
  const [refreshKey, setRefreshKey] = useState(0);
  const bump = useCallback(() => setRefreshKey((k) => k + 1), []);
  // Grades written before a change of rules or columns are out of date until the next whole Grade all.
  const [stale, setStale] = useState<StaleReason | null>(null);
  const onGraded = useCallback(() => setStale(null), []);
  // New rules may declare fields of their own: the review shows the columns as the adapter now reads them.
  const onRulesSaved = useCallback(() => {
    workbook.refreshBound();
    bump();
    setStale("rules");
  }, [workbook, bump]);
  const { setField } = workbook;
  const onFieldChosen = useCallback(
    (header: string, field: string | null) => {
      setField(header, field);
      setStale((now) => now ?? "mapping");
    },
    [setField],
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
  const [grading, setGrading] = useState(false);
  const template = useTemplateActions(adapter, {
    bindCount: state.bindCount,
    onTableChanged: workbook.adoptBound,
    onColumnsChanged: workbook.refreshBound,
  });
  const templateBusy = template.state.running !== null;
  // A customer table built or refreshed: the picker lists it, and a refreshed bound table is read again.
  const { refreshTables, refreshBound, chooseTable } = workbook;
  const onLinesBuilt = useCallback(() => {
    refreshTables();
    refreshBound();
  }, [refreshTables, refreshBound]);
  const onGradeLines = useCallback(
    (tableName: string) => {
      refreshTables();
      chooseTable(tableName);
    },
    [refreshTables, chooseTable],
  );
  const bound = state.bound;
  const locked = state.busy || grading || templateBusy;
  return (
    <>
      <Section title={strings.tableHeading}>
        <TablePicker
          tables={state.tables}
          selected={bound?.binding.tableName ?? null}
          disabled={locked}
          onChoose={workbook.chooseTable}
          onFocus={workbook.refreshTables}
        />
        {inserted && <InsertedTemplateResult inserted={inserted} />}
        {state.problem && <PaneMessage title={strings.cannotGradeTitle}>{state.problem[locale]}</PaneMessage>}
        {grading && <Caption1>{strings.busyGrading}</Caption1>}
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
      </Section>
      {bound && (
        <BoundTableParts
          key={bound.binding.tableId}
          workbook={workbook}
          state={state}
          refreshKey={refreshKey}
          bump={bump}
          onGrading={setGrading}
          paused={templateBusy}
          stale={stale}
          onGraded={onGraded}
        />
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
