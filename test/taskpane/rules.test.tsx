/** @jest-environment jsdom */
/**
 * The rules editor: edits are validated by the engine before they are saved into the workbook; an import that
 * does not validate is refused with each problem's JSON path; export downloads the rule set; reset restores
 * the default; the remarks' language is the rule set's.
 */
import "./support/dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultRuleSet, defaultRuleSetJson, loadRuleSet } from "../../src/engine";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { downloads } from "./support/dom";
import { loaded, openRulePart, renderPane } from "./support/pane";
import { fieldLabel, operatorSymbol } from "../../src/plan";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
const RULES_KEY = "customerGrader.ruleSet";
type SavedRules = {
  dimensions: { id: string; weight: number }[];
  grades: { minScore: number }[];
  rules: { id: string }[];
  language: string;
};
const savedRules = (workbook: ReturnType<typeof seedWorkbook>) =>
  workbook.settings[RULES_KEY] as SavedRules | undefined;

const openPanel = openRulePart;

function jsonFile(name: string, content: unknown): File {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const file = new File([text], name, { type: "application/json" });
  // jsdom's File has no text(); the browser's does.
  Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
  return file;
}

describe("editing and saving", () => {
  test("a changed weight is saved into the workbook", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.rulesHeading, user);
    const volume = defaultRuleSet().dimensions[0]!;
    const input = screen.getByRole("spinbutton", { name: strings.weightLabel(volume.label.en) });
    await user.clear(input);
    await user.type(input, "35");
    expect(screen.getByText(strings.rulesUnsaved)).toBeTruthy();
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    expect(savedRules(workbook)?.dimensions[0]).toMatchObject({ id: volume.id, weight: 35 });
  });

  test("a threshold left empty is refused with its path, and nothing is saved", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.gradesHeading, user);
    await user.clear(screen.getByRole("spinbutton", { name: strings.thresholdLabel("Grade B") }));
    await user.click(screen.getByTestId("rules-save"));
    const problems = await screen.findByTestId("rules-problems");
    expect(problems.textContent).toContain("grades[1].minScore");
    expect(savedRules(workbook)).toBeUndefined();
  });

  test("a weight typed as 1e308 is refused with its path and the allowed range, and nothing is saved", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.rulesHeading, user);
    const volume = defaultRuleSet().dimensions[0]!;
    const input = screen.getByRole("spinbutton", { name: strings.weightLabel(volume.label.en) });
    await user.clear(input);
    await user.type(input, "1e308");
    await user.click(screen.getByTestId("rules-save"));
    const problems = await screen.findByTestId("rules-problems");
    const items = within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    // Where, as the editor names it, what is wrong, then the file's own path.
    expect(items).toEqual([
      expect.stringMatching(
        /^dimension "Annual volume" › weight: too big \(1e\+308\): a weight is 0 \(left out\) or from 0\.000001 to 1,000,000 \(dimensions\[0\]\.weight\)$/,
      ),
    ]);
    expect(savedRules(workbook)).toBeUndefined();
  });

  test("a hard rule switched off is saved as off, takes no part in grading, and can be switched on again after saving", async () => {
    const workbook = seedWorkbook();
    const { strings, user, adapter } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.hardRulesHeading, user);
    const stale = defaultRuleSet().rules.find((r) => r.id === "stale-record")!;
    const toggle = () => screen.getByRole("switch", { name: strings.ruleInUse(stale.remark.en) }) as HTMLInputElement;
    await user.click(toggle());
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    expect(savedRules(workbook)?.rules.find((r) => r.id === "stale-record")).toMatchObject({ enabled: false });
    expect(adapter.ruleSet().rules.map((r) => r.id)).not.toContain("stale-record");
    // Reopened: the rule is still listed, switched off.
    document.body.innerHTML = "";
    const again = renderPane(workbook);
    await loaded(again.strings);
    await openPanel(strings.hardRulesHeading, again.user);
    expect(toggle().checked).toBe(false);
    await again.user.click(toggle());
    await again.user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    expect(toggle().checked).toBe(true);
    expect(savedRules(workbook)?.rules.find((r) => r.id === "stale-record")).not.toHaveProperty("enabled");
    expect(again.adapter.ruleSet().rules.map((r) => r.id)).toContain("stale-record");
  });

  test("a word list edited in its box is saved as the new list", async () => {
    const workbook = seedWorkbook();
    const { strings, user, adapter } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.wordListsHeading, user);
    const criterion = defaultRuleSet().dimensions.find((d) => d.id === "financial")!.criteria[0]!;
    const words = screen.getByRole("textbox", {
      name: strings.wordsLabel(criterion.label!.en, 1),
    }) as HTMLTextAreaElement;
    expect(words.value).toContain("良好");
    await user.clear(words);
    await user.type(words, "优秀");
    fireEvent.blur(words);
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    const financial = adapter.ruleSet().dimensions.find((d) => d.id === "financial")!;
    expect(JSON.stringify(financial.criteria[0])).toContain("优秀");
    expect(JSON.stringify(financial.criteria[0])).not.toContain("良好");
  });

  test("the remarks' language is the rule set's: switched to English, Grade all writes English remarks", async () => {
    const workbook = workbookWith(
      "客户表",
      SEED_HEADERS.slice(0, 6),
      SEED_ROWS.map((r) => r.slice(0, 6)),
    );
    const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    await user.selectOptions(screen.getByRole("combobox", { name: strings.rulesLanguage }), "en");
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    await user.click(screen.getByRole("button", { name: strings.gradeAll }));
    await screen.findByTestId("grade-summary");
    expect(workbook.tableValues("客户表").rows[0]?.[8]).toContain(defaultRuleSet().grades[0]!.remark.en.split(":")[0]);
  });
});

