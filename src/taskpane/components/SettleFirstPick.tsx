/**
 * Who the year-end review asks to settle first: a cap rule of the rule set (by default its overdue cap, so
 * the list says what the rule says), or any balance past due. The options read the rule set in force.
 */
import { Field, Select, makeStyles } from "@fluentui/react-components";
import { type RuleSet, type SettleFirst, settleRuleOf } from "../../engine";
import { conditionText } from "../../plan";
import { useLocale } from "../locale";

// A native select is as wide as its longest option: held to the pane's width, the chosen one cut with "…".
const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", textOverflow: "ellipsis" },
});

/** The option value for "any balance past due": rule ids never start with an asterisk. */
const ANY = "*any";

export interface SettleFirstPickProps {
  readonly ruleSet: RuleSet;
  /** The pick made so far; `undefined`: none (the rule set's overdue cap). */
  readonly value: SettleFirst | undefined;
  readonly onChange: (value: SettleFirst) => void;
  readonly disabled: boolean;
}

export function SettleFirstPick({ ruleSet, value, onChange, disabled }: SettleFirstPickProps) {
  const { locale, strings } = useLocale();
  const caps = ruleSet.rules.flatMap((rule) => (rule.kind === "cap" ? [rule] : []));
  const current = settleRuleOf(ruleSet, value);
  const styles = useStyles();
  return (
    <Field label={strings.settleFirstLabel} className={styles.root}>
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        data-testid="settle-first"
        value={current?.id ?? ANY}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === ANY ? "anyOverdue" : { rule: data.value })}
      >
        {caps.map((rule) => (
          <option key={rule.id} value={rule.id}>
            {strings.settleFirstByRule(conditionText(rule.when, locale))}
          </option>
        ))}
        <option value={ANY}>{strings.settleFirstAnyOverdue}</option>
      </Select>
    </Field>
  );
}
