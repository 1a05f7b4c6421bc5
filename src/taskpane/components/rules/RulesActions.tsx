/**
 * Save, import, export and reset, and what the last of them said: saved, or refused with each problem's JSON
 * path. Export downloads the draft as a .json file (a Blob and a link: no Office API involved).
 */
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import type { RulesEditorControls } from "../../hooks/useRulesEditor";
import { describeError, useLocale } from "../../locale";
import { download } from "./download";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  report: { outlineStyle: "none" },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The SQL export, loaded the first time it is opened (its compiler is not in the pane's first load). */
const SqlExport = lazy(() => import("./SqlExport").then((module) => ({ default: module.SqlExport })));
/** The question before rules are replaced, loaded the first time it is asked (Fluent's dialog is not in the first load). */
const ReplaceRulesDialog = lazy(() =>
  import("./ReplaceRulesDialog").then((module) => ({ default: module.ReplaceRulesDialog })),
);
/** A refusal's problems, loaded the first time there are some (their places' words are not in the first load). */
const RuleProblems = lazy(() => import("./RuleProblems").then((module) => ({ default: module.RuleProblems })));

async function readText(file: File): Promise<string> {
  return file.text();
}

/** Downloads the draft, or shows its problems when it does not validate. */
function exportDraft(editor: RulesEditorControls): void {
  const file = editor.exportJson();
  if (file.ok) download(file.name, file.json, "application/json");
}

export function RulesActions({ editor, grading }: { readonly editor: RulesEditorControls; readonly grading: boolean }) {
  const { strings } = useLocale();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [sqlOpen, setSqlOpen] = useState(false);
  // Once asked, the dialog stays mounted, so closing it returns focus as Fluent's dialog does.
  const [dialogWanted, setDialogWanted] = useState(false);
  if (editor.pending !== null && !dialogWanted) setDialogWanted(true);
  const { status, dirty } = editor;
  // A refusal or failure is brought into view and focused (it may appear below the fold of a long editor), so
  // the analyst sees it and a screen reader reads it.
  const report = useRef<HTMLDivElement>(null);
  const bringIntoView = useCallback(() => {
    report.current?.scrollIntoView?.({ block: "nearest" });
    report.current?.focus({ preventScroll: true });
  }, []);
  const failed = status.kind === "failed" ? status : null;
  useEffect(() => {
    if (failed) bringIntoView();
  }, [failed, bringIntoView]);
  // Replacing the rules while Grade all runs would grade part of the table with each set.
  const busy = editor.busy || grading;
  return (
    <>
      <div className={styles.buttons}>
        <Button appearance="primary" data-testid="rules-save" disabled={busy} onClick={editor.save}>
          {strings.saveRules}
        </Button>
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {strings.importRules}
        </Button>
        <Button data-testid="rules-export" disabled={editor.busy} onClick={() => exportDraft(editor)}>
          {strings.exportRules}
        </Button>
        <Button data-testid="rules-export-sql" disabled={editor.busy} onClick={() => setSqlOpen(true)}>
          {strings.exportSql}
        </Button>
        <Button data-testid="rules-reset" disabled={busy} onClick={editor.reset}>
          {strings.resetRules}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label={strings.importRules}
          data-testid="rules-import-input"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = ""; // the same file can be chosen again after fixing it
            if (file)
              readText(file).then(
                (text) => editor.importText(file.name, text),
                (error: unknown) => editor.importText(file.name, describeError(error)),
              );
          }}
        />
      </div>
      {sqlOpen && (
        <Suspense fallback={null}>
          <SqlExport draft={editor.draft} onInvalid={() => exportDraft(editor)} onClose={() => setSqlOpen(false)} />
        </Suspense>
      )}
      {dirty && status.kind === "none" && <Body1 className={styles.muted}>{strings.rulesUnsaved}</Body1>}
      <div role="status">{status.kind === "saved" && <Body1>{status.text(strings)}</Body1>}</div>
      <div ref={report} tabIndex={-1} className={styles.report} data-testid="rules-report">
        {status.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{strings.unexpectedError(status.detail)}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "refused" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{status.title(strings)}</MessageBarTitle>
              <Suspense fallback={null}>
                <RuleProblems problems={status.problems} source={status.source} onShown={bringIntoView} />
              </Suspense>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {dialogWanted && (
        <Suspense fallback={null}>
          <ReplaceRulesDialog
            pending={editor.pending}
            onConfirm={editor.confirmReplace}
            onExport={() => exportDraft(editor)}
            onCancel={editor.cancelReplace}
          />
        </Suspense>
      )}
    </>
  );
}