describe("import, export and reset", () => {
  test("an imported file that does not validate is refused with each problem and its path", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const broken = defaultRuleSetJson() as { grades: { minScore: unknown }[]; dimensions: { weight: unknown }[] };
    broken.grades[0]!.minScore = 120;
    broken.dimensions[2]!.weight = "heavy";
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("broken.json", broken));
    const problems = await screen.findByTestId("rules-problems");
    const items = within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items.some((t) => t?.includes("grades[0].minScore"))).toBe(true);
    expect(items.some((t) => t?.includes("dimensions[2].weight"))).toBe(true);
    expect(screen.getByText(strings.rulesImportRefused("broken.json"))).toBeTruthy();
    expect(savedRules(workbook)).toBeUndefined();
  });

  test("a file that is not JSON is refused too", async () => {
    const { strings, user } = renderPane(seedWorkbook());
    await loaded(strings);
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("notes.json", "{ not json"));
    const problems = await screen.findByTestId("rules-problems");
    expect(problems.textContent).toBe(`the whole file: ${strings.rulesNotJson}`);
  });

  test("a valid file is imported, saved, and shown in the editor", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const rules = defaultRuleSetJson() as { id: string; grades: { minScore: number }[] };
    rules.id = "strict";
    rules.grades[0]!.minScore = 90;
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("strict.json", rules));
    await screen.findByText(strings.rulesImported("strict.json"));
    expect(savedRules(workbook)?.grades[0]?.minScore).toBe(90);
    await openPanel(strings.gradesHeading, user);
    expect(
      (screen.getByRole("spinbutton", { name: strings.thresholdLabel("Grade A") }) as HTMLInputElement).value,
    ).toBe("90");
  });

  test("export downloads the rule set as a JSON file the engine accepts, with the edits made", async () => {
    const { strings, user } = renderPane(seedWorkbook());
    await loaded(strings);
    await openPanel(strings.gradesHeading, user);
    const a = screen.getByRole("spinbutton", { name: strings.thresholdLabel("Grade A") });
    await user.clear(a);
    await user.type(a, "85");
    downloads.length = 0;
    await user.click(screen.getByTestId("rules-export"));
    // Edited, the default rules are the analyst's own: their own file name and name, not a second default.
    expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/^my-rules-\d{4}-\d{2}-\d{2}\.rules\.json$/)]);
    const text = await readBlob(downloads[0]!.blob);
    const loaded2 = loadRuleSet(JSON.parse(text));
    expect(loaded2.ok && loaded2.value.grades[0]?.minScore).toBe(85);
    expect(loaded2.ok && loaded2.value.name.en).toMatch(/^My logistics customer grading \(\d{4}-\d{2}-\d{2}\)$/);
  });

  test("reset to default saves the default rule set over an edited one", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.rulesHeading, user);
    const input = screen.getByRole("spinbutton", {
      name: strings.weightLabel(defaultRuleSet().dimensions[0]!.label.en),
    });
    await user.clear(input);
    await user.type(input, "50");
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    await user.click(screen.getByTestId("rules-reset"));
    // The workbook's rules are not the default: the pane asks first.
    await user.click(await screen.findByTestId("confirm-rules-replace"));
    await screen.findByText(strings.rulesReset);
    expect(savedRules(workbook)).toEqual(defaultRuleSetJson());
    await waitFor(() =>
      expect(
        (
          screen.getByRole("spinbutton", {
            name: strings.weightLabel(defaultRuleSet().dimensions[0]!.label.en),
          }) as HTMLInputElement
        ).value,
      ).toBe("20"),
    );
  });
});

