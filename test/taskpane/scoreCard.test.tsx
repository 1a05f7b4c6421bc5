/** @jest-environment jsdom */
/**
 * The score card follows Excel's selection; the auto-grade switch re-grades edited rows. Real adapter on the
 * simulator: selections and edits are made as the analyst would (`userSelect`, `userEdit`).
 */
import "./support/dom";
import { screen, waitFor, within } from "@testing-library/react";
import { defaultRuleSet } from "../../src/engine";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { loaded, renderPane } from "./support/pane";

const seedWorkbook = () =>
  workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
const gradeShown = () => screen.queryByTestId("score-card-grade")?.textContent ?? null;

describe("the score card", () => {
  test("asks for a selection while none is in the table, then shows the selected customer and follows the selection", async () => {
    const workbook = seedWorkbook();
    const { strings } = renderPane(workbook);
    await loaded(strings);
    const card = await screen.findByTestId("score-card");
    await waitFor(() => expect(card.textContent).toContain(strings.scoreCardEmpty));
    workbook.userSelect("客户", 3, 2); // YY, 联系人
    await waitFor(() => expect(gradeShown()).toBe("B"));
    expect(card.textContent).toContain("YY贸易公司");
    workbook.userSelect("客户", 2, 5); // XX
    await waitFor(() => expect(gradeShown()).toBe("A"));
    workbook.userSelect("Notes", 0, 0);
    await waitFor(() => expect(card.textContent).toContain(strings.scoreCardEmpty));
  });

  test("shows the score, each dimension's points and the remark, in the pane's language", async () => {
    const workbook = seedWorkbook();
    workbook.userSelect("客户", 2, 1); // XX selected before the pane opens
    const { strings } = renderPane(workbook, { locale: "zh-TW" });
    await loaded(strings);
    await waitFor(() => expect(gradeShown()).toBe("A"));
    const card = screen.getByTestId("score-card");
    expect(card.textContent).toContain(`${strings.scoreCardScore} 97.3`);
    const financial = defaultRuleSet().dimensions.find((d) => d.id === "financial");
    expect(card.textContent).toContain(financial?.label["zh-TW"]);
    expect(within(card).getByRole("heading", { name: strings.scoreCardRemark })).toBeTruthy();
    expect(card.textContent).toContain("重点客户,优先安排");
  });

  test("names the rule that capped a grade", async () => {
    const headers = ["客户名称", "财务状况", "年交易额", "逾期天数", "未结余额"];
    const workbook = workbookWith("客户表", headers, [["欠款大户", "良好,长期合作", "500万", "120天", "30万"]]);
    workbook.userSelect("客户", 2, 1);
    const { strings } = renderPane(workbook);
    await loaded(strings);
    const card = await screen.findByTestId("score-card");
    const cap = defaultRuleSet().rules.find((r) => r.id === "settle-balance");
    await waitFor(() => expect(card.textContent).toContain(cap?.remark.en));
    expect(gradeShown()).toBe("C");
  });
});

describe("the score card, when answers arrive out of order", () => {
  test("a read of the selection started before the analyst moved it does not bring the previous customer back", async () => {
    const workbook = seedWorkbook();
    let held: Promise<void> | null = null;
    let release = (): void => undefined;
    let heldReads = 0;
    const { strings, user } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        currentCustomer: async () => {
          const answer = await adapter.currentCustomer(); // reads the selection now...
          if (held) {
            heldReads += 1;
            await held; // ...and answers late
          }
          return answer;
        },
      }),
    });
    await loaded(strings);
    workbook.userSelect("客户", 2, 1); // XX
    await waitFor(() => expect(gradeShown()).toBe("A"));
    held = new Promise((resolve) => {
      release = resolve;
    });
    await user.click(await screen.findByRole("button", { name: strings.gradeAll }));
    await user.click(await screen.findByTestId("confirm-replace"));
    await screen.findByTestId("grade-summary");
    await waitFor(() => expect(heldReads).toBe(1)); // the re-read after grading, of XX, is on its way
    workbook.userSelect("客户", 3, 1); // YY
    await waitFor(() => expect(gradeShown()).toBe("B"));
    release();
    await held;
    await workbook.eventsDelivered();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(gradeShown()).toBe("B");
    expect(screen.getByTestId("score-card").textContent).toContain("YY贸易公司");
  });
});

