/**
 * End-to-end, in real headless Chromium: the local demo page (demo.html) with the add-in's production
 * functions.js and taskpane.js in its pane, over the Excel simulator. One browser for the file, a fresh
 * context (and so a fresh workbook) per test. Every test also checks that no request left localhost and that
 * neither the page nor the pane logged an error.
 *
 * The build comes from test/e2e/support/demoBuild.ts (`webpack --mode production --env demo`), made before the
 * tests by the integration project's global setup when older than its sources.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Locator } from "playwright-core";
import { defaultRuleSetJson } from "../../src/engine";
import { adapterErrors } from "../../src/excel/errors";
import type { Lang } from "../../src/engine";
import { uiStrings } from "../../src/taskpane/i18n";
import { describeViolations, runAxe } from "./support/axe";
import {
  type DemoOptions,
  type DemoSession,
  cellText,
  chooseTable,
  editCell,
  gradeAll,
  paneFrame,
  waitForCell,
} from "./support/demoSession";
import { demoSuite } from "./support/demoSuite";
import type { AxeViolation } from "./support/axe";
import {
  SAMPLE_HEADERS,
  SAMPLE_ROWS,
  expectedGrades,
  expectedRemarks,
  sampleAddress,
  withCell,
} from "./support/expected";

const GRADE = "客户等级";
const REMARK = "备注";
const TABLE = { name: "客户表", sheet: "Sheet1" } as const;

const suite = demoSuite();

/** Whether an element is inside its frame's viewport, and which element has the focus (its test id). */
async function inViewAndFocused(element: Locator): Promise<{ inView: boolean; focused: string | null }> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset["testid"] : null;
    return { inView: box.top >= 0 && box.bottom <= window.innerHeight, focused: focused ?? null };
  });
}

async function open(options: DemoOptions = {}): Promise<DemoSession> {
  return suite.open(options);
}

/** Opens the demo, binds the sample table and grades it. */
async function openGraded(locale: Lang, options: DemoOptions = {}): Promise<DemoSession> {
  const demo = await open({ lang: locale, ...options });
  await chooseTable(demo.pane, locale, TABLE.name, TABLE.sheet);
  await gradeAll(demo.pane, locale);
  return demo;
}

async function gradeColumn(demo: DemoSession): Promise<string[]> {
  return Promise.all(SAMPLE_ROWS.map((_, row) => cellText(demo.page, sampleAddress(GRADE, row))));
}

/** The serious and critical violations, one line each ("" when none); all of them are logged. */
async function seriousViolations(demo: DemoSession, locale: Lang, moment: string): Promise<string> {
  const violations: AxeViolation[] = await runAxe(await paneFrame(demo.page, locale));
  if (violations.length > 0) console.log(`axe (${moment}):\n${describeViolations(violations)}`);
  return describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"));
}

