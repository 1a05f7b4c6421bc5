/**
 * What every end-to-end file on the demo page needs: the demo build served, one Chromium for the file, and the
 * session each test opens, closed after it, having made no request off localhost and logged no error. Call it
 * once at the top of a file: it registers the file's beforeAll, afterAll and afterEach.
 */
import type { Browser } from "playwright-core";
import { requireDemoBuild } from "../../support/builds";
import { launchChromium } from "./browser";
import { type DemoOptions, type DemoSession, openDemo } from "./demoSession";
import { type StaticServer, serveDirectory } from "./staticServer";

export interface DemoSuite {
  /** Opens the demo page; the session is checked and closed after the test. */
  open(options?: DemoOptions): Promise<DemoSession>;
  /** Takes the current session out of the after-test check (a test that checks its requests itself). */
  release(): void;
  /** The demo build's directory. */
  readonly dist: string;
  /** The local server's origin ("http://127.0.0.1:port"). */
  readonly origin: string;
}

export function demoSuite(): DemoSuite {
  let dist = "";
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let session: DemoSession | null = null;

  beforeAll(async () => {
    dist = requireDemoBuild();
    server = await serveDirectory(dist);
    browser = await launchChromium();
  }, 60_000); // Chromium's start, on a loaded machine

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const current = session;
    session = null;
    if (!current) return;
    await current.close();
    expect(current.blocked).toEqual([]);
    expect(current.errors).toEqual([]);
  });

  return {
    async open(options: DemoOptions = {}): Promise<DemoSession> {
      if (!browser || !server) throw new Error("demoSuite().open is for tests: the browser starts in beforeAll");
      session = await openDemo(browser, server.origin, options);
      return session;
    },
    release: () => void (session = null),
    get dist() {
      return dist;
    },
    get origin() {
      if (!server) throw new Error("the server starts in beforeAll");
      return server.origin;
    },
  };
}
