/**
 * Why the command does not rewrite workbooks with ExcelJS: each kind of content below is put into a workbook,
 * round-tripped through ExcelJS 4.4, and seen missing (those tests document ExcelJS, not the command). The
 * command's graded copy keeps every such part byte for byte (it changes only the graded sheet, styles.xml,
 * the table part, and workbook.xml's recalculation flag). JSZip, ExcelJS's own zip library, adds the parts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { zipParts } from "./support/zipRead";
import { runInProcess, tempDir } from "./support/cli";
import { SEED_HEADERS, SEED_ROWS, tableWorkbook } from "./support/workbooks";

const CHART_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'客户'!$I$2:$I$4</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`;

const SHAPE_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>
<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>请先核对欠款</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const rels = (...items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
    )
    .join("")}</Relationships>`;

interface Addition {
  readonly kind: string;
  /** Parts to add (path → content); the first is the one that must survive or be lost. */
  readonly parts: Record<string, string>;
  /** Content-type overrides for the added parts. */
  readonly types: Record<string, string>;
  /** Extra elements to put into a part that exists (e.g. the sheet's <drawing r:id>). */
  readonly patch?: (zip: JSZip) => Promise<void>;
}

async function addTo(base: Buffer, addition: Addition): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  for (const [path, content] of Object.entries(addition.parts)) zip.file(path, content);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const overrides = Object.entries(addition.types).map(
    ([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`,
  );
  types = types.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", types);
  await addition.patch?.(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function exceljsRoundTrip(bytes: Buffer): Promise<{ parts: string[]; zip: Buffer }> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const zip = Buffer.from(await workbook.xlsx.writeBuffer());
  return { parts: [...zipParts(zip).keys()], zip };
}

const additions: Addition[] = [
  {
    kind: "charts",
    parts: {
      "xl/charts/chart1.xml": CHART,
      "xl/drawings/drawing1.xml": CHART_DRAWING,
      "xl/drawings/_rels/drawing1.xml.rels": rels(["rId1", "chart", "../charts/chart1.xml"]),
    },
    types: {
      "xl/charts/chart1.xml": "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      "xl/drawings/drawing1.xml": "application/vnd.openxmlformats-officedocument.drawing+xml",
    },
    patch: async (zip) => {
      const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
      zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<tableParts/, '<drawing r:id="rIdChart"/><tableParts'));
      const sheetRels = (await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? rels();
      zip.file(
        "xl/worksheets/_rels/sheet1.xml.rels",
        sheetRels.replace(
          "</Relationships>",
          '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
        ),
      );
    },
  },
  {
    kind: "shapes",
    parts: { "xl/drawings/drawing1.xml": SHAPE_DRAWING },
    types: { "xl/drawings/drawing1.xml": "application/vnd.openxmlformats-officedocument.drawing+xml" },
    patch: async (zip) => {
      const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
      zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<tableParts/, '<drawing r:id="rIdShape"/><tableParts'));
      const sheetRels = (await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? rels();
      zip.file(
        "xl/worksheets/_rels/sheet1.xml.rels",
        sheetRels.replace(
          "</Relationships>",
          '<Relationship Id="rIdShape" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
        ),
      );
    },
  },
  {
    kind: "pivot-tables",
    parts: {
      "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
    },
    types: {},
  },
  {
    kind: "macros",
    parts: { "xl/vbaProject.bin": "VBA" },
    types: { "xl/vbaProject.bin": "application/vnd.ms-office.vbaProject" },
  },
  {
    kind: "add-in-settings",
    parts: {
      "xl/webextensions/webextension1.xml": "<we:webextension/>",
      "xl/webextensions/taskpanes.xml": "<wetp:taskpanes/>",
    },
    types: {},
  },
  {
    kind: "threaded-comments",
    parts: {
      "xl/threadedComments/threadedComment1.xml": "<ThreadedComments/>",
      "xl/persons/person.xml": "<personList/>",
    },
    types: {},
  },
  { kind: "slicers", parts: { "xl/slicers/slicer1.xml": "<slicers/>" }, types: {} },
  { kind: "external-links", parts: { "xl/externalLinks/externalLink1.xml": "<externalLink/>" }, types: {} },
  { kind: "connections", parts: { "xl/connections.xml": "<connections/>", "customXml/item1.xml": "<x/>" }, types: {} },
  { kind: "controls", parts: { "xl/embeddings/oleObject1.bin": "OLE" }, types: {} },
  { kind: "other-parts", parts: { "xl/richData/richValue.xml": "<rv/>" }, types: {} },
];

/** Every part of a package with its uncompressed bytes. */
function parts(zip: Buffer): Map<string, Buffer> {
  return zipParts(zip);
}

const dir = tempDir("keeps");
/**
 * The parts grading the seed table may change: its sheet, the grade fills, the appended score column, and
 * workbook.xml, which asks for recalculation on load (formulas may read the new grades).
 */
const GRADED_PARTS = ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/tables/table1.xml", "xl/workbook.xml"];

describe.each(additions)("a workbook with $kind", (addition) => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await addTo(await tableWorkbook(SEED_HEADERS, SEED_ROWS), addition);
  });

  test("(documents ExcelJS, not the command) loses it in an ExcelJS round trip", async () => {
    const after = await exceljsRoundTrip(bytes);
    for (const part of Object.keys(addition.parts)) expect(after.parts).not.toContain(part);
  });

  test("keeps it, and every part but the graded ones, byte for byte in the command's graded copy", async () => {
    const extension = addition.kind === "macros" ? "xlsm" : "xlsx";
    const input = join(dir, `${addition.kind}.${extension}`);
    writeFileSync(input, bytes);
    const run = await runInProcess(["grade", input, "--json", "--as-of", "2026-11-22", "--lang", "en"]);
    expect(run.stderr).toMatch(/^Graded 3 rows/);
    expect((JSON.parse(run.stdout) as { rows: { grade: string }[] }).rows.map((r) => r.grade)).toEqual(["A", "B", "C"]);
    const before = parts(bytes);
    const after = parts(readFileSync(join(dir, `${addition.kind}.graded.${extension}`)));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, data] of before) {
      if (GRADED_PARTS.includes(name)) continue;
      expect({ name, same: after.get(name)?.equals(data) }).toEqual({ name, same: true });
    }
    const workbookXml = (bytes: Buffer | undefined) => bytes?.toString("utf8").replace(/<calcPr\b[^>]*>/, "") ?? "";
    expect(workbookXml(after.get("xl/workbook.xml"))).toBe(workbookXml(before.get("xl/workbook.xml")));
    expect(after.get("xl/workbook.xml")?.toString("utf8")).toMatch(/<calcPr\b[^>]*\sfullCalcOnLoad="1"/);
  });
});

test("(documents ExcelJS, not the command) ExcelJS does keep styles, formulas, notes, validations, conditional formats and images (what the old design relied on)", async () => {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("S");
  sheet.getCell("A1").value = { formula: "1+1", result: 2 };
  sheet.getCell("A1").note = "note";
  sheet.getCell("A2").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
  sheet.addConditionalFormatting({
    ref: "A1:A2",
    rules: [{ type: "expression", formulae: ["A1>1"], priority: 1, style: { font: { bold: true } } }],
  });
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  const image = workbook.addImage({ base64: PNG.toString("base64"), extension: "png" });
  sheet.addImage(image, "C2:D4");
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const after = await exceljsRoundTrip(bytes);
  expect(after.parts).toEqual(
    expect.arrayContaining(["xl/media/image1.png", "xl/drawings/drawing1.xml", "xl/comments1.xml"]),
  );
  const sheetXml = parts(after.zip).get("xl/worksheets/sheet1.xml")?.toString("utf8") ?? "";
  expect(sheetXml).toContain("<dataValidation");
  expect(sheetXml).toContain("<conditionalFormatting");
  expect(sheetXml).toContain("<f>1+1</f>");
});