describe("replacing the workbook's rules", () => {
  test("a reset over unsaved edits asks first; Cancel keeps the edits and saves nothing", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.gradesHeading, user);
    const a = screen.getByRole("spinbutton", { name: strings.thresholdLabel("Grade A") }) as HTMLInputElement;
    await user.clear(a);
    await user.type(a, "88");
    await user.click(screen.getByTestId("rules-reset"));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain(strings.replaceRulesBody(true, false, null));
    await user.click(within(dialog).getByRole("button", { name: strings.cancel }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(a.value).toBe("88");
    expect(savedRules(workbook)).toBeUndefined();
  });

  test("the question offers Export, which downloads the rules about to be replaced", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await openPanel(strings.gradesHeading, user);
    const a = screen.getByRole("spinbutton", { name: strings.thresholdLabel("Grade A") });
    await user.clear(a);
    await user.type(a, "88");
    await user.click(screen.getByTestId("rules-reset"));
    const dialog = await screen.findByRole("alertdialog");
    downloads.length = 0;
    await user.click(within(dialog).getByRole("button", { name: strings.exportRules }));
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(await readBlob(downloads[0]!.blob)).grades[0].minScore).toBe(88);
    await user.click(screen.getByTestId("confirm-rules-replace"));
    await screen.findByText(strings.rulesReset);
    expect(savedRules(workbook)).toEqual(defaultRuleSetJson());
  });

  test("a valid import over saved rules that are not the default asks first; a refused one shows its problems without asking", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const strict = defaultRuleSetJson() as { id: string; grades: { minScore: number }[] };
    strict.id = "strict";
    strict.grades[0]!.minScore = 90;
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("strict.json", strict));
    await screen.findByText(strings.rulesImported("strict.json")); // the default was in force: nothing to lose
    const broken = { ...strict, grades: "none" };
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("broken.json", broken));
    await screen.findByTestId("rules-problems");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    const other = { ...strict, id: "other" };
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("other.json", other));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain(strings.replaceRulesBody(false, true, null));
    expect((savedRules(workbook) as unknown as { id: string }).id).toBe("strict");
    await user.click(screen.getByTestId("confirm-rules-replace"));
    await screen.findByText(strings.rulesImported("other.json"));
    expect((savedRules(workbook) as unknown as { id: string }).id).toBe("other");
  });
});

describe.each(["zh-CN", "en"] as const)("problems in view and never stale (%s)", (locale) => {
  test("a refused import is focused, and a later Export of the valid rules clears it", async () => {
    const { strings, user } = renderPane(seedWorkbook(), { locale });
    await loaded(strings);
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("b.json", "{ not json"));
    await screen.findByTestId("rules-problems");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("rules-report")));
    downloads.length = 0;
    await user.click(screen.getByTestId("rules-export"));
    expect(downloads.map((d) => d.name)).toEqual(["default.rules.json"]); // unedited: still the default
    expect(screen.queryByTestId("rules-problems")).toBeNull();
  });

  test("saving the default rules edited gives them an id and a name of their own", async () => {
    const workbook = seedWorkbook();
    const { adapter, strings, user } = renderPane(workbook, { locale });
    await loaded(strings);
    await openPanel(strings.rulesHeading, user);
    const input = screen.getByRole("spinbutton", {
      name: strings.weightLabel(defaultRuleSet().dimensions[0]!.label[locale]),
    });
    await user.clear(input);
    await user.type(input, "50");
    await user.click(screen.getByTestId("rules-save"));
    await screen.findByText(strings.rulesSaved);
    expect(adapter.ruleSet().id).toMatch(/^my-rules-\d{4}-\d{2}-\d{2}$/);
    expect(adapter.ruleSet().name[locale]).toMatch(
      locale === "en" ? /^My logistics customer grading \(/ : /^我的物流客户分级规则（/,
    );
    expect(adapter.ruleSet().name[locale]).not.toBe(defaultRuleSet().name[locale]);
  });
});

