/** @jest-environment jsdom */
/**
 * "Use as → a new indicator of my rules" in the column review: the dialog reads the column, the analyst names
 * it, picks how it counts (words put best first; a number's direction and range) and where it goes; saving
 * puts the field and its criterion in the workbook's rule set, the review reads the column as the new field,
 * and the next Grade all scores it. Cancel changes nothing; a refusal is shown in the analyst's words. Real
 * adapter, simulated workbook.
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { err, loadRuleSet } from "../../src/engine";
import { createWorkbook } from "../../src/simulator";
import { type Workbook } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

const HEADERS = ["客户名称", "年交易额", "财务状况", "结算方式", "KPI得分"];

/**
 * Six customers alike in everything but their settlement terms and KPI score: 月结 is the most common term, so
 * the dialog lists it first and the analyst moves 现结 to the top.
 */
function ledger(): Workbook {
  const row = (name: string, terms: string, kpi: number) => [name, 800_000, "良好", terms, kpi];
  return createWorkbook({
    sheets: [{ name: "台账" }],
    tables: [
      {
        name: "客户台账",
        sheet: "台账",
        topRow: 0,
        leftColumn: 0,
        headers: HEADERS,
        rows: [
          row("甲", "现结", 80),
          row("乙", "季结", 80),
          row("丙", "月结", 61.5),
          row("丁", "月结", 98),
          row("戊", "季结", 80),
          row("己", "月结", 80),
        ],
      },
    ],
  });
}

const RULES_KEY = "customerGrader.ruleSet";
const card = (header: string) => within(screen.getByTestId("column-mapping")).getByRole("listitem", { name: header });
type User = ReturnType<typeof renderPane>["user"];

/** Chooses "a new indicator of my rules" in the column's Use as dropdown; resolves with the open dialog. */
async function openDialog(header: string, user: User, strings: ReturnType<typeof renderPane>["strings"]) {
  const useAs = within(card(header)).getByRole("combobox", { name: strings.mappingFieldFor(header) });
  await waitFor(() => expect((useAs as HTMLSelectElement).disabled).toBe(false));
  await user.selectOptions(useAs, strings.reviewNewIndicator);
  const dialog = await screen.findByRole("dialog", { name: strings.indicatorTitle(header) });
  await within(dialog).findByRole("button", { name: strings.indicatorSave });
  return dialog;
}

/** A table's score column (after the three columns Grade all adds). */
const scores = (workbook: Workbook) =>
  workbook.tableValues("客户台账").rows.map((r) => r[HEADERS.length + 1] as number | undefined);

async function gradeAll(user: User, label: string) {
  const button = await screen.findByRole("button", { name: label });
  await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
  await user.click(button);
  await screen.findByTestId("grade-summary");
}

test("a words column becomes a criterion whose points follow the analyst's order; Grade all ranks 现结 above 季结", async () => {
  const workbook = ledger();
  const { strings, user, adapter } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  await screen.findByTestId("review-attention");
  const dialog = await openDialog("结算方式", user, strings);
  // Named after the header, typed as words, the values most frequent first with their rows and points.
  expect((within(dialog).getByRole("textbox", { name: /名称/ }) as HTMLInputElement).value).toBe("结算方式");
  expect((within(dialog).getByRole("combobox", { name: "类型" }) as HTMLSelectElement).value).toBe("words");
  const words = within(dialog).getByRole("list", { name: "值（好的在前）" });
  // Each value's text and facts (its move buttons are named for the screen reader, and shown as arrows).
  const listed = () =>
    within(words)
      .getAllByRole("listitem")
      .map((li) => (li.textContent ?? "").replace(/[↑↓]/g, ""));
  expect(listed()).toEqual(["1.月结3 行 · 100 分", "2.季结2 行 · 60 分", "3.现结1 行 · 20 分"]);
  // 现结 to the top, from the keyboard: the moved value keeps the focus, the live region says where it went.
  within(dialog).getByRole("button", { name: "将“现结”上移" }).focus();
  await user.keyboard("{Enter}");
  expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "将“现结”上移" }));
  await user.keyboard("{Enter}");
  // At the top there is no "up": the focus moves to its "down".
  expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "将“现结”下移" }));
  expect(within(dialog).getByRole("status").textContent).toBe("“现结”现为第 1 位，共 3 位。");
  expect(listed()).toEqual(["1.现结1 行 · 100 分", "2.月结3 行 · 60 分", "3.季结2 行 · 20 分"]);
  expect(within(dialog).getByText(/最后一个得 20 分/)).toBeTruthy();
  await user.click(within(dialog).getByRole("button", { name: strings.indicatorSave }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

  // Saved in the workbook like any rule edit: the field with the header as its alias, and the criterion.
  const saved = workbook.settings[RULES_KEY] as {
    fields: unknown[];
    dimensions: { id: string; criteria: unknown[] }[];
  };
  expect(saved.fields).toEqual([
    {
      id: "own-1",
      label: { "zh-CN": "结算方式", "zh-TW": "结算方式", en: "结算方式" },
      aliases: ["结算方式"],
      type: "words",
    },
  ]);
  const own = saved.dimensions.find((d) => d.id === "own-indicators");
  expect(own).toMatchObject({ weight: 10, label: { "zh-CN": "自有指标", "zh-TW": "自有指標", en: "Own indicators" } });
  expect(own?.criteria).toEqual([
    expect.objectContaining({
      field: "own-1",
      kind: "words",
      entries: [
        { words: ["现结"], points: 100 },
        { words: ["月结"], points: 60 },
        { words: ["季结"], points: 20 },
      ],
    }),
  ]);
  expect(loadRuleSet(saved).ok).toBe(true);

  // The review reads the column as the new field (the engine claims the declared header), and says so.
  expect(adapter.bound()?.mapping.custom?.["own-1"]?.header).toBe("结算方式");
  // It needs no look any more: it is in the folded list, and the note above says what happened.
  expect(screen.getByTestId("indicator-saved").textContent).toBe(
    "“结算方式”现按您的指标“结算方式”读取，下次全部分级时使用。",
  );
  await user.click(await within(screen.getByTestId("column-mapping")).findByRole("button", { name: /^其余/ }));
  expect(card("结算方式").textContent).toContain("按您的指标“结算方式”读取");
  // The rules editor shows the new dimension.
  await user.click(screen.getByRole("button", { name: "评分维度与权重" }));
  expect(await screen.findByRole("spinbutton", { name: /自有指标/ })).toBeTruthy();

  await gradeAll(user, strings.gradeAll);
  const [cash, quarterly] = scores(workbook);
  expect(cash).toBeGreaterThan(quarterly ?? Infinity);
});

