/** @jest-environment jsdom */
/**
 * The demo grid beside the pane: a redraw (after every workbook change) must not take focus from the pane, and
 * the grid is usable from the keyboard.
 */
import { type GridCell, Grid } from "../../src/demo/grid";
import { sampleWorkbookSpec } from "../../src/demo/sampleWorkbook";
import { createWorkbook } from "../../src/simulator";

// jsdom lays nothing out, so it has no scrollIntoView.
Element.prototype.scrollIntoView = () => undefined;

function setUp() {
  document.body.replaceChildren();
  const container = document.createElement("div");
  container.tabIndex = 0;
  const elsewhere = document.createElement("button");
  document.body.append(container, elsewhere);
  const workbook = createWorkbook(sampleWorkbookSpec());
  const selected: GridCell[] = [];
  const grid = new Grid({ container, onSelect: (cell) => selected.push(cell), onEdit: () => undefined });
  return { container, elsewhere, workbook, grid, selected };
}

test("a redraw leaves the focus where it is when the grid did not have it", () => {
  const { elsewhere, workbook, grid } = setUp();
  workbook.userSelect("Sheet1", 2, 3);
  grid.render(workbook, "Sheet1");
  elsewhere.focus();
  grid.render(workbook, "Sheet1");
  expect(document.activeElement).toBe(elsewhere);
});

test("a redraw keeps the focus on the selected cell when the grid had it", () => {
  const { container, workbook, grid } = setUp();
  workbook.userSelect("Sheet1", 2, 3);
  grid.render(workbook, "Sheet1");
  container.querySelector<HTMLElement>('td[data-address="Sheet1!D3"]')?.focus();
  grid.render(workbook, "Sheet1");
  expect((document.activeElement as HTMLElement).dataset.address).toBe("Sheet1!D3");
});

test("the arrow keys move the selection within the sheet, and stop at its edge", () => {
  const { container, workbook, grid, selected } = setUp();
  workbook.userSelect("Sheet1", 1, 0);
  grid.render(workbook, "Sheet1");
  container.focus();
  const press = (key: string): void =>
    void container.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  for (const key of ["ArrowDown", "ArrowRight", "ArrowLeft", "ArrowLeft", "ArrowUp", "ArrowUp", "ArrowUp"]) press(key);
  expect(selected.map((cell) => `${cell.row},${cell.column}`)).toEqual([
    "2,0",
    "2,1",
    "2,0",
    "2,0",
    "1,0",
    "0,0",
    "0,0",
  ]);
  expect((document.activeElement as HTMLElement).dataset.address).toBe("Sheet1!A1");
});

test("has no empty header cell (the corner above the row numbers is a plain cell)", () => {
  const { container, workbook, grid } = setUp();
  grid.render(workbook, "Sheet1");
  expect([...container.querySelectorAll("th")].filter((th) => (th.textContent ?? "").trim() === "")).toEqual([]);
});
