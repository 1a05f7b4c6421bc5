/** The task pane rendered on the real adapter over a simulated workbook, as the analyst would see it. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ExcelAdapter, type ExcelHost, createExcelAdapter } from "../../../src/excel";
import type { SimWorkbook } from "../../../src/simulator";
import { App } from "../../../src/taskpane/components/App";
import type { PaneAdapter } from "../../../src/taskpane/paneAdapter";
import type { Lang } from "../../../src/engine";
import { type UiStrings, uiStrings } from "../../../src/taskpane/i18n";
import { TODAY, hostOf } from "../../excel/fixtures";
import type { LinesEngineLoader } from "../../../src/taskpane/lines/linesEngine";

export interface RenderedPane {
  readonly adapter: ExcelAdapter;
  readonly strings: UiStrings;
  readonly user: ReturnType<typeof userEvent.setup>;
}

export interface PaneOptions {
  readonly locale?: Lang;
  readonly excelApi?: "1.20" | "1.14" | "1.8" | "none";
  /** Another host for the workbook (one that holds syncs, say); by default the fixtures' host. */
  readonly host?: ExcelHost;
  /** Changes what the pane gets from the adapter (a call that fails, or answers late); by default the adapter itself. */
  readonly wrap?: (adapter: ExcelAdapter) => PaneAdapter;
  /** The lines engine the "customers from order lines" part loads (a test double); without it the part is not shown. */
  readonly linesEngine?: LinesEngineLoader;
}

export function renderPane(workbook: SimWorkbook, options: PaneOptions = {}): RenderedPane {
  const locale = options.locale ?? "en";
  const adapter = createExcelAdapter(options.host ?? hostOf(workbook, options.excelApi), {
    today: TODAY,
    debounceMs: 0,
  });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        locale={locale}
        adapter={options.wrap ? options.wrap(adapter) : adapter}
        linesEngine={options.linesEngine ?? null}
      />
    </FluentProvider>,
  );
  return { adapter, strings: uiStrings[locale], user };
}

/** Waits until the pane has read the workbook (the loading spinner is gone). */
export async function loaded(strings: UiStrings): Promise<void> {
  await waitFor(() => expect(screen.queryByText(strings.loading)).toBeNull());
}

/**
 * A host whose syncs can be held: after `holdFrom(n)`, the n-th sync and every later one wait until
 * `release()`. A long run stopped at a known chunk, so a test can press Cancel there without racing the simulator.
 */
export function heldHost(workbook: SimWorkbook): {
  host: ExcelHost;
  holdFrom: (n: number) => void;
  release: () => void;
  syncs: () => number;
} {
  let count = 0;
  let from = Infinity;
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const base = hostOf(workbook);
  const host: ExcelHost = {
    ...base,
    run: (batch) =>
      workbook.run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async <T,>(value?: T): Promise<T> => {
          count += 1;
          if (count >= from) await held;
          return sync(value) as Promise<T>;
        };
        return batch(context);
      }),
  };
  return { host, holdFrom: (n) => void (from = n), release: () => release(), syncs: () => count };
}

/**
 * Opens one of the rules editor's parts by its heading and waits for its editor: the parts are a chunk of their
 * own, loaded the first time one is opened.
 */
export async function openRulePart(name: string, user: { click: (e: Element) => Promise<void> }): Promise<void> {
  await user.click(screen.getByRole("button", { name }));
  await waitFor(() => expect(screen.queryByTestId("rule-part-loading")).toBeNull());
}
