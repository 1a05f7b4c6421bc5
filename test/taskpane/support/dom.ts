/**
 * What Fluent UI v9 expects from a browser and jsdom lacks. Import first in every task pane test (jsdom
 * environment). Each stand-in does the least that lets the component run; none is asserted on.
 */
import { deserialize, serialize } from "node:v8";
import { configure } from "@testing-library/react";

// findBy/waitFor wait for a state, polling; the timeout only bounds a failure. Testing Library's default second
// is too short on a loaded 2-core machine, and so were 10 s for a whole fit (with cross-validation) while both
// cores ran other test files. It stays under the test's timeout (120 s, jest.config.js), so a wait that fails
// says what it waited for, rather than the test timing out bare.
configure({ asyncUtilTimeout: 45_000 });

// jsdom's window has no structuredClone (browsers and Node do); the engine uses it to copy rule sets.
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
}

if (!window.matchMedia) {
  Object.defineProperty(window, "matchMedia", {
    writable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

// jsdom does no layout. Fluent's focus management (tabster) takes an element whose offsetParent is null for
// "not displayed", and a <body> of zero size for a hidden frame where nothing is visible; in jsdom both are
// always so. An opening dialog then found no button to focus and focused its own surface, and whether tabster
// made it the active modal or left it aria-hidden (invisible to *ByRole) depended on which of two of its
// callbacks ran first: the focus, or registering the dialog after React's commit (a MutationObserver
// callback). Under load the registration sometimes came second. With these stand-ins the dialog focuses its
// first button, as in a browser, and tabster activates the modal in either order.

// offsetParent as in a browser: null for <body> and for an element that is not displayed, else a parent. Only
// the element's own style is read (an ancestor's too made the component tests several times slower); Fluent
// unmounts what it collapses.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === document.body || this.closest("[hidden]")) return null;
    return getComputedStyle(this).display === "none" ? null : this.parentElement;
  },
});

// The body has a task pane's size.
HTMLBodyElement.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return DOMRect.fromRect({ x: 0, y: 0, width: 350, height: 600 });
};

/** Export downloads through an object URL; jsdom has none. Tests read what was downloaded from `downloads`. */
export const downloads: { name: string; blob: Blob }[] = [];
const urls = new Map<string, Blob>();
URL.createObjectURL = (blob: Blob): string => {
  const url = `blob:test/${urls.size}`;
  urls.set(url, blob);
  return url;
};
URL.revokeObjectURL = (url: string): void => {
  urls.delete(url);
};
HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement): void {
  const blob = urls.get(this.href);
  if (blob) downloads.push({ name: this.download, blob });
};
