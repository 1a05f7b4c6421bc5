/**
 * A workbook without tables: besides saying how to make one, the pane offers the template table (#7), which
 * comes bound and formatted; the pane then reads the workbook again and opens on it.
 */
import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useTemplateActions } from "../hooks/useTemplateActions";
import { useLocale } from "../locale";
import { usePaneAdapter } from "../paneAdapter";
import { PaneMessage } from "./PaneMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

const nothing = (): void => undefined;

export function InsertTemplateOffer({ onInserted }: { readonly onInserted: () => void }) {
  const adapter = usePaneAdapter();
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const actions = useTemplateActions(adapter, { bindCount: 0, onTableChanged: onInserted, onColumnsChanged: nothing });
  const { running, error } = actions.state;
  return (
    <div className={styles.root}>
      <Button appearance="primary" data-testid="template-insert" disabledFocusable={running !== null} onClick={actions.insertTable}>
        {strings.templateInsert}
      </Button>
      <Caption1 className={styles.hint}>{strings.templateInsertHint}</Caption1>
      {running !== null && <Spinner size="tiny" labelPosition="after" label={strings.templateWorking} />}
      {error !== null && (
        <PaneMessage title={strings.actionFailed} intent="error" testId="template-error">
          {typeof error === "string" ? strings.unexpectedError(error) : error[locale]}
        </PaneMessage>
      )}
    </div>
  );
}
