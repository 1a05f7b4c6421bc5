/**
 * Step 6: the remark written into the table, the grade's action plus what each rule adds, in one language.
 * Few distinct remarks, a million rows: each distinct combination is composed once.
 */
import { ENGINE_MESSAGES, engineText } from "../i18n";
import type { RuleSet } from "../rules/ruleSet";
import { type Lang, type Localized, assertNever } from "../types";
import { type RowDecisions, STATUS_INCOMPLETE, STATUS_SKIPPED } from "./decideRows";

const INCOMPLETE_PREFIX: Localized = engineText((m) => m.remarks.incompletePrefix);

const NOTHING_TO_SCORE: Localized = engineText((m) => m.remarks.nothingToScore);

function joinRemarks(parts: readonly Localized[], lang: Lang): string {
  return parts.map((p) => p[lang]).join(ENGINE_MESSAGES[lang].remarks.separator);
}

/** Added to the remark of a row with cells the engine could not read, so the analyst sees it in the table. */
const UNREADABLE_CELLS: Localized = engineText((m) => m.remarks.unreadableCells);

function composeRemark(
  ruleSet: RuleSet,
  incomplete: boolean,
  grade: number,
  mask: number,
  unreadable: boolean,
  lang: Lang,
): string {
  const parts: Localized[] = [];
  const gradeSpec = grade >= 0 ? ruleSet.grades[grade] : undefined;
  if (gradeSpec) parts.push(gradeSpec.remark);
  const missing: Localized[] = [];
  ruleSet.rules.forEach((rule, k) => {
    if (((mask >>> k) & 1) === 0) return;
    switch (rule.kind) {
      case "require":
        missing.push(rule.remark); // what the row lacks, named after the "incomplete" prefix
        break;
      case "cap":
      case "flag":
      case "manualOverride":
        parts.push(rule.remark);
        break;
      default:
        assertNever(rule, "rule kind");
    }
  });
  if (unreadable) parts.push(UNREADABLE_CELLS);
  if (incomplete) {
    const why = joinRemarks(missing.length > 0 ? missing : [NOTHING_TO_SCORE], lang);
    const rest = joinRemarks(parts, lang);
    return `${INCOMPLETE_PREFIX[lang]}${why}${rest ? (lang === "en" ? "; " : "；") + rest : ""}`;
  }
  return joinRemarks(parts, lang);
}

/**
 * Every row's remark ("" for a skipped row). Cached by (rules fired) then by small integer keys, so no key
 * string or boxed number is built per row. `hasIssue[r]` is 1 where row r has an unreadable cell.
 */
export function remarksOf(ruleSet: RuleSet, rows: RowDecisions, hasIssue: Uint8Array, lang: Lang): string[] {
  const { status, fired, finalGrade } = rows;
  const remarkCache = new Map<number, Map<number, string>>();
  const remarkOf = (r: number): string => {
    const s = status[r] as number;
    if (s === STATUS_SKIPPED) return "";
    const mask = fired[r] as number;
    let byMask = remarkCache.get(mask);
    if (!byMask) {
      byMask = new Map();
      remarkCache.set(mask, byMask);
    }
    const key = (((finalGrade[r] as number) + 1) * 4 + s) * 2 + (hasIssue[r] as number);
    let text = byMask.get(key);
    if (text === undefined) {
      text = composeRemark(ruleSet, s === STATUS_INCOMPLETE, finalGrade[r] as number, mask, hasIssue[r] === 1, lang);
      byMask.set(key, text);
    }
    return text;
  };
  const remarks: string[] = new Array<string>(status.length);
  for (let r = 0; r < status.length; r++) remarks[r] = remarkOf(r);
  return remarks;
}