test("a number column (KPI得分) counts higher as better over the range found in the column", async () => {
  const workbook = ledger();
  const { strings, user } = renderPane(workbook, { locale: "en" });
  await loaded(strings);
  await screen.findByTestId("review-attention");
  const dialog = await openDialog("KPI得分", user, strings);
  expect((within(dialog).getByRole("combobox", { name: "Type" }) as HTMLSelectElement).value).toBe("number");
  expect((within(dialog).getByRole("radio", { name: "Higher is better" }) as HTMLInputElement).checked).toBe(true);
  expect((within(dialog).getByRole("textbox", { name: "Lowest value" }) as HTMLInputElement).value).toBe("61.5");
  expect((within(dialog).getByRole("textbox", { name: "Highest value" }) as HTMLInputElement).value).toBe("98");
  // Named in English too: its id comes from the name.
  const name = within(dialog).getByRole("textbox", { name: /Name/ });
  await user.clear(name);
  await user.type(name, "KPI score");
  await user.click(within(dialog).getByRole("button", { name: strings.indicatorSave }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

  const saved = workbook.settings[RULES_KEY] as { fields: { id: string }[]; dimensions: { criteria: unknown[] }[] };
  expect(saved.fields.map((f) => f.id)).toEqual(["kpi-score"]);
  expect(saved.dimensions.at(-1)?.criteria).toEqual([
    expect.objectContaining({ field: "kpi-score", kind: "linear", from: 61.5, to: 98, weight: 1 }),
  ]);
  expect(loadRuleSet(saved).ok).toBe(true);
  await user.click(await within(screen.getByTestId("column-mapping")).findByRole("button", { name: /^Other columns/ }));
  expect(card("KPI得分").textContent).toContain('Read as your indicator "KPI score"');

  await gradeAll(user, strings.gradeAll);
  const [, , low, high, , average] = scores(workbook);
  expect(high).toBeGreaterThan(average ?? Infinity);
  expect(average).toBeGreaterThan(low ?? Infinity);
});

test("cancel changes nothing: no rules saved, the column still not used", async () => {
  const workbook = ledger();
  const { strings, user, adapter } = renderPane(workbook, { locale: "zh-TW" });
  await loaded(strings);
  await screen.findByTestId("review-attention");
  const before = adapter.ruleSet();
  const dialog = await openDialog("结算方式", user, strings);
  await user.click(within(dialog).getByRole("button", { name: "取消" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(workbook.settings[RULES_KEY]).toBeUndefined();
  expect(adapter.ruleSet()).toBe(before);
  expect(Object.keys(adapter.bound()?.mapping.custom ?? {})).toEqual([]); // no column read by an own field
  await waitFor(() => expect(card("结算方式").textContent).toContain(strings.reviewUnrecognised));
  expect(screen.queryByTestId("indicator-saved")).toBeNull();
});

test("a range that is not one is said beside it, and nothing is saved", async () => {
  const workbook = ledger();
  const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  await screen.findByTestId("review-attention");
  const dialog = await openDialog("KPI得分", user, strings);
  const high = within(dialog).getByRole("textbox", { name: "最高值" });
  await user.clear(high);
  await user.type(high, "50");
  await user.click(within(dialog).getByRole("button", { name: strings.indicatorSave }));
  const low = within(dialog).getByRole("textbox", { name: "最低值" });
  expect(low.getAttribute("aria-invalid")).toBe("true");
  expect(within(dialog).getByText("最低值须为小于最高值的数字。")).toBeTruthy();
  expect(workbook.settings[RULES_KEY]).toBeUndefined();
});

test("a rule set refused by saveRuleSet is shown in the analyst's words, and the dialog stays open", async () => {
  const workbook = ledger();
  const refusal = {
    path: "fields",
    message: "Too many fields",
    messages: { "zh-CN": "自有指标太多，最多 64 个。", "zh-TW": "自有指標太多。", en: "Too many fields." },
  };
  const { strings, user } = renderPane(workbook, {
    locale: "zh-CN",
    wrap: (adapter) => ({ ...adapter, saveRuleSet: async () => err([refusal]) }),
  });
  await loaded(strings);
  await screen.findByTestId("review-attention");
  const dialog = await openDialog("结算方式", user, strings);
  await user.click(within(dialog).getByRole("button", { name: strings.indicatorSave }));
  const refused = await within(dialog).findByTestId("indicator-refused");
  expect(refused.textContent).toContain("规则未能接受这个新指标：");
  expect(refused.textContent).toContain("自有指标太多，最多 64 个。");
  expect(screen.getByRole("dialog")).toBeTruthy();
  expect(workbook.settings[RULES_KEY]).toBeUndefined();
});
