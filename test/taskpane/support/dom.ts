/**
 * What Fluent UI v9 expects from a browser and jsdom lacks. Import first in every task pane test (jsdom
 * environment). Each stand-in does the least that lets the component run; none is asserted on.
 */
import { deserialize, serialize } from "node:v8";
import { configure } from "@testing-library/react";

// The full suite runs many workers on two cores: give findBy/waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });
// A test outlasts its waitFor (jest's default is also 5 s): a slow machine fails a wait with that wait's own
// message, rather than the test with a bare timeout.
jest.setTimeout(15_000);

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

// jsdom does no layout, so every element's offsetParent is null, which Fluent's focus management (tabster)
// reads as "not displayed". An opening dialog then finds nothing to focus in it and focuses its own surface,
// and whether tabster makes it the active modal, or leaves it aria-hidden (invisible to *ByRole), depended on
// which of two of its callbacks ran first: a race the load on the machine decided. As in a browser: null for
// <body> and for an element that is not displayed, else a parent. Only the element's own style is read (an
// ancestor's too made the component tests several times slower); Fluent unmounts what it collapses.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === document.body || this.closest("[hidden]")) return null;
    return getComputedStyle(this).display === "none" ? null : this.parentElement;
  },
});

// Fluent's dialog focuses its first button, or its own surface when tabster finds nothing focusable in it yet;
// tabster makes a modal active only when focus lands inside it, or on it after tabster has registered it (its
// MutationObserver does that after React commits). On a loaded machine the surface was sometimes focused before
// that registration: the open dialog then stayed aria-hidden, invisible to *ByRole. A browser lays out and
// finds the button; here the focused surface is made the active modal as soon as both exist (tabster's own call).
interface TabsterWindow {
  __tabsterInstance?: { modalizer?: { activate(element: HTMLElement): boolean } };
}
function activateFocusedModal(): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || !focused.getAttribute("data-tabster")?.includes('"modalizer"')) return;
  (window as TabsterWindow).__tabsterInstance?.modalizer?.activate(focused);
}
document.addEventListener("focusin", activateFocusedModal);
new MutationObserver(activateFocusedModal).observe(document.body, {
  subtree: true,
  childList: true,
  attributeFilter: ["data-tabster"],
});

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
