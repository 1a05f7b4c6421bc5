/**
 * Excel trusts the cached results of formulas when a workbook's `calcId` is current, so a formula over the
 * grade column (`COUNTIF(G:G,"A")`) would keep showing the count from before grading. `fullCalcOnLoad`
 * makes Excel and LibreOffice recalculate everything when the graded copy is opened.
 */
import { type ScannedElement, attributeOf, rewrittenStartTag, scanXml, spliced } from "./xmlScan";

/** Elements that follow `calcPr` in CT_Workbook, in order: a new `calcPr` goes before the first present. */
const AFTER_CALC_PR = new Set([
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

/** workbook.xml asking for a full recalculation on load (unchanged when it already does). */
export function withFullCalcOnLoad(workbookXml: string): string {
  let calcPr: ScannedElement | undefined;
  let before: number | undefined;
  scanXml(workbookXml, {
    open: (e) => {
      if (e.depth !== 1) return;
      if (e.local === "calcPr") calcPr ??= e;
      else if (AFTER_CALC_PR.has(e.local)) before ??= e.start;
    },
    close: (e, closeStart) => {
      if (e.depth === 0) before ??= closeStart;
    },
  });
  if (calcPr) {
    if (attributeOf(calcPr, "fullCalcOnLoad") === "1") return workbookXml;
    const tag = rewrittenStartTag(calcPr, { fullCalcOnLoad: "1" });
    return spliced(workbookXml, [{ start: calcPr.start, end: calcPr.end, text: tag }]);
  }
  if (before === undefined) return workbookXml;
  return spliced(workbookXml, [{ start: before, end: before, text: '<calcPr fullCalcOnLoad="1"/>' }]);
}
