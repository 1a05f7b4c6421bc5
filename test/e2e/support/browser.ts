/**
 * Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with the flags that work on these
 * machines (shared/TOOLCHAIN.md), a fresh profile, and a guard that aborts and records every request that
 * would leave localhost: HTTP(S) requests, WebSockets, and resource hints (<link rel="preconnect"> and the like,
 * which open connections without a request the router sees).
 */
import { type Browser, type BrowserContext, chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** playwright's launch makes a fresh temporary user-data-dir for each browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return LOCAL_HOSTS.has(hostname);
}

/**
 * Aborts every request and WebSocket to a host other than localhost, and records those and every resource hint
 * naming one; returns that list (a hint is recorded as "URL (link rel=…)").
 */
export async function blockNonLocalRequests(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) await route.continue();
    else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  await context.routeWebSocket(/.*/, async (socket) => {
    const url = socket.url();
    if (isLocalUrl(url)) {
      socket.connectToServer();
      return;
    }
    blocked.push(url);
    await socket.close({ code: 1008, reason: "blocked: not localhost" });
  });
  await context.exposeBinding(HINT_BINDING, (_source, url: unknown, rel: unknown) => {
    if (typeof url === "string" && !isLocalUrl(url)) blocked.push(`${url} (link rel=${String(rel)})`);
  });
  await context.addInitScript({ content: WATCH_RESOURCE_HINTS });
  return blocked;
}

const HINT_BINDING = "customerGraderReportHint";

/**
 * Runs in every frame before its scripts: reports each <link> whose rel opens a connection or fetches ahead
 * (preconnect, dns-prefetch, prefetch, preload, modulepreload, prerender), whether in the HTML or added later.
 * Plain JavaScript text, not a function: `npm run screenshots` loads this file through tsx, whose compiled
 * functions call a helper (`__name`) that does not exist in the page.
 */
const WATCH_RESOURCE_HINTS = `(() => {
  const hints = new Set(["preconnect", "dns-prefetch", "prefetch", "preload", "modulepreload", "prerender"]);
  const seen = new WeakSet();
  const check = (node) => {
    if (!(node instanceof Element)) return;
    const links = node.matches("link[href]") ? [node] : [...node.querySelectorAll("link[href]")];
    for (const link of links) {
      const rels = (link.getAttribute("rel") || "").toLowerCase().split(/\\s+/).filter((rel) => hints.has(rel));
      if (rels.length === 0 || seen.has(link)) continue;
      seen.add(link);
      // Looked up at each use: the binding is installed alongside this script.
      const report = window[${JSON.stringify(HINT_BINDING)}];
      if (report) report(new URL(link.getAttribute("href") || "", document.baseURI).href, rels.join(" "));
    }
  };
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(check);
  }).observe(document, { childList: true, subtree: true });
})();`;