describe("in Chinese", () => {
  test("a refused import lists each problem's path with what is wrong in Chinese", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    const broken = defaultRuleSetJson() as { grades: { minScore: unknown; letter: string }[] };
    broken.grades[0]!.minScore = 120;
    broken.grades[1]!.letter = broken.grades[0]!.letter;
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("b.json", broken));
    const problems = await screen.findByTestId("rules-problems");
    const items = within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.find((t) => t.startsWith("等级 A › 最低分："))).toContain("数值过大");
    expect(items.find((t) => t.startsWith("等级 A › 最低分："))).toContain("(grades[0].minScore)");
    expect(problems.textContent).not.toMatch(/Too big|expected|must|appears/);
  });

  test("an imported rule set with every weight at 1e308 lists each weight's path with its range in Chinese", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
    await loaded(strings);
    const text = JSON.stringify(defaultRuleSetJson()).replace(/"weight":[0-9.]+/g, '"weight":1e308');
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("big.json", text));
    const problems = await screen.findByTestId("rules-problems");
    const items = within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.length).toBe(text.match(/"weight"/g)?.length);
    for (const item of items) {
      expect(item).toMatch(
        /^维度“[^”]+”( › 标准“[^”]+”)? › 权重：数值过大（1e\+308）：权重应为 0（不计入），或在 0\.000001 到 1,000,000 之间 \(dimensions\[\d+\](\.criteria\[\d+\])?\.weight\)$/,
      );
    }
    expect(problems.textContent).not.toMatch(/Too big|too big|expected|must/);
    expect(savedRules(workbook)).toBeUndefined();
  });

  test("a file that is not JSON is refused in Chinese, not with the parser's English", async () => {
    const { strings, user } = renderPane(seedWorkbook(), { locale: "zh-CN" });
    await loaded(strings);
    await user.upload(screen.getByTestId("rules-import-input"), jsonFile("n.json", "{ not json"));
    const problems = await screen.findByTestId("rules-problems");
    expect(problems.textContent).toBe(`整个文件：${strings.rulesNotJson}`);
  });
});

describe("the hard rules for screen readers", () => {
  test.each(["en", "zh-TW"] as const)(
    "a hard rule's words follow its number (%s): the overdue cap set to 60 days says 60, and is saved as a template",
    async (locale) => {
      const workbook = seedWorkbook();
      const { strings, user } = renderPane(workbook, { locale });
      await loaded(strings);
      await openPanel(strings.hardRulesHeading, user);
      const settle = defaultRuleSet().rules.find((r) => r.id === "settle-balance")!;
      expect(screen.getByRole("switch", { name: strings.ruleInUse(settle.remark[locale]) })).toBeTruthy();
      const days = screen.getByRole("spinbutton", {
        name: strings.conditionValueLabel(fieldLabel("overdueDays", locale), operatorSymbol("gt")),
      });
      await user.clear(days);
      await user.type(days, "60");
      const now = settle.remark[locale].replace("90", "60");
      expect(now).not.toBe(settle.remark[locale]);
      expect(screen.getByRole("switch", { name: strings.ruleInUse(now) })).toBeTruthy();
      await user.click(screen.getByTestId("rules-save"));
      await screen.findByText(strings.rulesSaved);
      const saved = workbook.settings[RULES_KEY] as { rules: { id: string; remark: Record<string, string> }[] };
      expect(saved.rules.find((r) => r.id === "settle-balance")?.remark[locale]).toContain("{overdueDays}");
    },
  );

  test("each cap rule's grade dropdown is named after its rule", async () => {
    const { strings, user } = renderPane(seedWorkbook());
    await loaded(strings);
    await openPanel(strings.hardRulesHeading, user);
    const caps = defaultRuleSet().rules.filter((r) => r.kind === "cap");
    expect(caps.length).toBeGreaterThan(1);
    for (const cap of caps)
      expect(screen.getByRole("combobox", { name: strings.capGradeFor(cap.remark.en) })).toBeTruthy();
  });
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
