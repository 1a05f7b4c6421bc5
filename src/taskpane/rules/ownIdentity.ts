/**
 * An edited rule set gets a name and file name of its own: the default rules with other weights are no longer
 * "默认物流客户分级规则", and exporting them must not make a second `default.rules.json` that reads like the
 * shipped one. Applied when the analyst saves or exports; a rule set that already has its own id is left alone.
 */
import { type Localized, defaultRuleSetJson } from "../../engine";
import type { Draft } from "./draft";

const DEFAULT = defaultRuleSetJson() as Draft;

/** The rule set without what names it (and the remarks' language): two drafts alike here are the same rules. */
const rulesOf = (draft: Draft): string =>
  JSON.stringify({ ...draft, id: "", name: null, $schema: null, language: DEFAULT.language });
const DEFAULT_RULES = rulesOf(DEFAULT);

/** YYYY-MM-DD of the analyst's own day (local time), for ids and names. */
function dayOf(today: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

function ownName(day: string): Localized {
  return {
    "zh-CN": `我的物流客户分级规则（${day}）`,
    "zh-TW": `我的物流客戶分級規則（${day}）`,
    en: `My logistics customer grading (${day})`,
  };
}

/**
 * The draft as it should be saved or exported: with the default's id (and, unless the analyst renamed it, its
 * name) but other rules, it becomes `my-rules-YYYY-MM-DD`, "我的物流客户分级规则（YYYY-MM-DD）".
 */
export function withOwnIdentity(draft: Draft, today: Date): Draft {
  if (draft.id !== DEFAULT.id || rulesOf(draft) === DEFAULT_RULES) return draft;
  const day = dayOf(today);
  const renamed = JSON.stringify(draft.name) !== JSON.stringify(DEFAULT.name);
  return { ...draft, id: `my-rules-${day}`, name: renamed ? draft.name : ownName(day) };
}
