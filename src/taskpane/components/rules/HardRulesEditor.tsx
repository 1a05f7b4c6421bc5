/**
 * The hard rules: each can be switched off; a cap's best grade and the numbers its conditions compare with
 * can be changed. A condition comparing two fields (balance > credit limit) is shown, not edited.
 */
import { Body1, Field, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { filledRemark } from "../../../engine/rules/remarkTemplates";
import { useLocale } from "../../locale";
import { type Draft, isRuleOn, setCapGrade, setConditionValue } from "../../rules/draft";
import { fieldLabel, operatorSymbol } from "../../../plan";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  rule: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  detail: {
    paddingLeft: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface HardRulesEditorProps {
  readonly draft: Draft;
  readonly edit: (change: (d: Draft) => Draft) => void;
  readonly setRuleOn: (index: number, on: boolean) => void;
}

export function HardRulesEditor({ draft, edit, setRuleOn }: HardRulesEditorProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {(draft.rules ?? []).map((rule, r) => (
        <li key={rule.id} className={styles.rule}>
          <Switch
            label={strings.ruleInUse(filledRemark(rule.remark, rule)[locale])}
            checked={isRuleOn(rule)}
            onChange={(_, data) => setRuleOn(r, data.checked)}
          />
          <div className={styles.detail}>
            {rule.kind === "manualOverride" && <Body1 className={styles.muted}>{strings.manualOverrideText}</Body1>}
            {rule.kind === "require" && (
              <Body1 className={styles.muted}>
                {strings.requireText(rule.anyOf.map((f) => fieldLabel(f, locale)))}
              </Body1>
            )}
            {rule.kind === "cap" && (
              <Field label={strings.capGradeLabel} size="small" orientation="horizontal">
                <Select
                  size="small"
                  aria-label={strings.capGradeFor(filledRemark(rule.remark, rule)[locale])}
                  value={rule.grade}
                  onChange={(_, data) => edit((x) => setCapGrade(x, r, data.value))}
                >
                  {draft.grades.map((g) => (
                    <option key={g.letter} value={g.letter}>
                      {g.letter}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {(rule.kind === "cap" || rule.kind === "flag") &&
              rule.when.map((condition, c) => {
                const label = strings.conditionValueLabel(
                  fieldLabel(condition.field, locale),
                  operatorSymbol(condition.op),
                );
                if (typeof condition.value === "number") {
                  return (
                    <NumberField
                      key={c}
                      label={label}
                      value={condition.value}
                      onValue={(v) => edit((x) => setConditionValue(x, r, c, v))}
                    />
                  );
                }
                const other = condition.value ? ` ${fieldLabel(condition.value.field, locale)}` : "";
                return (
                  <Body1 key={c} className={styles.muted}>
                    {label}
                    {other}
                  </Body1>
                );
              })}
          </div>
        </li>
      ))}
    </ul>
  );
}