describe("the demo page", () => {
  it("shows the sample workbook as a grid and the real pane in English, with no request leaving localhost", async () => {
    const demo = await open({ lang: "en" });
    expect(await cellText(demo.page, "Sheet1!A1")).toBe("客户名称");
    expect(await cellText(demo.page, "Sheet1!A2")).toBe(SAMPLE_ROWS[0]?.[0]);
    await demo.pane.getByRole("heading", { name: uiStrings.en.title }).first().waitFor();
    const hosts = new Set(demo.requests.map((url) => new URL(url).host));
    expect([...hosts]).toEqual([new URL(suite.origin).host]);
    const scripts = demo.requests.filter((url) => url.endsWith(".js")).map((url) => new URL(url).pathname);
    expect(scripts).toEqual(expect.arrayContaining(["/demo.js", "/officeStandIn.js", "/functions.js", "/taskpane.js"]));
  });

  it("serves the add-in's page with office.js from Microsoft's CDN and the demo pane with the stand-in instead", () => {
    const srcs = (file: string) =>
      [...readFileSync(join(suite.dist, file), "utf8").matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map(
        (m) => m[1],
      );
    expect(srcs("taskpane.html")).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(srcs("demo-taskpane.html")).toEqual(["officeStandIn.js", "functions.js", "taskpane.js"]);
    expect(readFileSync(join(suite.dist, "manifest.xml"), "utf8")).not.toMatch(/demo|officeStandIn/i);
  });

  it("moves between sheet tabs with the arrow keys, and between cells with them once the grid has focus", async () => {
    const demo = await open({ lang: "en" });
    await demo.page.getByRole("tab", { name: "Sheet1" }).focus();
    await demo.page.keyboard.press("ArrowRight");
    await demo.page.locator('[role="tab"][aria-selected="true"]', { hasText: "Sheet2" }).waitFor();
    await demo.page.locator('td[data-address="Sheet2!A1"]').waitFor();
    await demo.page.keyboard.press("ArrowLeft");
    await demo.page.locator('td[data-address="Sheet1!A1"]').waitFor();
    await demo.page.locator("#grid").focus();
    await demo.page.keyboard.press("ArrowDown");
    await demo.page.keyboard.press("ArrowRight");
    const focused = await demo.page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.address ?? null,
    );
    expect(focused).toMatch(/^Sheet1![A-Z]+\d+$/);
    await demo.page.locator(`td.selected[data-address="${focused}"]`).waitFor();
  });

  it("the no-external-request check catches a script, a fetch, a WebSocket and a preconnect to another host", async () => {
    const demo = await open({ lang: "en" });
    suite.release(); // this test makes the requests afterEach would refuse: it checks them itself
    const frame = await paneFrame(demo.page, "en");
    await frame.evaluate(() => {
      const script = document.createElement("script");
      script.src = "https://cdn.example.com/tracker.js";
      document.head.appendChild(script);
      void fetch("https://api.example.com/data").catch(() => undefined);
      const socket = new WebSocket("wss://socket.example.com/live");
      socket.onerror = () => undefined;
      const hint = document.createElement("link");
      hint.rel = "preconnect";
      hint.href = "https://fonts.example.com";
      document.head.appendChild(hint);
    });
    const expected = [
      "https://cdn.example.com/tracker.js",
      "https://api.example.com/data",
      "wss://socket.example.com/live",
      "https://fonts.example.com/ (link rel=preconnect)",
    ];
    for (let round = 0; round < 100 && !expected.every((url) => demo.blocked.includes(url)); round += 1) {
      await demo.page.waitForTimeout(100);
    }
    await demo.close();
    expect([...demo.blocked].sort()).toEqual([...expected].sort());
    expect(
      demo.requests.filter((url) => new URL(url).hostname.endsWith("example.com") && !url.startsWith("wss:")),
    ).toEqual(expect.arrayContaining(["https://cdn.example.com/tracker.js", "https://api.example.com/data"]));
  });
});

