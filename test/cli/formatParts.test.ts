/** The pieces the template formatting is made of, each on small XML: what they replace, what they keep. */
import { setColumnWidths, textWidth } from "../../src/cli/format/columnWidths";
import { replaceConditionalFormats } from "../../src/cli/format/conditionalFormats";
import { freezeRows } from "../../src/cli/format/frozenHeader";
import { withTableStyle } from "../../src/cli/format/tableStyle";
import { replaceValidations } from "../../src/cli/format/validations";
import { WORKSHEET_ORDER, childElements, placeChild } from "../../src/cli/format/xmlChildren";
import { WorkbookStyles } from "../../src/cli/xlsx/styles";
import { OWN_RULE_MARK } from "../../src/plan/formattingPlan";

const xmlOf = (children: readonly { xml: string }[]) => children.map((c) => c.xml).join("");

test("children are split at the top level only, attribute values holding '>' included", () => {
  const xml = '<a x="1>2"/><b><b>inner</b></b>\n<!-- note --><c>text > more</c>';
  expect(childElements(xml).map((c) => c.name)).toEqual(["a", "b", "#text", "#other", "c"]);
  expect(xmlOf(childElements(xml))).toBe(xml);
});

test("an element goes where the schema orders it, before the first that must follow it", () => {
  const children = childElements('<sheetData/><mergeCells count="1"/><pageMargins/><tableParts/>');
  expect(
    placeChild(children, { name: "conditionalFormatting", xml: "<conditionalFormatting/>" }, WORKSHEET_ORDER).map(
      (c) => c.name,
    ),
  ).toEqual(["sheetData", "mergeCells", "conditionalFormatting", "pageMargins", "tableParts"]);
});

test("a <col> over several columns is split: the fitted ones get widths, the others keep style, width and hidden", () => {
  const children = childElements(
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="5" width="9" style="3" hidden="1"/></cols>',
  );
  const cols = xmlOf(
    setColumnWidths(
      children,
      new Map([
        [2, 12],
        [3, 20.5],
        [7, 8],
      ]),
    ),
  );
  expect(cols).toBe(
    '<sheetFormatPr defaultRowHeight="15"/><cols>' +
      '<col min="1" max="1" width="9" style="3" hidden="1"/>' +
      '<col min="2" max="2" width="12" style="3" hidden="1" bestFit="1" customWidth="1"/>' +
      '<col min="3" max="3" width="20.5" style="3" hidden="1" bestFit="1" customWidth="1"/>' +
      '<col min="4" max="5" width="9" style="3" hidden="1"/>' +
      '<col min="7" max="7" width="8" bestFit="1" customWidth="1"/></cols>',
  );
});

test("East Asian characters are two digits wide", () => {
  expect(textWidth("良好,长期合作")).toBe(13);
  expect(textWidth("ABC")).toBe(3);
});

