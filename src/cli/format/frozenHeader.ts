/**
 * The header row frozen as the Excel adapter freezes it (`src/plan/freezeHeader.ts`): frozen columns
 * are kept, rows already frozen down to (or past) the header stay, a header far down is not frozen. Written
 * into each `<sheetView>` as Excel's Freeze Panes writes it.
 */
import { type FreezeOutcome, type FrozenNow, columnLetters, freezeOutcome } from "../../plan";
import { attributePairs, startTag as openTag } from "../xlsx/xmlScan";
import { type XmlChild, WORKSHEET_ORDER, childElements, elementParts, placeChild } from "./xmlChildren";

function frozenNow(viewChildren: readonly XmlChild[]): FrozenNow {
  const pane = viewChildren.find((c) => c.name === "pane");
  const a = pane ? elementParts(pane.xml).attributes : {};
  if (a.state !== "frozen" && a.state !== "frozenSplit") return { rows: 0, columns: 0 };
  return { rows: Number(a.ySplit ?? "0"), columns: Number(a.xSplit ?? "0") };
}

function frozenView(view: string, rows: number): { xml: string; outcome: FreezeOutcome } {
  const { element, content } = elementParts(view);
  const children = childElements(content);
  const now = frozenNow(children);
  const outcome = freezeOutcome(rows, now);
  if (outcome !== "frozen") return { xml: view, outcome };
  const columns = now.columns;
  const topLeft = `${columnLetters(columns)}${rows + 1}`; // the first column right of the frozen ones
  const active = columns > 0 ? "bottomRight" : "bottomLeft";
  const pane = `<pane${columns > 0 ? ` xSplit="${columns}"` : ""} ySplit="${rows}" topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>`;
  // Selections name the panes they belong to; the old panes go, so do their selections.
  const selection = `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  const rest = children.filter((c) => c.name !== "pane" && c.name !== "selection" && c.name !== "#text");
  // A view saved scrolled down keeps its topLeftCell, and Excel would freeze at that row: start at the top.
  const top = openTag(element.name, attributePairs(element, ["topLeftCell"]), false);
  return { xml: `${top}${pane}${selection}${rest.map((c) => c.xml).join("")}</sheetView>`, outcome };
}

/** The worksheet's head children with rows 1..`rows` frozen, and what was decided (for the first view). */
export function freezeRows(
  children: readonly XmlChild[],
  rows: number,
): { children: XmlChild[]; outcome: FreezeOutcome } {
  const views = children.find((c) => c.name === "sheetViews");
  if (!views) {
    const view = frozenView('<sheetView workbookViewId="0"/>', rows);
    if (view.outcome !== "frozen") return { children: [...children], outcome: view.outcome };
    return {
      children: placeChild(
        children,
        { name: "sheetViews", xml: `<sheetViews>${view.xml}</sheetViews>` },
        WORKSHEET_ORDER,
      ),
      outcome: view.outcome,
    };
  }
  const { startTag, content } = elementParts(views.xml);
  let outcome: FreezeOutcome | null = null;
  const inner = childElements(content).map((c) => {
    if (c.name !== "sheetView") return c.xml;
    const view = frozenView(c.xml, rows);
    outcome ??= view.outcome;
    return view.xml;
  });
  const xml = `${startTag}${inner.join("")}</sheetViews>`;
  return { children: children.map((c) => (c === views ? { name: c.name, xml } : c)), outcome: outcome ?? "kept" };
}