describe("the task pane on the demo page", () => {
  it("fills every row's grade cell when Grade all is clicked, as the engine grades the table", async () => {
    const demo = await openGraded("en");
    const expected = expectedGrades();
    const last = SAMPLE_ROWS.length - 1;
    await waitForCell(demo.page, sampleAddress(GRADE, last), expected[last] ?? "");
    expect(await gradeColumn(demo)).toEqual(expected);
    // An incomplete row gets no grade, but every row gets a remark.
    const remarks = await Promise.all(SAMPLE_ROWS.map((_, row) => cellText(demo.page, sampleAddress(REMARK, row))));
    expect(remarks.filter((remark) => remark === "")).toEqual([]);
  });

  it.each(["zh-TW", "en", "zh-CN"] as const)(
    "a workbook without rules of its own gets remarks in the pane's language (%s)",
    async (locale) => {
      const demo = await openGraded(locale);
      const expected = expectedRemarks(locale);
      const last = SAMPLE_ROWS.length - 1;
      await waitForCell(demo.page, sampleAddress(REMARK, last), expected[last] ?? "");
      const remarks = await Promise.all(SAMPLE_ROWS.map((_, row) => cellText(demo.page, sampleAddress(REMARK, row))));
      expect(remarks).toEqual(expected);
      if (locale !== "zh-CN") expect(remarks).not.toEqual(expectedRemarks("zh-CN")); // not Simplified Chinese
    },
  );

  it("keeps the focus in the pane while the grid redraws what Grade all wrote", async () => {
    const demo = await openGraded("en");
    const expected = expectedGrades();
    const last = SAMPLE_ROWS.length - 1;
    await waitForCell(demo.page, sampleAddress(GRADE, last), expected[last] ?? "");
    const frame = await paneFrame(demo.page, "en");
    await frame.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "grade-summary");
    // The grid has redrawn every written row by now (the last grade shows); the pane's frame still has focus.
    expect(await demo.page.evaluate(() => document.activeElement?.id)).toBe("pane");
    expect(await frame.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("grade-summary");
  });

  it("re-grades the edited row when auto-grade is on", async () => {
    const demo = await openGraded("en");
    await demo.pane.getByTestId("auto-grade-switch").check();
    // Checked shows at once; edits are re-graded only once the watch is registered.
    await demo.pane.locator('[data-testid="auto-grade-switch"][data-watching="true"]').waitFor();
    const row = 0; // graded A; a balance 120 days overdue caps it
    const before = expectedGrades()[row];
    const after = expectedGrades(withCell("逾期天数", row, 120))[row] ?? "";
    expect(after).not.toBe(before);
    await editCell(demo.page, sampleAddress("逾期天数", row), "120");
    await waitForCell(demo.page, sampleAddress(GRADE, row), after);
    // The other rows keep their grades.
    expect(await gradeColumn(demo)).toEqual(expectedGrades(withCell("逾期天数", row, 120)));
  });

  it("shows the selected customer's score card with the grade the grid shows", async () => {
    const demo = await openGraded("en");
    const row = 3;
    const grade = expectedGrades()[row] ?? "";
    await waitForCell(demo.page, sampleAddress(GRADE, row), grade);
    await demo.page.locator(`td[data-address="${sampleAddress("客户名称", row)}"]`).click();
    const card = demo.pane.getByTestId("score-card");
    await card.getByText(String(SAMPLE_ROWS[row]?.[0])).first().waitFor();
    const shown = demo.pane.getByTestId("score-card-grade");
    await shown.filter({ hasText: grade }).waitFor();
    expect((await shown.textContent())?.trim()).toBe(grade);
  });

  it("asks before replacing the analyst's grades in seed 000's table, then grades it A, B, C as the source does", async () => {
    const demo = await open({ lang: "zh-CN" });
    await chooseTable(demo.pane, "zh-CN", "示例表", "Sheet2");
    await demo.pane.getByRole("button", { name: uiStrings["zh-CN"].gradeAll, exact: true }).click();
    await demo.pane.getByTestId("confirm-replace").click();
    await demo.pane.getByTestId("grade-summary").waitFor();
    await demo.page.getByRole("tab", { name: "Sheet2" }).click();
    await waitForCell(demo.page, "Sheet2!G4", "C");
    expect([await cellText(demo.page, "Sheet2!G2"), await cellText(demo.page, "Sheet2!G3")]).toEqual(["A", "B"]);
  });

  it("applies the template formatting to the sample table and says what it did; a second click changes nothing", async () => {
    const demo = await open({ lang: "en" });
    await chooseTable(demo.pane, "en", TABLE.name, TABLE.sheet);
    const apply = demo.pane.getByTestId("template-apply");
    const result = demo.pane.getByTestId("template-result");
    await apply.click();
    await result.getByText(uiStrings.en.templateFormatted(TABLE.name)).waitFor();
    await apply.click();
    await result.getByText(uiStrings.en.templateUnchanged(TABLE.name)).waitFor();
    expect(await demo.pane.getByTestId("portfolio-views-switch").isChecked()).toBe(true);
  });

  it("selects an unreadable cell in the grid when its issue is clicked", async () => {
    const demo = await openGraded("en");
    const issue = demo.pane.getByTestId("issue-item").first();
    const address = await issue.getAttribute("data-address");
    expect(address).toMatch(/^Sheet1![A-Z]+\d+$/);
    await issue.click();
    await demo.page.locator(`td.selected[data-address="${address}"]`).waitFor();
  });

  it("refuses a broken rules file and lists each problem with its JSON path", async () => {
    const demo = await open({ lang: "en" });
    // Grade B renamed A: A appears twice, and the hard rule that caps at B names a grade that is gone.
    const broken = defaultRuleSetJson() as { grades: { letter: string }[] };
    broken.grades[1]!.letter = broken.grades[0]!.letter;

    await demo.pane.getByTestId("rules-import-input").setInputFiles({
      name: "broken-rules.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken, null, 2)),
    });
    const problems = demo.pane.getByTestId("rules-problems");
    await problems.waitFor();
    const text = (await problems.textContent()) ?? "";
    // The paths as written here, not as the engine reports them: a problem the engine missed would fail this.
    expect(["grades[1].letter", "rules[5].grade"].filter((path) => !text.includes(path))).toEqual([]);
    expect(text).toContain('grade "A" appears twice');
    expect(text).toContain("grade A › letter: "); // where, as the editors name it
    expect(await inViewAndFocused(problems)).toEqual({ inView: true, focused: "rules-report" });
    expect(await seriousViolations(demo, "en", "broken rules file, en")).toBe("");
  });

  it("in Chinese, a broken rules file is named in the analyst's words and brought into view", async () => {
    const demo = await open({ lang: "zh-CN" });
    const broken = defaultRuleSetJson() as { dimensions: { weight: unknown }[] };
    broken.dimensions[0]!.weight = "三十";
    await demo.pane.getByTestId("rules-import-input").setInputFiles({
      name: "权重.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken, null, 2)),
    });
    const problems = demo.pane.getByTestId("rules-problems");
    await problems.waitFor();
    expect(await problems.textContent()).toBe(
      "维度“年交易量” › 权重：应为数字，这里是文字“三十” (dimensions[0].weight)",
    );
    expect(await inViewAndFocused(problems)).toEqual({ inView: true, focused: "rules-report" });
  });

  it("on an Excel too old for the add-in (ExcelApi 1.7) says so in a message bar and writes nothing", async () => {
    const demo = await open({ lang: "en", api: "1.7" });
    const bar = demo.pane.getByTestId("message-bar");
    await bar.waitFor();
    expect(await bar.textContent()).toContain(adapterErrors.hostTooOld("ExcelApi 1.8").message.en);
    expect(await demo.pane.getByTestId("table-picker").count()).toBe(0);
    expect(await demo.pane.getByRole("button", { name: uiStrings.en.gradeAll, exact: true }).count()).toBe(0);
    const frame = await paneFrame(demo.page, "en");
    const written = await frame.evaluate(() => {
      const standIn = (
        window as unknown as {
          customerGraderStandIn: { workbook: { tableValues(name: string): { headers: string[] } } };
        }
      ).customerGraderStandIn;
      return standIn.workbook.tableValues("客户表").headers;
    });
    expect(written).toEqual(SAMPLE_HEADERS);
    expect(await gradeColumn(demo)).toEqual(SAMPLE_ROWS.map((row) => String(row[SAMPLE_HEADERS.indexOf(GRADE)] ?? "")));
  });

  it("switches language: the pane reloads in Simplified Chinese and the graded workbook carries over", async () => {
    const demo = await openGraded("en");
    const grades = expectedGrades();
    await waitForCell(demo.page, sampleAddress(GRADE, 0), grades[0] ?? "");
    await demo.page.locator("#language").selectOption("zh-CN");
    const frame = await paneFrame(demo.page, "zh-CN");
    await demo.pane.getByRole("button", { name: uiStrings["zh-CN"].gradeAll, exact: true }).waitFor();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await gradeColumn(demo)).toEqual(grades);
  });
});

