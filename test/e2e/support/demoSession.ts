/**
 * One demo page in the test browser: demo.html with the pane in its frame, every non-local request blocked and
 * recorded, every console error and uncaught exception of the page and the pane recorded. Helpers read and
 * edit the grid by cell address and drive the pane by role and name (uiStrings) or data-testid.
 */
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import type { Lang } from "../../../src/engine";
import { uiStrings } from "../../../src/taskpane/i18n";
import { blockNonLocalRequests } from "./browser";

export interface DemoSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The pane inside the demo page's frame. */
  readonly pane: FrameLocator;
  /** Requests to hosts other than localhost, aborted. */
  readonly blocked: readonly string[];
  /** Console errors and uncaught exceptions, from the page and the pane. */
  readonly errors: readonly string[];
  /** URLs of every request made. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** What Office reports as displayLanguage for each of the pane's languages (the demo's picker values). */
const OFFICE_LANGUAGE: Readonly<Record<Lang, string>> = { en: "en-US", "zh-CN": "zh-CN", "zh-TW": "zh-TW" };

export interface DemoOptions {
  readonly lang?: Lang;
  /** The newest ExcelApi the stand-in claims ("1.7": a host too old for the add-in); 1.14 by default. */
  readonly api?: string;
  readonly theme?: "light" | "dark";
  readonly viewport?: { readonly width: number; readonly height: number };
}

export async function openDemo(browser: Browser, origin: string, options: DemoOptions = {}): Promise<DemoSession> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
  // Grading 30 rows takes milliseconds: a control that has not appeared after 15 s is not coming.
  context.setDefaultTimeout(15_000);
  const blocked = await blockNonLocalRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  const query = new URLSearchParams({ lang: OFFICE_LANGUAGE[options.lang ?? "en"], theme: options.theme ?? "light" });
  if (options.api !== undefined) query.set("api", options.api);
  await page.goto(`${origin}demo.html?${query}`);
  await page.locator('[data-address="Sheet1!A1"]').waitFor();
  const session: DemoSession = {
    page,
    context,
    pane: page.frameLocator("#pane"),
    blocked,
    errors,
    requests,
    close: () => context.close(),
  };
  return session;
}

/** The pane's frame (a new one after each reload), once its document has loaded. */
export async function paneFrame(page: Page, lang: Lang): Promise<Frame> {
  for (;;) {
    const frame = page
      .frames()
      .find((f) => f.url().includes("demo-taskpane.html") && f.url().includes(`lang=${OFFICE_LANGUAGE[lang]}`));
    if (frame) {
      await frame.waitForLoadState("load");
      return frame;
    }
    await page.waitForEvent("framenavigated");
  }
}

/** The text the grid shows in a cell ("Sheet1!C5"). */
export async function cellText(page: Page, address: string): Promise<string> {
  return (await page.locator(`td[data-address="${address}"]`).textContent()) ?? "";
}

/** Waits until the grid shows `text` in the cell. */
export async function waitForCell(page: Page, address: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([where, expected]) => document.querySelector(`td[data-address="${where}"]`)?.textContent === expected,
    [address, text] as const,
  );
}

/** Types `value` into a cell as the user would: double-click, type, Enter. */
export async function editCell(page: Page, address: string, value: string): Promise<void> {
  await page.locator(`td[data-address="${address}"]`).dblclick();
  const editor = page.locator(`td[data-address="${address}"] input`);
  await editor.fill(value);
  await editor.press("Enter");
}

/** Binds the pane to a table through its table picker (a native select or a Fluent dropdown/combobox). */
export async function chooseTable(pane: FrameLocator, locale: Lang, table: string, sheet: string): Promise<void> {
  const picker = pane.getByTestId("table-picker");
  await picker.waitFor();
  const label = uiStrings[locale].tableOption(table, sheet);
  const tag = await picker.evaluate((element) => element.tagName.toLowerCase());
  if (tag === "select") {
    await picker.selectOption({ label });
    return;
  }
  const shown = (await picker.textContent()) ?? (await picker.inputValue().catch(() => ""));
  if (shown.includes(label)) return;
  await picker.click();
  await pane.getByRole("option", { name: label }).click();
}

/**
 * Clicks Grade all (confirming the replacement of the analyst's text if asked) and waits for the summary. For the
 * first Grade all of a page: a later one would find the previous summary already there.
 */
export async function gradeAll(pane: FrameLocator, locale: Lang): Promise<void> {
  await pane.getByRole("button", { name: uiStrings[locale].gradeAll, exact: true }).click();
  const confirm = pane.getByTestId("confirm-replace");
  const summary = pane.getByTestId("grade-summary");
  // Whichever comes first: the confirmation (the table already holds the analyst's grades) or the summary.
  await pane.locator('[data-testid="confirm-replace"], [data-testid="grade-summary"]').first().waitFor();
  if (await confirm.isVisible()) await confirm.click();
  await summary.waitFor();
}
