/** Which scale each money criterion in force uses: the table's own ranking, or fixed amount bands. */
import { scaleOf } from "../criteria/registry";
import { FIELDS, isFieldId } from "../fields";
import { engineText } from "../i18n";
import type { RuleSet } from "../rules/ruleSet";
import type { Localized } from "../types";

export interface MoneyScale {
  readonly criterion: string;
  /** True when the points come from the customer's place in the table (independent of currency and unit). */
  readonly relative: boolean;
  readonly message: Localized;
}

export function moneyScalesOf(ruleSet: RuleSet): MoneyScale[] {
  const out: MoneyScale[] = [];
  for (const dimension of ruleSet.dimensions) {
    if (dimension.weight === 0) continue;
    for (const c of dimension.criteria) {
      const field = c.field;
      if (c.weight === 0 || !isFieldId(field) || FIELDS[field].type !== "money") continue;
      const level = scaleOf(c);
      if (!level) continue;
      const label = (lang: keyof Localized): string => c.label?.[lang] ?? FIELDS[field].label[lang];
      const message = level.relative
        ? engineText((m, lang) => m.moneyScale.relative(label(lang), level.top, level.points))
        : engineText((m, lang) =>
            m.moneyScale.absolute(label(lang), level.atLeast.toLocaleString("en-US"), level.points),
          );
      out.push({ criterion: c.id, relative: level.relative, message });
    }
  }
  return out;
}