describe("accessibility of the pane (axe-core)", () => {
  it("has no serious or critical violations as it opens", async () => {
    const demo = await open({ lang: "en" });
    await demo.pane.getByRole("heading", { name: uiStrings.en.title }).first().waitFor();
    const violations = await runAxe(await paneFrame(demo.page, "en"));
    if (violations.length > 0) console.log(`axe (opening, en, light):\n${describeViolations(violations)}`);
    expect(describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"))).toBe("");
  });

  it("the demo page around the pane has no serious or critical violations, and no empty header cell", async () => {
    const demo = await open({ lang: "en" });
    await demo.page.locator('[data-address="Sheet1!A1"]').click();
    const violations = await runAxe(demo.page.mainFrame());
    if (violations.length > 0) console.log(`axe (demo page):\n${describeViolations(violations)}`);
    expect(
      describeViolations(
        violations.filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "empty-table-header"),
      ),
    ).toBe("");
  });

  it("has no serious or critical violations with the replace-grades dialog open", async () => {
    const demo = await open({ lang: "en" });
    await chooseTable(demo.pane, "en", "示例表", "Sheet2");
    await demo.pane.getByRole("button", { name: uiStrings.en.gradeAll, exact: true }).click();
    await demo.pane.getByTestId("confirm-replace").waitFor();
    // The dialog fades in: contrast measured mid-fade would be the animation's, not the dialog's.
    await (
      await paneFrame(demo.page, "en")
    ).evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    expect(await seriousViolations(demo, "en", "confirm-replace dialog, en")).toBe("");
  });

  it.each([
    ["zh-CN", "light"],
    ["en", "dark"],
  ] as const)(
    "has no serious or critical violations in the column review of a TMS-like ledger (%s, %s theme)",
    async (locale, theme) => {
      const demo = await open({ lang: locale, theme });
      await chooseTable(demo.pane, locale, "运输台账", "Sheet3");
      const review = demo.pane.getByTestId("column-mapping");
      await review.getByTestId("review-attention").waitFor();
      await review.locator("button[aria-expanded]").click();
      await review.getByTestId("review-others").waitFor();
      const violations = await runAxe(await paneFrame(demo.page, locale));
      if (violations.length > 0)
        console.log(`axe (column review, ${locale}, ${theme}):\n${describeViolations(violations)}`);
      expect(describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"))).toBe("");
    },
  );

  it.each([
    ["zh-CN", "light"],
    ["en", "dark"],
  ] as const)(
    "has no serious or critical violations with the grades' and hard rules' remarks open for editing, one refused (%s, %s theme)",
    async (locale, theme) => {
      const demo = await open({ lang: locale, theme });
      const strings = uiStrings[locale];
      for (const heading of [strings.gradesHeading, strings.hardRulesHeading])
        await demo.pane.getByRole("button", { name: heading, exact: true }).click();
      const remarks = demo.pane.getByRole("textbox", { name: strings.ruleRemarkLabel(strings.languageNames[locale]) });
      await remarks.first().waitFor();
      await remarks.first().fill("{noSuchNumber}");
      await demo.pane.locator('[aria-invalid="true"]').first().waitFor();
      expect(await seriousViolations(demo, locale, `rules' remarks, ${locale}, ${theme}`)).toBe("");
    },
  );

  it.each([
    ["en", "light"],
    ["zh-CN", "dark"],
    ["zh-TW", "light"],
  ] as const)("has no serious or critical violations after Grade all (%s, %s theme)", async (locale, theme) => {
    const demo = await openGraded(locale, { theme });
    await demo.page.locator(`td[data-address="${sampleAddress("客户名称", 0)}"]`).click();
    await demo.pane.getByTestId("score-card-grade").waitFor();
    const violations = await runAxe(await paneFrame(demo.page, locale));
    if (violations.length > 0) console.log(`axe (${locale}, ${theme}):\n${describeViolations(violations)}`);
    expect(describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"))).toBe("");
  });
});

describe("size of the task pane's JavaScript", () => {
  it("loads at most 300 KB gzipped at start (the add-in's page: its scripts and any chunk they load)", async () => {
    const demo = await open({ lang: "en" });
    await demo.pane.getByRole("heading", { name: uiStrings.en.title }).first().waitFor();
    // What the pane frame loaded, less the demo's stand-in (the add-in's page loads office.js from the CDN instead).
    const paneScripts = demo.requests
      .map((url) => new URL(url).pathname.slice(1))
      .filter((file) => file.endsWith(".js") && file !== "demo.js" && file !== "officeStandIn.js");
    const addinScripts = [
      ...readFileSync(join(suite.dist, "taskpane.html"), "utf8").matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g),
    ]
      .map((m) => m[1] ?? "")
      .filter((src) => !src.startsWith("https://"));
    expect(paneScripts).toEqual(expect.arrayContaining(addinScripts));
    const gzipped = [...new Set(paneScripts)].reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(suite.dist, file))).length,
      0,
    );
    console.log(`task pane initial JavaScript: ${[...new Set(paneScripts)].join(" + ")} = ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(300 * 1024);
  });
});
