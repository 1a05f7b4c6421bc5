/**
 * Editing a rule set's JSON in the pane, as pure functions: each returns a new draft and leaves the old one
 * untouched. Values are taken as typed (an emptied number becomes NaN) so that `loadRuleSet` reports a bad
 * one with its path when the analyst saves, instead of the editor guessing.
 */
import { type Lang, type RuleSetInput, type WordEntry, withWordList, wordListOf } from "../../engine";

export type Draft = RuleSetInput;
type Criterion = Draft["dimensions"][number]["criteria"][number];
type Rule = NonNullable<Draft["rules"]>[number];
type Condition = Extract<Rule, { kind: "cap" }>["when"][number];

/** A criterion's word list to edit, or null for a kind without one (or entries the editor cannot show). */
export function wordEntries(criterion: Criterion): readonly WordEntry[] | null {
  return wordListOf(criterion);
}

/** Splits what the analyst typed into words: commas (both widths), the ideographic comma, semicolons, new lines. */
export function splitWords(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== "");
}

const replaceAt = <T>(items: readonly T[], index: number, next: (item: T) => T): T[] =>
  items.map((item, i) => (i === index ? next(item) : item));

export function setDimensionWeight(draft: Draft, dimension: number, weight: number): Draft {
  return { ...draft, dimensions: replaceAt(draft.dimensions, dimension, (d) => ({ ...d, weight })) };
}

/** A grade's remark template in one language (its placeholders stay as typed: the loader checks them). */
export function setGradeRemark(draft: Draft, grade: number, lang: Lang, text: string): Draft {
  return { ...draft, grades: replaceAt(draft.grades, grade, (g) => ({ ...g, remark: { ...g.remark, [lang]: text } })) };
}

export function setMinScore(draft: Draft, grade: number, minScore: number): Draft {
  return { ...draft, grades: replaceAt(draft.grades, grade, (g) => ({ ...g, minScore })) };
}

function setEntry(
  draft: Draft,
  dimension: number,
  criterion: number,
  entry: number,
  next: (e: WordEntry) => WordEntry,
): Draft {
  return {
    ...draft,
    dimensions: replaceAt(draft.dimensions, dimension, (d) => ({
      ...d,
      criteria: replaceAt(d.criteria, criterion, (c) => {
        const entries = wordEntries(c);
        return entries ? withWordList(c, replaceAt(entries, entry, next)) : c;
      }),
    })),
  };
}

export function setWords(
  draft: Draft,
  dimension: number,
  criterion: number,
  entry: number,
  words: readonly string[],
): Draft {
  return setEntry(draft, dimension, criterion, entry, (e) => ({ ...e, words: [...words] }));
}

export function setWordPoints(
  draft: Draft,
  dimension: number,
  criterion: number,
  entry: number,
  points: number,
): Draft {
  return setEntry(draft, dimension, criterion, entry, (e) => ({ ...e, points }));
}

export function setLanguage(draft: Draft, language: Lang): Draft {
  return { ...draft, language };
}

function setRule(draft: Draft, rule: number, next: (r: Rule) => Rule): Draft {
  return { ...draft, rules: replaceAt(draft.rules ?? [], rule, next) };
}

/** The best grade a cap rule allows. */
export function setCapGrade(draft: Draft, rule: number, grade: string): Draft {
  return setRule(draft, rule, (r) => (r.kind === "cap" ? { ...r, grade } : r));
}

/** The number a cap or flag rule's condition compares with. */
export function setConditionValue(draft: Draft, rule: number, condition: number, value: number): Draft {
  const withValue = (c: Condition): Condition => ({ ...c, value });
  return setRule(draft, rule, (r) =>
    r.kind === "cap" || r.kind === "flag" ? { ...r, when: replaceAt(r.when, condition, withValue) } : r,
  );
}

/** A hard rule's remark template in one language. */
export function setRuleRemark(draft: Draft, rule: number, lang: Lang, text: string): Draft {
  return setRule(draft, rule, (r) => ({ ...r, remark: { ...r.remark, [lang]: text } }));
}

/** Whether a hard rule is applied: a rule switched off stays in the rule set with `enabled: false`. */
export function isRuleOn(rule: Rule): boolean {
  return rule.enabled !== false;
}

/**
 * Switches a hard rule on or off. Off is saved as `enabled: false` (the engine skips the rule but keeps it),
 * so the analyst can switch it on again after saving; on drops the key, as the default rule set has it.
 */
export function setRuleOn(draft: Draft, rule: number, on: boolean): Draft {
  return setRule(draft, rule, (r) => {
    const rest = Object.fromEntries(Object.entries(r).filter(([key]) => key !== "enabled"));
    return (on ? rest : { ...rest, enabled: false }) as Rule;
  });
}
