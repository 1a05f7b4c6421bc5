/**
 * Whose rules the editor edits: the switch between the bound table's own rules and the workbook's it shares,
 * with a line saying which are in force and what a change here reaches. Stored own rules that cannot be read are
 * said so: the table is graded by the workbook's meanwhile.
 */
import { Caption1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { TableRulesControls } from "../../hooks/useRulesEditor";
import { useLocale } from "../../locale";
import { PaneMessage } from "../PaneMessage";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface TableRulesSwitchProps {
  readonly rules: TableRulesControls;
  /** True while rules are being saved or the table graded: the rules in force stay put meanwhile. */
  readonly disabled: boolean;
}

export function TableRulesSwitch({ rules, disabled }: TableRulesSwitchProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const own = rules.from === "table";
  return (
    <div className={styles.group}>
      <Switch
        data-testid="table-rules-switch"
        label={strings.tableRulesSwitch}
        checked={own}
        disabled={disabled}
        onChange={(_, data) => rules.setOwn(data.checked)}
      />
      <Caption1 className={styles.hint} data-testid="table-rules-in-force">
        {own ? strings.tableRulesOwn(rules.table) : strings.tableRulesShared(rules.table)}
      </Caption1>
      {rules.from === "unreadable-own" && (
        <PaneMessage title={strings.tableRulesUnreadableTitle} testId="table-rules-unreadable">
          {strings.tableRulesUnreadable(rules.table)}
        </PaneMessage>
      )}
    </div>
  );
}
