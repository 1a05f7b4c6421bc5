/**
 * A remark's template, edited in one language at a time: the part's language switch picks which; below the box,
 * what grading writes with the rule's own numbers filled in, or the loader's problem when a placeholder names
 * nothing of the rule (saving refuses it at the remark's path, as it does any other problem of the draft).
 */
import { Caption1, Field, Tab, TabList, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { LANGS, type Lang, type Localized, isLang } from "../../../engine";
import { type TemplateSource, filledRemark, placeholderProblems } from "../../../engine/rules/remarkTemplates";
import { useLocale } from "../../locale";

const useStyles = makeStyles({
  switch: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  writes: { overflowWrap: "anywhere" },
});

/** Which language's remarks a part edits: the pane's language first, the other two a click away. */
export function RemarkLanguageSwitch({ lang, onLang }: { readonly lang: Lang; readonly onLang: (lang: Lang) => void }) {
  const { strings } = useLocale();
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.switch}>
      <Caption1 id={labelId}>{strings.remarkLanguage}</Caption1>
      <TabList
        size="small"
        aria-labelledby={labelId}
        selectedValue={lang}
        onTabSelect={(_, data) => {
          if (typeof data.value === "string" && isLang(data.value)) onLang(data.value);
        }}
      >
        {LANGS.map((l) => (
          <Tab key={l} value={l}>
            {strings.languageNames[l]}
          </Tab>
        ))}
      </TabList>
      <Caption1 className={styles.muted}>{strings.remarkHint}</Caption1>
    </div>
  );
}

export interface RemarkFieldProps {
  readonly label: string;
  readonly remark: Localized;
  /** The grade or rule whose numbers the placeholders name. */
  readonly source: TemplateSource;
  readonly lang: Lang;
  readonly onText: (text: string) => void;
}

export function RemarkField({ label, remark, source, lang, onText }: RemarkFieldProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const template = remark[lang];
  const problems = placeholderProblems(remark, source).filter((p) => p.lang === lang);
  const filled = filledRemark(remark, source)[lang];
  return (
    <Field
      label={label}
      size="small"
      validationState={problems.length > 0 ? "error" : "none"}
      validationMessage={problems.length > 0 ? problems.map((p) => p.messages[locale]).join(" ") : null}
      hint={
        problems.length === 0 && filled !== template ? (
          <span className={styles.writes}>{strings.remarkWrites(filled)}</span>
        ) : null
      }
    >
      <Textarea
        size="small"
        resize="vertical"
        rows={2}
        lang={lang}
        value={template}
        onChange={(_, data) => onText(data.value)}
      />
    </Field>
  );
}
