/**
 * Excel trusts the cached results of formulas when a workbook's `calcId` is current, so a formula over the
 * grade column (`COUNTIF(G:G,"A")`) would keep showing the count from before grading. `fullCalcOnLoad`
 * makes Excel and LibreOffice recalculate everything when the graded copy is opened.
 */

/** Elements that follow `calcPr` in CT_Workbook, in order: a new `calcPr` goes before the first present. */
const AFTER_CALC_PR =
  /<(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/;

/** workbook.xml asking for a full recalculation on load (unchanged when it already does). */
export function withFullCalcOnLoad(workbookXml: string): string {
  const calcPr = /<calcPr\b[^>]*?(\/?)>/.exec(workbookXml);
  if (calcPr) {
    const tag = calcPr[0];
    const next = /\sfullCalcOnLoad="[^"]*"/.test(tag)
      ? tag.replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"')
      : tag.replace(/^<calcPr\b/, '<calcPr fullCalcOnLoad="1"');
    return workbookXml.slice(0, calcPr.index) + next + workbookXml.slice(calcPr.index + tag.length);
  }
  const at = AFTER_CALC_PR.exec(workbookXml);
  if (!at) return workbookXml;
  return workbookXml.slice(0, at.index) + '<calcPr fullCalcOnLoad="1"/>' + workbookXml.slice(at.index);
}
