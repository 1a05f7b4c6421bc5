/**
 * The `--json` document's facts about the whole table (`mapping`, `notAssessed`, `asOf`, `scales`) on tables
 * shaped like real exports, and the `columns` map other tools read, unchanged beside them.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonDocument } from "../../src/cli/jsonDocument";
import { type CellValue, parseDate } from "../../src/engine";
import { runInProcess, tempDir } from "./support/cli";
import { CRM_HEADERS, CRM_ROWS, TMS_HEADERS, TMS_ROWS } from "./support/exportTables";
import { csvText, tableWorkbook } from "./support/workbooks";
import { GRADE_JSON_KEYS } from "./support/jsonShape";

async function gradeJson(file: string, ...extra: string[]): Promise<JsonDocument> {
  const run = await runInProcess(["grade", file, "--json", "--force", ...extra]);
  expect({ code: run.code, stderr: run.code === 0 ? "" : run.stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(run.stdout) as JsonDocument;
}

const dir = tempDir("table-facts");
const crm = join(dir, "crm.csv");
const tms = join(dir, "tms.csv");
writeFileSync(crm, csvText(CRM_HEADERS, CRM_ROWS));
writeFileSync(tms, csvText(TMS_HEADERS, TMS_ROWS));

describe("a CRM export with no payment, potential or service columns", () => {
  let doc: JsonDocument;
  beforeAll(async () => {
    doc = await gradeJson(crm, "--lang", "en");
  });

  test("the new keys come after `columns`, before the rows; `columns` is still field → header of what was read and written", () => {
    expect(Object.keys(doc)).toEqual([...GRADE_JSON_KEYS]);
    expect(doc.columns).toEqual({
      customerId: "Customer ID",
      customerName: "Customer Name",
      segment: "Segment",
      region: "Region",
      annualAmount: "Sales (2017)",
      profit: "Profit (2017)",
      orderCount: "Orders (2017)",
      relationshipStart: "First Order Date",
      lastTransaction: "Last Order Date",
      grade: "Grade",
      score: "Score",
      remark: "Remark",
    });
  });

  test("mapping has one entry per column, in column order, with exactly the documented keys", () => {
    expect(doc.mapping.map((c) => [c.column, c.header])).toEqual(CRM_HEADERS.map((h, i) => [i + 1, h]));
    for (const c of doc.mapping) {
      const keys = ["column", "header", "field", "via", "confidence", "period", "unit", "samples", "note"];
      expect(Object.keys(c)).toEqual(c.note === "ambiguous" ? [...keys, "candidates"] : keys);
      if (c.field === null) expect({ via: c.via, confidence: c.confidence }).toEqual({ via: null, confidence: null });
      else {
        expect(["alias", "qualified", "contains", "override"]).toContain(c.via);
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(c.note).toBeNull();
      }
    }
  });

  test("every column used is in `columns` under its field with its header, and only those besides the outputs", () => {
    const used = doc.mapping.filter((c) => c.field !== null);
    for (const c of used) expect(doc.columns[c.field as string]).toBe(c.header);
    expect(Object.keys(doc.columns).sort()).toEqual([...used.map((c) => c.field), "grade", "score", "remark"].sort());
  });

  test("each column says its field, period and samples; Ship Mode is not recognised", () => {
    const byHeader = new Map(doc.mapping.map((c) => [c.header, c]));
    expect(byHeader.get("Sales (2017)")).toMatchObject({ field: "annualAmount", period: "2017", unit: null });
    expect(byHeader.get("Profit (2017)")).toMatchObject({ field: "profit", period: "2017" });
    expect(byHeader.get("Orders (2017)")).toMatchObject({ field: "orderCount", period: "2017" });
    expect(byHeader.get("Customer Name")).toMatchObject({ field: "customerName", period: null, unit: null });
    expect(byHeader.get("Ship Mode")).toMatchObject({ field: null, note: "unrecognised" });
    // Up to three distinct values from the top, blanks skipped, as typed.
    expect(byHeader.get("Customer ID")?.samples).toEqual(["NB-1001", "LK-1002", "PT-1004"]);
    expect(byHeader.get("Segment")?.samples).toEqual(["Corporate", "Consumer", "Home Office"]);
    expect(byHeader.get("Ship Mode")?.samples).toEqual(["Standard Class", "Second Class", "First Class"]);
    expect(byHeader.get("Profit (2017)")?.samples).toEqual(["2730.10", "-310.75", "102.00"]);
  });

  test("notAssessed names the dimensions without a column, the fields that would feed them, and says so once", () => {
    const { dimensions, rules, message } = doc.notAssessed;
    expect(dimensions.map((d) => d.id)).toEqual(expect.arrayContaining(["safety", "future"]));
    for (const d of dimensions) {
      expect(Object.keys(d)).toEqual(["id", "label", "fields"]);
      expect(typeof d.label).toBe("string");
      expect(d.fields.length).toBeGreaterThan(0);
      expect(message).toContain(d.label);
    }
    expect(dimensions.find((d) => d.id === "safety")?.fields).toEqual(expect.arrayContaining(["overdueDays"]));
    for (const r of rules) {
      expect(Object.keys(r)).toEqual(["id", "anyOf"]);
      expect(r.anyOf.length).toBeGreaterThan(0);
    }
    // Each graded row says it too, naming the same dimensions.
    const graded = doc.rows.filter((r) => r.status === "graded");
    expect(graded.length).toBeGreaterThan(0);
    for (const row of graded)
      expect(row.reasons.find((r) => r.kind === "notAssessed")).toMatchObject({
        dimensions: dimensions.map((d) => d.id),
      });
  });

  test("asOf: a table of 2017's figures, graded without --as-of, is counted to the end of 2017, from its header", () => {
    expect(doc.asOf).toEqual({
      date: "2017-12-31",
      from: "period",
      header: "Sales (2017)",
      message: expect.stringContaining("2017-12-31"),
    });
  });

  test("scales: the default rule set ranks amounts within the table, and says so", () => {
    expect(doc.scales.length).toBeGreaterThan(0);
    for (const s of doc.scales) {
      expect(Object.keys(s)).toEqual(["criterion", "relative", "message"]);
      expect(typeof s.message).toBe("string");
    }
    expect(doc.scales.some((s) => s.relative)).toBe(true);
  });
});

test("asOf given with --as-of is that date, with no header or message", async () => {
  const doc = await gradeJson(crm, "--as-of", "2018-03-01");
  expect(doc.asOf).toEqual({ date: "2018-03-01", from: "given" });
});

test("the table's facts are in the document's language", async () => {
  const zh = await gradeJson(crm, "--lang", "zh-CN");
  const en = await gradeJson(crm, "--lang", "en");
  expect(zh.notAssessed.dimensions.map((d) => d.id)).toEqual(en.notAssessed.dimensions.map((d) => d.id));
  for (const d of zh.notAssessed.dimensions) expect(d.label).toMatch(/[\u4e00-\u9fff]/);
  expect(zh.notAssessed.message).toMatch(/^本表没有/);
  expect(zh.scales[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  expect(zh.asOf.message).toContain("2017-12-31");
  // The mapping itself does not depend on the language.
  expect(zh.mapping).toEqual(en.mapping);
  expect(zh.columns).toEqual(en.columns);
});

test("a TMS export: a period and a unit as written, an older period, an ambiguous and a repeated header, each said", async () => {
  const doc = await gradeJson(tms, "--as-of", "2026-11-22");
  const [name, current, older, profit, ageing, , joined, repeated] = doc.mapping;
  expect(name).toMatchObject({ field: "customerName", note: null });
  expect(current).toMatchObject({ field: "annualAmount", period: "本年", unit: "万元", note: null });
  expect(older).toMatchObject({ field: null, note: "older-period", samples: ["98", "51", "260"] });
  expect(profit).toMatchObject({ field: "profit", unit: "万元" });
  expect(ageing).toMatchObject({ field: "overdueDays" });
  expect(joined).toMatchObject({ field: null, note: "ambiguous", candidates: ["customerName", "contact"] });
  expect(repeated).toMatchObject({
    header: "客户简称",
    field: null,
    note: "duplicate",
    samples: ["申通", "沪广", "蓉城"],
  });
  expect(doc.columns.customerName).toBe("客户简称");
  expect(doc.columns.annualAmount).toBe("本年运费收入(万元)");
  expect(doc.asOf).toEqual({ date: "2026-11-22", from: "given" });
});

test("a workbook's date cells are sampled as dates, not as serial numbers", async () => {
  const d = tempDir("table-facts-xlsx");
  const input = join(d, "crm.xlsx");
  /** The two date columns as Excel serials, as a workbook holds dates. */
  const serial = (v: CellValue): CellValue => {
    const parsed = v ? parseDate(String(v)) : null;
    return typeof parsed === "number" ? parsed : v;
  };
  const rows = CRM_ROWS.map((r) => r.map((v, i) => (i === 7 || i === 8 ? serial(v) : v)));
  writeFileSync(input, await tableWorkbook(CRM_HEADERS, rows, "CRM"));
  const doc = await gradeJson(input, "--lang", "en");
  expect(doc.table).toBe("CRM");
  expect(doc.mapping[8]).toMatchObject({
    field: "lastTransaction",
    samples: ["2017-12-19", "2017-06-30", "2017-04-02"],
  });
  expect(readdirSync(d).sort()).toEqual(["crm.graded.xlsx", "crm.xlsx"]);
});
