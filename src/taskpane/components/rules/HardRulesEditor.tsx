/**
 * The hard rules: each can be switched off; a cap's best grade, the numbers its conditions compare with and its
 * remark can be changed. A condition comparing two fields (balance > credit limit) is shown, not edited.
 */
import { Body1, Field, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../../engine";
import { filledRemark } from "../../../engine/rules/remarkTemplates";
import { useLocale } from "../../locale";
import { type Draft, isRuleOn, setCapGrade, setConditionValue, setRuleRemark } from "../../rules/draft";
import { fieldLabel, operatorSymbol } from "../../../plan";
import { NumberField } from "./NumberField";
import { RemarkField, RemarkLanguageSwitch } from "./RemarkField";

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
  // "条件：往来余额 > 信用额度": the field names stay whole (see App's short texts).
  muted: {
    color: tokens.colorNeutralForeground2,
    wordBreak: "keep-all",
    lineBreak: "strict",
    overflowWrap: "anywhere",
  },
  all: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface HardRulesEditorProps {
  readonly draft: Draft;
  readonly edit: (change: (d: Draft) => Draft) => void;
  readonly setRuleOn: (index: number, on: boolean) => void;
  /** The language whose remarks are edited, and its switch. */
  readonly remarkLang: Lang;
  readonly onRemarkLang: (lang: Lang) => void;
}

export function HardRulesEditor({ draft, edit, setRuleOn, remarkLang: lang, onRemarkLang }: HardRulesEditorProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.all} data-testid="hard-rules">
      <RemarkLanguageSwitch lang={lang} onLang={onRemarkLang} />
      <ul className={styles.list}>
        {(draft.rules ?? []).map((rule, r) => {
          // A rule is named by its remark as grading writes it, so the name follows the rule's numbers.
          const name = filledRemark(rule.remark, rule)[locale];
          return (
            <li key={rule.id}>
              <div role="group" aria-label={name} className={styles.rule}>
                <Switch
                  label={strings.ruleInUse(name)}
                  checked={isRuleOn(rule)}
                  onChange={(_, data) => setRuleOn(r, data.checked)}
                />
                <div className={styles.detail}>
                  {rule.kind === "manualOverride" && (
                    <Body1 className={styles.muted}>{strings.manualOverrideText}</Body1>
                  )}
                  {rule.kind === "require" && (
                    <Body1 className={styles.muted}>
                      {strings.requireText(rule.anyOf.map((f) => fieldLabel(f, locale)))}
                    </Body1>
                  )}
                  {rule.kind === "cap" && (
                    <Field label={strings.capGradeLabel} size="small" orientation="horizontal">
                      <Select
                        size="small"
                        aria-label={strings.capGradeFor(name)}
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
                  <RemarkField
                    label={strings.ruleRemarkLabel(strings.languageNames[lang])}
                    remark={rule.remark}
                    source={rule}
                    lang={lang}
                    onText={(text) => edit((x) => setRuleRemark(x, r, lang, text))}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
