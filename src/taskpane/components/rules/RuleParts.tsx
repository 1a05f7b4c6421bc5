/**
 * The rules editor's collapsible parts (weights, thresholds, word lists, hard rules), in a chunk of their own:
 * loaded the first time the analyst opens one, so the pane's first load carries none of them.
 */
import { useState } from "react";
import type { Lang } from "../../../engine";
import type { RulesEditorControls } from "../../hooks/useRulesEditor";
import { useLocale } from "../../locale";
import { HardRulesEditor } from "./HardRulesEditor";
import { ThresholdsEditor } from "./ThresholdsEditor";
import { WeightsEditor } from "./WeightsEditor";
import { WordListsEditor } from "./WordListsEditor";

export type RulePartName = "weights" | "grades" | "words" | "rules";

export interface RulePartProps {
  readonly part: RulePartName;
  readonly editor: RulesEditorControls;
}

/**
 * One part's editor, keyed by the draft's generation so typed text starts over when the draft is replaced; the
 * language whose remarks it edits outlives that (a save does not switch the analyst back to the pane's language).
 */
export function RulePart({ part, editor: e }: RulePartProps) {
  const { locale } = useLocale();
  const [remarkLang, setRemarkLang] = useState<Lang>(locale);
  const remarks = { remarkLang, onRemarkLang: setRemarkLang };
  switch (part) {
    case "weights":
      return <WeightsEditor key={e.generation} draft={e.draft} edit={e.edit} />;
    case "grades":
      return <ThresholdsEditor key={e.generation} draft={e.draft} edit={e.edit} {...remarks} />;
    case "words":
      return <WordListsEditor key={e.generation} draft={e.draft} edit={e.edit} />;
    case "rules":
      return <HardRulesEditor key={e.generation} draft={e.draft} edit={e.edit} setRuleOn={e.setRuleOn} {...remarks} />;
  }
}
