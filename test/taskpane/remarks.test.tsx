/** @jest-environment jsdom */
/**
 * Remarks edited in the pane: each grade's and each hard rule's remark is a template of its own numbers, edited in
 * one language at a time (the pane's first, the others a tab away), shown beside what grading writes with the
 * numbers filled in; a placeholder naming nothing of the rule is shown in the loader's words and refused on save;
 * what is saved is the template.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { type Lang, type RuleSetInput, defaultRuleSet, defaultRuleSetJson, loadRuleSet } from "../../src/engine";
import { fieldLabel, operatorSymbol } from "../../src/plan";
import type { UiStrings } from "../../src/taskpane/i18n";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, openRulePart, renderPane } from "./support/pane";

const RULES_KEY = "customerGrader.ruleSet";
type Saved = {
  grades: { letter: string; remark: Record<Lang, string> }[];
  rules: { id: string; remark: Record<Lang, string> }[];
};

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
const saved = (workbook: ReturnType<typeof seedWorkbook>) => workbook.settings[RULES_KEY] as Saved | undefined;
const defaultJson = () => defaultRuleSetJson() as RuleSetInput;
const defaultRule = (id: string) => defaultRuleSet().rules.find((r) => r.id === id)!;
const ruleIndex = (id: string) => defaultRuleSet().rules.findIndex((r) => r.id === id);

/** user-event reads `{` as the start of a key name: a brace typed as text is doubled. */
const typed = (text: string): string => text.replace(/[{[]/g, (c) => c + c);

/** The hard rule named by its remark as grading writes it, in the pane's language. */
const ruleGroup = (id: string, locale: Lang) => screen.getByRole("group", { name: defaultRule(id).remark[locale] });

const remarkBox = (strings: UiStrings, lang: Lang, inside: HTMLElement) =>
  within(inside).getByRole("textbox", { name: strings.ruleRemarkLabel(strings.languageNames[lang]) });

describe.each(["zh-CN", "en"] as const)("in %s", (locale) => {
  test("a hard rule's remark is edited as a template, shown filled in with the rule's number, and saved as typed", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, { locale });
    await loaded(strings);
    await openRulePart(strings.hardRulesHeading, user);
    const stale = ruleGroup("stale-record", locale);
    const box = remarkBox(strings, locale, stale);
    const template = defaultJson().rules?.[ruleIndex("stale-record")]?.remark[locale] ?? "";
    expect((box as HTMLTextAreaElement).value).toBe(template);
    expect(template).toContain("{daysSinceLastTransaction}");
    const at365 = template.replace("{daysSinceLastTransaction}", "365");
    expect(within(stale).getByText(strings.remarkWrites(at365))).toBeTruthy();

    const mine =
      locale === "en"
        ? "quiet {daysSinceLastTransaction} days: call them"
        : "{daysSinceLastTransaction}天未下单：请回访";
    await user.clear(box);
    await user.type(box, typed(mine));
    const filled = (days: number) => mine.replace("{daysSinceLastTransaction}", String(days));
    expect(within(stale).getByText(strings.remarkWrites(filled(365)))).toBeTruthy();
    expect(within(stale).getByRole("switch", { name: strings.ruleInUse(filled(365)) })).toBeTruthy();

    const days = within(stale).getByRole("spinbutton", {
      name: strings.conditionValueLabel(fieldLabel("daysSinceLastTransaction", locale), operatorSymbol("gt")),
    });
    await user.clear(days);
    await user.type(days, "180");
    expect(within(stale).getByText(strings.remarkWrites(filled(180)))).toBeTruthy();
    expect(within(stale).queryByText(strings.remarkWrites(filled(365)))).toBeNull();

    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    expect(saved(workbook)?.rules.find((r) => r.id === "stale-record")?.remark[locale]).toBe(mine);
  });

  test("changing the stale-record cap's days changes the words the pane shows for it", async () => {
    const { strings, user } = renderPane(seedWorkbook(), { locale });
    await loaded(strings);
    await openRulePart(strings.hardRulesHeading, user);
    const stale = ruleGroup("stale-record", locale);
    const days = within(stale).getByRole("spinbutton", {
      name: strings.conditionValueLabel(fieldLabel("daysSinceLastTransaction", locale), operatorSymbol("gt")),
    });
    await user.clear(days);
    await user.type(days, "180");
    const words = locale === "en" ? "no business for more than 180 days" : "超过180天无交易";
    expect(within(stale).getByText((text) => text.includes(strings.remarkWrites(words)))).toBeTruthy();
    expect(within(stale).getByRole("switch", { name: (name) => name.includes(words) })).toBeTruthy();
  });

  test("a placeholder the rule does not have is shown in the loader's words beside the box, and saving refuses it", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, { locale });
    await loaded(strings);
    await openRulePart(strings.hardRulesHeading, user);
    const settle = ruleGroup("settle-balance", locale);
    const box = remarkBox(strings, locale, settle);
    await user.clear(box);
    await user.type(box, typed("{overdueDay}"));

    // What the loader says of the same remark, at its path.
    const json = defaultRuleSetJson() as RuleSetInput;
    const r = ruleIndex("settle-balance");
    const rules = (json.rules ?? []).map((rule, i) =>
      i === r ? { ...rule, remark: { ...rule.remark, [locale]: "{overdueDay}" } } : rule,
    );
    const refused = loadRuleSet({ ...json, rules });
    if (refused.ok) throw new Error("the loader should refuse {overdueDay}");
    const message = refused.error[0]!.messages[locale];
    expect(message).toContain("{overdueDays}");
    expect(within(settle).getByText(message)).toBeTruthy();
    expect(box.getAttribute("aria-invalid")).toBe("true");

    await user.click(screen.getByTestId("rules-save"));
    const problems = await screen.findByTestId("rules-problems");
    expect(problems.textContent).toContain(`rules[${r}].remark.${locale}`);
    expect(problems.textContent).toContain(message);
    expect(saved(workbook)).toBeUndefined();
  });

  test("a grade's remark is edited in place; {minScore} follows the grade's lowest score, and the template is saved", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, { locale });
    await loaded(strings);
    await openRulePart(strings.gradesHeading, user);
    const a = defaultRuleSet().grades[0]!;
    const gradeName = a.label?.[locale] ?? a.letter;
    const box = screen.getByRole("textbox", {
      name: strings.gradeRemarkLabel(gradeName, strings.languageNames[locale]),
    });
    expect((box as HTMLTextAreaElement).value).toBe(a.remark[locale]);
    const mine = locale === "en" ? "{minScore} points or more: key customer" : "{minScore}分以上：重点客户";
    await user.clear(box);
    await user.type(box, typed(mine));
    expect(screen.getByText(strings.remarkWrites(mine.replace("{minScore}", "80")))).toBeTruthy();
    const lowest = screen.getByRole("spinbutton", { name: strings.thresholdLabel(gradeName) });
    await user.clear(lowest);
    await user.type(lowest, "85");
    expect(screen.getByText(strings.remarkWrites(mine.replace("{minScore}", "85")))).toBeTruthy();
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    expect(saved(workbook)?.grades[0]?.remark[locale]).toBe(mine);
  });
});

