/**
 * What the end-to-end files check of the pane's layout at a narrow width, in the browser's own layout: no word
 * broken across lines, nothing wider than its box, and nothing serious for axe.
 */
import type { Frame } from "playwright-core";
import { FIELDS, FIELD_IDS, type Lang } from "../../../src/engine";
import { type AxeViolation, describeViolations, runAxe } from "./axe";
import { type DemoSession, paneFrame } from "./demoSession";
import type { DemoSuite } from "./demoSuite";

/** The narrowest pane: 320 px wide; the page's header takes the rest of the 640 px, leaving the pane ~600 px. */
export const NARROW = 320;
const PAGE = { width: 1000, height: 640 } as const;

/** The demo page with its pane 320 px wide, once the pane shows its table picker. */
export async function openNarrow(suite: DemoSuite, locale: Lang): Promise<{ demo: DemoSession; frame: Frame }> {
  const demo = await suite.open({ lang: locale, viewport: PAGE });
  await demo.page.evaluate((width) => {
    const main = document.querySelector("main");
    const pane = document.getElementById("pane");
    if (main) main.style.gridTemplateColumns = `1fr ${width}px`;
    if (pane) pane.style.width = `${width}px`;
  }, NARROW);
  const frame = await paneFrame(demo.page, locale);
  await frame.waitForFunction((width) => document.documentElement.clientWidth <= width, NARROW);
  await demo.pane.getByTestId("table-picker").waitFor();
  return { demo, frame };
}

/**
 * Where the pane's text breaks inside a word, in the browser's layout: for every text node shown, each Latin
 * word (letters and digits; a hyphen is a place a word may break) and each occurrence of a Chinese field name
 * (FIELDS' labels) whose characters land on more than one line; and what is wider than its box: the document,
 * and each part of the pane (scrollWidth > clientWidth).
 */
async function breaksAndOverflow(frame: Frame): Promise<{ broken: string[]; overflowing: string[] }> {
  const names = [...new Set(FIELD_IDS.flatMap((id) => [FIELDS[id].label["zh-CN"]]))].filter((n) => n.length > 1);
  return frame.evaluate((fieldNames) => {
    const where = (node: Node): string => {
      const element = node instanceof Element ? node : node.parentElement;
      const part = element?.closest("[data-testid], section")?.getAttribute("data-testid");
      return `${element?.tagName.toLowerCase() ?? "?"} in ${part ?? element?.closest("section")?.getAttribute("aria-labelledby") ?? "the pane"}`;
    };
    /** Whether the range's characters sit on more than one line (a box starting below another's middle). */
    const onSeveralLines = (range: Range): boolean => {
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      return rects.some((a) => rects.some((b) => b.top >= a.top + a.height / 2));
    };
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || text.trim() === "" || parent.closest("script, style, select, option")) continue;
      if (parent.getClientRects().length === 0) continue; // not shown
      const tokens: { start: number; end: number }[] = [];
      for (const match of text.matchAll(/[A-Za-z0-9]{2,}/g))
        tokens.push({ start: match.index, end: match.index + match[0].length });
      for (const name of fieldNames)
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
          tokens.push({ start: at, end: at + name.length });
      for (const { start, end } of tokens) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        if (onSeveralLines(range)) broken.push(`"${text.slice(start, end)}" of "${text.trim()}" (${where(node)})`);
      }
    }
    const overflowing = [document.documentElement, document.body, ...document.querySelectorAll("main, section")]
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => `${where(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    return { broken, overflowing };
  }, names);
}

export async function expectWordsWholeAndNothingWide(frame: Frame): Promise<void> {
  expect(await breaksAndOverflow(frame)).toEqual({ broken: [], overflowing: [] });
}

export async function seriousViolations(frame: Frame, moment: string): Promise<string> {
  const violations: AxeViolation[] = await runAxe(frame);
  if (violations.length > 0) console.log(`axe (${moment}):\n${describeViolations(violations)}`);
  return describeViolations(violations.filter((v) => v.impact === "serious" || v.impact === "critical"));
}
