import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { sharedAdapter } from "../shared/runtime";
import { App } from "./components/App";
import { paneLanguage, uiStrings } from "./i18n";
import { loadLinesEngine } from "./lines/linesEngine";

/** Office's global, or undefined when office.js did not load (e.g. the page is opened outside Office offline). */
function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** The host's `Office.context`, which some hosts and plain browsers leave partly or wholly unset. */
function officeContext(): Partial<Office.Context> | undefined {
  try {
    return officeGlobal()?.context ?? undefined;
  } catch {
    return undefined;
  }
}

function isDarkOfficeTheme(): boolean {
  try {
    const theme = officeContext()?.officeTheme;
    if (!theme) {
      return false;
    }
    if (typeof theme.isDarkTheme === "boolean") {
      return theme.isDarkTheme;
    }
    return isDarkColor(theme.bodyBackgroundColor);
  } catch {
    return false;
  }
}

/** True for a "#RRGGBB" colour whose relative luminance is below one half. */
function isDarkColor(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!match) {
    return false;
  }
  const [r, g, b] = match.slice(1).map((channel) => parseInt(channel, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function displayLanguage(): string | undefined {
  try {
    return officeContext()?.displayLanguage ?? navigator.language;
  } catch {
    return navigator.language;
  }
}

function render(): void {
  const container = document.getElementById("container");
  if (!container) {
    throw new Error('taskpane.html has no element with id "container"');
  }
  const locale = paneLanguage(displayLanguage());
  document.documentElement.lang = locale;
  document.title = uiStrings[locale].title;
  createRoot(container).render(
    <FluentProvider theme={isDarkOfficeTheme() ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      {/* The wiring point of the engine's lines builder and RFM names: lines/linesEngine.ts. */}
      <App locale={locale} adapter={sharedAdapter()} linesEngine={loadLinesEngine} />
    </FluentProvider>,
  );
}

const office = officeGlobal();
if (office) {
  void office.onReady(() => render());
} else {
  render();
}