describe("conditional formats", () => {
  const ownGrade = (letter: string, priority: number) =>
    `<cfRule type="expression" dxfId="9" priority="${priority}"><formula>AND(${OWN_RULE_MARK.replace(/"/g, "&quot;")},$H2="${letter}")</formula></cfRule>`;
  const tail =
    '<conditionalFormatting sqref="H2:H9">' +
    ownGrade("A", 3) +
    '<cfRule type="cellIs" dxfId="1" priority="1" operator="equal"><formula>"VIP"</formula></cfRule></conditionalFormatting>' +
    '<conditionalFormatting sqref="I2:I9"><cfRule type="dataBar" priority="4"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF5B9BD5"/></dataBar>' +
    '<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{AAAA-1}</x14:id></ext></extLst></cfRule></conditionalFormatting>' +
    '<conditionalFormatting sqref="I2:J9"><cfRule type="dataBar" priority="2"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF5B9BD5"/></dataBar></cfRule></conditionalFormatting>' +
    '<pageMargins left="0.7"/>' +
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>' +
    '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{AAAA-1}"><x14:dataBar/></x14:cfRule><xm:sqref>I2:I9</xm:sqref></x14:conditionalFormatting>' +
    "</x14:conditionalFormattings></ext></extLst>";
  const result = xmlOf(
    replaceConditionalFormats(childElements(tail), {
      gradeRange: "H2:H9",
      gradeRules: [
        { formula: `=AND(${OWN_RULE_MARK},$H2="A")`, dxfId: 0 },
        { formula: `=AND(${OWN_RULE_MARK},$H2="B")`, dxfId: 1 },
      ],
      scoreRange: "I2:I9",
      barColour: "#5B9BD5",
    }),
  );

  test("the add-in's grade rules and its bar (with its Excel 2010 extension) are replaced", () => {
    expect(result.match(/customer-grader/g)).toHaveLength(2);
    expect(result).not.toContain("{AAAA-1}");
    expect(result).not.toContain("<extLst>");
    expect(result).toContain(
      `<conditionalFormatting sqref="H2:H9"><cfRule type="expression" dxfId="0" priority="3"><formula>AND(N(&quot;customer-grader&quot;)=0,$H2=&quot;A&quot;)</formula></cfRule>`,
    );
  });

  test("the analyst's rule beside them stays with its priority, and a bar reaching past the score column is theirs", () => {
    expect(result).toContain('<conditionalFormatting sqref="H2:H9"><cfRule type="cellIs" dxfId="1" priority="1"');
    expect(result).toContain('<conditionalFormatting sqref="I2:J9"><cfRule type="dataBar" priority="2">');
    expect(result.indexOf("<pageMargins")).toBeGreaterThan(result.lastIndexOf("</conditionalFormatting>"));
  });

  test("the add-in's rules come after the analyst's in priority, each once", () => {
    const priorities = [...result.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(priorities.sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("lists", () => {
  const planned = [
    { header: "人工等级", range: "F2:F9", source: "A,B,C,D", strict: true, title: "人工等级", message: "…" },
    { header: "财务状况", range: "C2:C9", source: "良好,一般,较差", strict: false, title: "常用词", message: "…" },
    { header: "发展潜力", range: "D2:D9", source: "高,中,低", strict: false, title: "常用词", message: "…" },
  ];
  const tail =
    '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="F2:F9"><formula1>"A,B,C,D"</formula1></dataValidation>' +
    '<dataValidation type="whole" sqref="C5"><formula1>0</formula1></dataValidation></dataValidations><pageMargins/>' +
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D2:D9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
  const outcome = replaceValidations(childElements(tail), planned);

  test("a column that already has the planned list counts as done; one with another validation keeps it", () => {
    expect(outcome.validated).toEqual(["人工等级"]);
    expect(outcome.kept).toEqual(["财务状况", "发展潜力"]);
    expect(xmlOf(outcome.children)).toBe(tail);
  });

  test("a list the add-in set under an older rule set is kept, not told apart by its alert title (only the add-in's saved settings could)", () => {
    const older =
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="人工等级" error="…" sqref="F2:F9"><formula1>"A,B,C"</formula1></dataValidation></dataValidations>';
    const result = replaceValidations(childElements(older), planned.slice(0, 1));
    expect([result.validated, result.kept, xmlOf(result.children)]).toEqual([[], ["人工等级"], older]);
  });

  test("a column without one gets the add-in's list, appended after the analyst's", () => {
    const added = replaceValidations(
      childElements('<dataValidations count="1"><dataValidation type="whole" sqref="Z1"/></dataValidations>'),
      planned.slice(0, 1),
    );
    expect(xmlOf(added.children)).toBe(
      '<dataValidations count="2"><dataValidation type="whole" sqref="Z1"/><dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="人工等级" error="…" sqref="F2:F9"><formula1>"A,B,C,D"</formula1></dataValidation></dataValidations>',
    );
  });
});

describe("the frozen header", () => {
  const view = (pane: string) =>
    childElements(
      `<sheetViews><sheetView workbookViewId="0">${pane}<selection activeCell="C5" sqref="C5"/></sheetView></sheetViews>`,
    );

  test("frozen columns of the analyst's stay frozen with the header", () => {
    const { children, outcome } = freezeRows(
      view('<pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/>'),
      3,
    );
    expect(outcome).toBe("frozen");
    expect(xmlOf(children)).toBe(
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="C4" sqref="C4"/></sheetView></sheetViews>',
    );
  });

  test("a view saved scrolled down freezes at the header, not at the row it was scrolled to", () => {
    const scrolled = childElements(
      '<sheetViews><sheetView tabSelected="1" topLeftCell="A40" workbookViewId="0"/></sheetViews>',
    );
    const { children, outcome } = freezeRows(scrolled, 1);
    expect(outcome).toBe("frozen");
    expect(xmlOf(children)).toBe(
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>',
    );
  });

  test("rows frozen past the header are kept, and a header far down is not frozen", () => {
    const deeper = view('<pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/>');
    expect(freezeRows(deeper, 3)).toEqual({ children: deeper, outcome: "kept" });
    expect(freezeRows([], 12)).toEqual({ children: [], outcome: "header too far down" });
  });
});

test("without tableStyleInfo, the style goes after </tableColumns>, not into a column's own extLst", () => {
  const xml =
    '<table><tableColumns count="1"><tableColumn id="1" name="A"><extLst><ext uri="x"/></extLst></tableColumn></tableColumns><extLst/></table>';
  expect(withTableStyle(xml, "TableStyleMedium9")).toBe(
    '<table><tableColumns count="1"><tableColumn id="1" name="A"><extLst><ext uri="x"/></extLst></tableColumn></tableColumns>' +
      '<tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/><extLst/></table>',
  );
});

test("the table style's name is set and the analyst's banding choices kept; added when missing", () => {
  expect(
    withTableStyle('<table><tableStyleInfo name="TableStyleLight1" showRowStripes="1"/></table>', "TableStyleMedium9"),
  ).toBe('<table><tableStyleInfo name="TableStyleMedium9" showRowStripes="1"/></table>');
  expect(withTableStyle('<table><tableColumns count="1"/><extLst/></table>', "TableStyleMedium9")).toBe(
    '<table><tableColumns count="1"/><tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/><extLst/></table>',
  );
});

describe("styles.xml", () => {
  const STYLES =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

  test("number formats: built-in ones by id, others added from 164; a cell's font is kept", () => {
    const styles = WorkbookStyles.from(STYLES) as WorkbookStyles;
    expect(styles.styleWithNumberFormat(1, "#,##0.00")).toBe(2);
    expect(styles.styleWithNumberFormat(1, "0.0%")).toBe(3);
    expect(styles.styleWithNumberFormat(1, "0.0%")).toBe(3);
    const xml = styles.result() ?? "";
    expect(xml).toMatch(
      /^<styleSheet[^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts><fonts/,
    );
    expect(xml).toContain(
      '<xf numFmtId="164" applyNumberFormat="1" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
    );
  });

  test("a conditional format's look is added once, after cellStyles, and found again on the next run", () => {
    const styles = WorkbookStyles.from(STYLES) as WorkbookStyles;
    const green = { fill: "#C6EFCE", font: "#006100" };
    expect(styles.differentialFormat(green)).toBe(0);
    expect(styles.differentialFormat(green)).toBe(0);
    const xml = styles.result() ?? "";
    expect(xml).toContain(
      '</cellStyles><dxfs count="1"><dxf><font><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs>',
    );
    const again = WorkbookStyles.from(xml) as WorkbookStyles;
    expect(again.differentialFormat(green)).toBe(0);
    expect(again.styleWithNumberFormat(0, "#,##0.00")).toBe(2);
    expect(again.result()).not.toBeNull(); // the xf for #,##0.00 was new
    const third = WorkbookStyles.from(again.result());
    expect(third?.styleWithNumberFormat(0, "#,##0.00")).toBe(2);
    expect(third?.result()).toBeNull();
  });
});
