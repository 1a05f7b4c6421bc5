/**
 * Stands in for office.js on the local demo page (demo-taskpane.html), which loads it before the add-in's
 * unmodified functions.js and taskpane.js. It sets the globals those bundles use — `Office`, `Excel` and
 * `CustomFunctions` — backed by the Excel simulator. Only what the add-in touches is here: anything else is
 * undefined and fails loudly in the console instead of pretending to work.
 *
 * The page's query string picks what Office would report: `?lang=zh-CN` (displayLanguage, a full tag such as
 * en-US, as Office sends it), `?theme=dark`, and `?api=1.7` (the newest ExcelApi the host claims, to see the pane
 * on an Excel too old for it, or `?api=1.20` for one that keeps Grade all as one undo step; 1.14 by default).
 */
import { createWorkbook } from "../simulator";
import { parentBridge } from "./bridge";
import { sampleWorkbookSpec } from "./sampleWorkbook";

const query = new URLSearchParams(window.location.search);

/** `?api=1.7` as [1, 7]; ExcelApi 1.14 (what the simulator has) when absent or not a version. */
function excelApiVersion(text: string | null): readonly [number, number] {
  const match = /^(\d+)\.(\d+)$/.exec(text ?? "");
  return match ? [Number(match[1]), Number(match[2])] : [1, 14];
}

/** Requirement sets the simulated host claims, newest version of each. */
const SUPPORTED_SETS: Readonly<Record<string, readonly [number, number]>> = {
  ExcelApi: excelApiVersion(query.get("api")),
  SharedRuntime: [1, 1],
  CustomFunctionsRuntime: [1, 3],
  RibbonApi: [1, 1],
};

function isSetSupported(name: string, version = "1.1"): boolean {
  const newest = SUPPORTED_SETS[name];
  if (newest === undefined) return false;
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major < newest[0] || (major === newest[0] && minor <= newest[1]);
}

/** The colours Office reports for its light (White) and dark (Black) themes. */
const THEMES = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#3b3b3b",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
  },
} as const;

/** `CustomFunctions.Error` as the custom functions construct it. */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
  }
}

const theme = query.get("theme") === "dark" ? THEMES.dark : THEMES.light;
const bridge = parentBridge();
// The workbook advertises what the host claims: `?api=1.20` brings Excel.run's undo grouping.
const [, apiMinor] = SUPPORTED_SETS["ExcelApi"] ?? [1, 14];
const workbook = createWorkbook({ ...(bridge?.workbookSpec() ?? sampleWorkbookSpec()), excelApi: `1.${apiMinor}` });

/** Functions registered by name, as Excel would call them: kept so they can be looked at from the console. */
const associated = new Map<string, unknown>();
const hostInfo = { host: "Excel", platform: "OfficeOnline" } as const;

const office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady(callback?: (info: typeof hostInfo) => void): Promise<typeof hostInfo> {
    // office.js calls back after the page's scripts have run, never synchronously.
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(hostInfo);
        resolve(hostInfo);
      }, 0),
    );
  },
  context: {
    host: "Excel",
    platform: "OfficeOnline",
    displayLanguage: query.get("lang") ?? navigator.language,
    officeTheme: theme,
    requirements: { isSetSupported },
  },
  actions: {
    associate: (name: string, action: unknown) => void associated.set(`action:${name}`, action),
  },
  addin: {
    // The pane is always shown on the demo page.
    showAsTaskpane: () => Promise.resolve(),
    hide: () => Promise.resolve(),
  },
};

const customFunctions = {
  associate: (id: string, fn: unknown) => void associated.set(`function:${id}`, fn),
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

const excel = {
  run: workbook.run,
};

// The one boundary cast: these objects are the subset of the Office, Excel and CustomFunctions globals the
// add-in uses, not the whole typed API.
Object.assign(window as unknown as Record<string, unknown>, {
  Office: office,
  Excel: excel,
  CustomFunctions: customFunctions,
  customerGraderStandIn: { workbook, associated },
});

bridge?.attach(workbook);
