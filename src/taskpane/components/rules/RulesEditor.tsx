/**
 * The rules editor: whose rules it edits (the bound table's own or the workbook's), the remarks' language, weights, thresholds, word lists and hard rules, saving them, and the
 * earlier rule sets to go back to.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { LANGS, isLang } from "../../../engine";
import type { UiStrings } from "../../i18n";
import type { RulesEditorControls } from "../../hooks/useRulesEditor";
import { useLocale } from "../../locale";
import { setLanguage } from "../../rules/draft";
import { Section } from "../Section";
import type { RulePartName } from "./RuleParts";
import { RuleSetVersions } from "./RuleSetVersions";
import { RulesActions } from "./RulesActions";
import { RulesPreview } from "./RulesPreview";
import { TableRulesSwitch } from "./TableRulesSwitch";

const RulePart = lazy(() => import("./RuleParts").then((module) => ({ default: module.RulePart })));

/** The editor's collapsible parts, in order: each its heading; their editors load when first opened. */
const PARTS: readonly { readonly value: RulePartName; readonly heading: (s: UiStrings) => string }[] = [
  { value: "weights", heading: (s) => s.rulesHeading },
  { value: "grades", heading: (s) => s.gradesHeading },
  { value: "words", heading: (s) => s.wordListsHeading },
  { value: "rules", heading: (s) => s.hardRulesHeading },
];

export interface RulesEditorProps {
  readonly editor: RulesEditorControls;
  /** True while Grade all runs: saving new rules then would grade half the table with each set. */
  readonly grading: boolean;
}

export function RulesEditor({ editor, grading }: RulesEditorProps) {
  const { strings } = useLocale();
  const { draft, edit } = editor;
  return (
    <Section title={strings.rulesEditorHeading}>
      {editor.tableRules && <TableRulesSwitch rules={editor.tableRules} disabled={editor.busy || grading} />}
      <Field label={strings.rulesLanguage} size="small">
        <Select
          size="small"
          value={draft.language}
          onChange={(_, data) => {
            const language = data.value;
            if (isLang(language)) edit((x) => setLanguage(x, language));
          }}
        >
          {LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {strings.languageNames[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Accordion multiple collapsible>
        {PARTS.map((part) => (
          <AccordionItem key={part.value} value={part.value}>
            <AccordionHeader as="h3" size="small">
              {part.heading(strings)}
            </AccordionHeader>
            <AccordionPanel>
              <Suspense fallback={<Spinner size="tiny" data-testid="rule-part-loading" />}>
                <RulePart part={part.value} editor={editor} />
              </Suspense>
            </AccordionPanel>
          </AccordionItem>
        ))}
        {editor.versions.length > 0 && (
          <AccordionItem value="versions">
            <AccordionHeader as="h3" size="small">
              {strings.ruleVersionsHeading}
            </AccordionHeader>
            <AccordionPanel>
              <RuleSetVersions versions={editor.versions} onGoBack={editor.goBack} disabled={editor.busy || grading} />
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
      {editor.dirty && <RulesPreview draft={draft} disabled={editor.busy || grading} />}
      <RulesActions editor={editor} grading={grading} />
    </Section>
  );
}