describe("the score card for screen readers", () => {
  test("announces only the customer's name and grade as the selection moves, not the whole card", async () => {
    const workbook = seedWorkbook();
    workbook.userSelect("客户", 2, 1);
    const { strings } = renderPane(workbook);
    await loaded(strings);
    await waitFor(() => expect(gradeShown()).toBe("A"));
    const card = screen.getByTestId("score-card");
    expect(card.getAttribute("aria-live")).toBeNull();
    const live = card.querySelectorAll("[aria-live]");
    expect(live).toHaveLength(1);
    expect(live[0]?.textContent).toContain("XX");
    expect(live[0]?.textContent).toContain(`${strings.scoreCardGrade} A`);
    expect(live[0]?.textContent).not.toContain(strings.scoreCardRemark);
  });
});

describe("the auto-grade switch", () => {
  test("is off at first; when on, an edit in the table re-grades its row, and when off, edits are left alone", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    await user.click(await screen.findByRole("button", { name: strings.gradeAll }));
    await user.click(await screen.findByRole("button", { name: strings.confirmReplace }));
    await screen.findByTestId("grade-summary");
    expect(workbook.cell("客户", 4, 7).value).toBe("C");

    const toggle = screen.getByTestId("auto-grade-switch") as HTMLInputElement;
    expect(toggle.getAttribute("role")).toBe("switch");
    expect(toggle.checked).toBe(false);
    await user.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(true)); // after reading what the output columns hold
    await waitFor(() => expect(workbook.sheetHandlerCount("客户")).toBe(1));
    workbook.userEdit("客户", 4, 6, "良好,长期合作,按时付款"); // ZZ's finances improve
    await waitFor(() => expect(workbook.cell("客户", 4, 7).value).not.toBe("C"));

    await user.click(toggle);
    await waitFor(() => expect(workbook.sheetHandlerCount("客户")).toBe(0));
    const graded = workbook.cell("客户", 4, 7).value;
    workbook.userEdit("客户", 4, 6, "较差,需谨慎评估");
    await workbook.eventsDelivered();
    expect(workbook.cell("客户", 4, 7).value).toBe(graded);
  });

  test("switched on before any Grade all, asks before writing over the analyst's grades; declined, it stays off and nothing is written", async () => {
    const workbook = seedWorkbook();
    const { strings, user } = renderPane(workbook);
    await loaded(strings);
    const toggle = (await screen.findByTestId("auto-grade-switch")) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    await user.click(toggle);
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain(strings.confirmBody(6, ["客户等级", "备注"]));
    await user.click(within(dialog).getByRole("button", { name: strings.cancel }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(toggle.checked).toBe(false);
    expect(workbook.sheetHandlerCount("客户")).toBe(0);
    workbook.userEdit("客户", 4, 6, "良好,长期合作,按时付款");
    await workbook.eventsDelivered();
    expect(workbook.cell("客户", 4, 7).value).toBe("C级");
    expect(workbook.settings["customerGrader.ownedOutputs"]).toBeUndefined();
  });

  test("switched on and agreed to, re-grades edits and remembers the columns as the add-in's (Grade all then just runs)", async () => {
    const workbook = seedWorkbook();
    const { strings, user, adapter } = renderPane(workbook);
    await loaded(strings);
    const toggle = (await screen.findByTestId("auto-grade-switch")) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    await user.click(toggle);
    await user.click(await screen.findByTestId("confirm-replace"));
    await waitFor(() => expect(toggle.checked).toBe(true));
    await waitFor(() => expect(workbook.sheetHandlerCount("客户")).toBe(1));
    workbook.userEdit("客户", 4, 6, "良好,长期合作,按时付款");
    await waitFor(() => expect(workbook.cell("客户", 4, 7).value).not.toBe("C级"));
    expect(workbook.settings["customerGrader.ownedOutputs"]).toEqual([adapter.bound()?.binding.tableId]);
    // The closed dialog left focus on <body>; tabster lifts the pane's aria-hidden on its own timer (250 ms).
    await user.click(await screen.findByRole("button", { name: strings.gradeAll }));
    await screen.findByTestId("grade-summary");
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});

describe("the score card when the selection cannot be read", () => {
  test("says why, in the pane's language, instead of staying blank", async () => {
    const workbook = seedWorkbook();
    const message = { "zh-CN": "读取失败", "zh-TW": "讀取失敗", en: "The selection could not be read." };
    const { strings } = renderPane(workbook, {
      wrap: (adapter) => ({
        ...adapter,
        currentCustomer: async () => ({ ok: false, error: { code: "not-bound", message } }) as const,
      }),
    });
    await loaded(strings);
    const card = await screen.findByTestId("score-card");
    await waitFor(() => expect(card.textContent).toContain(message.en));
  });
});
