/**
 * The local demo page (demo.html): the sample workbook as a grid on the left, the add-in's real task pane in a
 * frame on the right (demo-taskpane.html: the shipped functions.js and taskpane.js, with office.js replaced by
 * the simulator-backed stand-in). The pane opens the workbook; the grid draws it and redraws on every change.
 * The language and theme pickers reload the pane as Office would show it; the workbook carries over.
 */
import { type SimWorkbook, type WorkbookChange, type WorkbookSpec, parseAddress } from "../simulator";
import { publishBridge } from "./bridge";
import { Grid } from "./grid";
import { DEMO_SHEETS, sampleWorkbookSpec, snapshotSpec } from "./sampleWorkbook";

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`demo.html has no ${type.name} with id "${id}"`);
  return found;
}

const pane = element("pane", HTMLIFrameElement);
const languagePicker = element("language", HTMLSelectElement);
const themePicker = element("theme", HTMLSelectElement);
const sheetTabs = element("sheets", HTMLElement);

let workbook: SimWorkbook | null = null;
let unsubscribe: (() => void) | null = null;
let nextSpec: WorkbookSpec = sampleWorkbookSpec();
let sheet: string = DEMO_SHEETS[0];
let redrawPending = false;
/**
 * The selection moved since the last redraw (the user's click, a cell the add-in selects, a sheet it activates):
 * the grid shows the selection's sheet and brings the selection into view.
 */
let selectionMoved = false;

const grid = new Grid({
  container: element("grid", HTMLElement),
  onSelect: (cell) => workbook?.userSelect(cell.sheet, cell.row, cell.column),
  onEdit: (cell, value) => workbook?.userEdit(cell.sheet, cell.row, cell.column, value),
});

/** Coalesces the many changes of one Grade all into one redraw per frame. */
function scheduleRedraw(change?: WorkbookChange): void {
  if (change === "selection") selectionMoved = true;
  if (redrawPending) return;
  redrawPending = true;
  requestAnimationFrame(() => {
    redrawPending = false;
    if (!workbook) return;
    syncTabs(workbook.sheetNames());
    const revealSelection = selectionMoved;
    selectionMoved = false;
    const address = workbook.selectedAddress();
    const selected = address === null ? null : parseAddress(address)?.sheet;
    if (revealSelection && selected && selected !== sheet) showSheet(selected);
    grid.render(workbook, sheet, { revealSelection });
  });
}

publishBridge({
  workbookSpec: () => nextSpec,
  attach: (opened) => {
    unsubscribe?.();
    workbook = opened;
    unsubscribe = opened.onChange(scheduleRedraw);
    // A workbook opens on its active sheet, at its selection.
    scheduleRedraw("selection");
  },
});

/** Loads the pane with the chosen language and theme; the workbook as it is now goes over to it. */
function loadPane(): void {
  if (workbook) nextSpec = snapshotSpec(workbook);
  unsubscribe?.();
  unsubscribe = null;
  workbook = null;
  const query = new URLSearchParams({ lang: languagePicker.value, theme: themePicker.value });
  // `?api=1.7`: the host claims an older ExcelApi (officeStandIn.ts), kept across reloads of the pane.
  if (initialApi !== null) query.set("api", initialApi);
  history.replaceState(null, "", `?${query}`);
  document.body.dataset.theme = themePicker.value;
  pane.src = `demo-taskpane.html?${query}`;
}

/** Shows `name`'s tab as the current one (the one tab stop of the tab list); the next redraw draws that sheet. */
function showSheet(name: string): void {
  sheet = name;
  for (const tab of sheetTabs.querySelectorAll("button")) {
    const current = tab.textContent === name;
    tab.setAttribute("aria-selected", String(current));
    tab.tabIndex = current ? 0 : -1;
  }
}

/** The tab list's keys (WAI-ARIA tabs pattern): Left and Right go to the other sheet's tab and show it. */
sheetTabs.addEventListener("keydown", (event) => {
  const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
  if (step === 0) return;
  event.preventDefault();
  const tabs = [...sheetTabs.querySelectorAll("button")];
  const at = tabs.findIndex((tab) => tab.textContent === sheet);
  const next = tabs[(at + step + tabs.length) % tabs.length];
  if (!next?.textContent) return;
  showSheet(next.textContent);
  next.focus();
  scheduleRedraw();
});

/** One tab per sheet of the workbook, remade when the add-in adds a sheet (a customer table built from lines). */
function syncTabs(names: readonly string[]): void {
  const shown = [...sheetTabs.querySelectorAll("button")].map((tab) => tab.textContent);
  if (shown.length === names.length && shown.every((name, i) => name === names[i])) return;
  const tabs = names.map((name) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.role = "tab";
    tab.textContent = name;
    tab.addEventListener("click", () => {
      showSheet(name);
      scheduleRedraw();
    });
    return tab;
  });
  sheetTabs.replaceChildren(...tabs);
  showSheet(sheet);
}

const initial = new URLSearchParams(window.location.search);
const initialApi = initial.get("api");
languagePicker.value = initial.get("lang") ?? languagePicker.value;
themePicker.value = initial.get("theme") ?? themePicker.value;
// A value that is not one of the options leaves the picker empty: fall back to the first option.
for (const picker of [languagePicker, themePicker]) if (picker.selectedIndex < 0) picker.selectedIndex = 0;
languagePicker.addEventListener("change", loadPane);
themePicker.addEventListener("change", loadPane);
syncTabs(DEMO_SHEETS);
loadPane();