test("the other languages' remarks are a tab away: the English one edited from a Chinese pane, the Chinese kept", async () => {
  const workbook = seedWorkbook();
  const { strings, user } = renderPane(workbook, { locale: "zh-TW" });
  await loaded(strings);
  await openRulePart(strings.hardRulesHeading, user);
  const overdue = ruleGroup("mostly-overdue", "zh-TW");
  expect(within(overdue).getByText(strings.remarkWrites("50%以上的欠款已逾期：先催收，再放帳"))).toBeTruthy();
  await user.click(screen.getByRole("tab", { name: strings.languageNames.en }));
  const box = remarkBox(strings, "en", overdue);
  const template = defaultJson().rules?.[ruleIndex("mostly-overdue")]?.remark.en ?? "";
  expect((box as HTMLTextAreaElement).value).toBe(template);
  expect(
    within(overdue).queryByRole("textbox", { name: strings.ruleRemarkLabel(strings.languageNames["zh-TW"]) }),
  ).toBeNull();
  await user.clear(box);
  await user.type(box, typed("{overdueShare%}+ overdue: collect first"));
  expect(within(overdue).getByText(strings.remarkWrites("50%+ overdue: collect first"))).toBeTruthy();
  // The pane's own language still names the rule as before.
  expect(
    within(overdue).getByRole("switch", { name: strings.ruleInUse(defaultRule("mostly-overdue").remark["zh-TW"]) }),
  ).toBeTruthy();
  await user.click(screen.getByTestId("rules-save"));
  await screen.findByText(strings.rulesSaved);
  const remark = saved(workbook)?.rules.find((r) => r.id === "mostly-overdue")?.remark;
  expect(remark?.en).toBe("{overdueShare%}+ overdue: collect first");
  expect(remark?.["zh-TW"]).toBe(defaultJson().rules?.[ruleIndex("mostly-overdue")]?.remark["zh-TW"]);
  // The tab chosen outlives the save.
  await waitFor(() => expect(remarkBox(strings, "en", ruleGroup("mostly-overdue", "zh-TW"))).toBeTruthy());
});
