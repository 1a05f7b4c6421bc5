/**
 * Who the year-end review asks to settle first: a cap rule of the rule set (by default its overdue cap, so
 * the list says what the rule says), or any balance past due. The options read the rule set in force.
 */
import { Field, Select } from "@fluentui/react-components";
import { type RuleSet, type SettleFirst, settleRuleOf } from "../../engine";
import { conditionText } from "../../plan";
import { useLocale } from "../locale";

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
  return (
    <Field label={strings.settleFirstLabel}>
      <Select
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
