/**
 * Well-formed XML that Excel itself does not write but other writers and hand edits produce, read as Excel
 * reads it: each case is one that a reader built on regular expressions got wrong.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Table } from "../../src/engine";
import { readSource } from "../../src/cli/source";
import { tempDir } from "./support/cli";
import { MAIN_NS, rawPackage, sheetXml, textCell } from "./support/rawPackage";

const dir = tempDir("xml-probes");

async function tableOf(name: string, pkg: Parameters<typeof rawPackage>[0]): Promise<Table> {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await rawPackage(pkg));
  const read = await readSource(path, {});
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.error)}`);
  return read.value.table;
}

const header = `<row r="1">${textCell("A1", "客户名称")}${textCell("B1", "联系人")}</row>`;

test("a comment between rows of sheetData is not damage", async () => {
  const rows = `${header}<!-- exported 2026-11-22 --><row r="2">${textCell("A2", "XX科技")}<!-- a note -->${textCell("B2", "张经理")}</row>`;
  const table = await tableOf("comment", { sheets: [{ name: "S1", xml: sheetXml(rows) }] });
  expect(table.rows).toEqual([["XX科技", "张经理"]]);
});

test("a cell reference in single quotes names its column", async () => {
  const rows = `${header}<row r='2'><c r='B2' t='inlineStr'><is><t>张经理</t></is></c></row>`;
  const table = await tableOf("quotes", { sheets: [{ name: "S1", xml: sheetXml(rows) }] });
  expect(table.rows).toEqual([[null, "张经理"]]);
});

test("a shared string with attributes on <si> keeps every later string in its place", async () => {
  const sst =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN_NS}">` +
    `<si><t>客户名称</t></si><si xml:space="preserve"><t>XX科技</t></si><si><t>YY贸易</t></si></sst>`;
  const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c></row>`;
  const table = await tableOf("si-space", { sheets: [{ name: "S1", xml: sheetXml(rows) }], sharedStrings: sst });
  expect(table.headers).toEqual(["客户名称"]);
  expect(table.rows).toEqual([["XX科技"], ["YY贸易"]]);
});

test("CDATA in a cell's text is read as its text", async () => {
  const rows = `${header}<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[A&B <物流>]]></t></is></c><c r="B2" t="s"><v>0</v></c></row>`;
  const table = await tableOf("cdata", {
    sheets: [{ name: "S1", xml: sheetXml(rows) }],
    sharedStrings: ["<![CDATA[李&女士]]>"],
  });
  expect(table.rows).toEqual([["A&B <物流>", "李&女士"]]);
});
