/** @jest-environment jsdom */
/**
 * "Export as SQL" in the rules editor (the real adapter over the simulator, not Excel): the rules compiled for the
 * chosen database over the bound table's columns and downloaded as a .sql file; a table whose frequency is only
 * words in a packed text is refused with the reason in the analyst's language; nothing is saved or written.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { SEED_HEADERS, SEED_ROWS, workbookWith } from "../excel/fixtures";
import { EVERY_KIND_HEADERS, everyKindTable } from "../support/everyKindRules";
import { downloads } from "./support/dom";
import { loaded, renderPane } from "./support/pane";

const RULES_KEY = "customerGrader.ruleSet";

test("PostgreSQL over the bound table: the .sql reads its columns from the named table; nothing saved or written", async () => {
  const rows = everyKindTable(8, 2).rows.map((r) => r.map((c) => c ?? null));
  const workbook = workbookWith("客户表", [...EVERY_KIND_HEADERS], rows);
  const before = workbook.tableValues("客户表");
  const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  await user.click(screen.getByRole("button", { name: strings.exportSql }));
  const panel = await screen.findByTestId("sql-export");
  await user.selectOptions(within(panel).getByTestId("sql-dialect"), "postgres");
  const table = within(panel).getByTestId("sql-table");
  expect((table as HTMLInputElement).value).toBe("客户表"); // the bound table's name to start from
  await user.clear(table);
  await user.type(table, "crm.customers");
  const count = downloads.length;
  await user.click(within(panel).getByTestId("sql-download"));
  expect(downloads).toHaveLength(count + 1);
  const file = downloads[downloads.length - 1];
  expect(file?.name).toMatch(/\.postgres\.sql$/);
  const sql = file ? await readBlob(file.blob) : "";
  expect(sql).toContain('FROM "crm"."customers" AS t');
  expect(sql).toContain("AS MATERIALIZED");
  expect(sql).toContain('"年营业额(万元)"');
  expect(await within(panel).findByText(new RegExp(`已下载 .*\\.postgres\\.sql`))).toBeTruthy();
  expect(workbook.settings[RULES_KEY]).toBeUndefined();
  expect(workbook.tableValues("客户表")).toEqual(before);
});

test("seed 000's table (its frequency only as words in 运输需求) is refused, naming the column", async () => {
  const workbook = workbookWith(
    "客户表",
    SEED_HEADERS,
    SEED_ROWS.map((r) => [...r]),
  );
  const { strings, user } = renderPane(workbook, { locale: "zh-CN" });
  await loaded(strings);
  await user.click(screen.getByRole("button", { name: strings.exportSql }));
  const panel = await screen.findByTestId("sql-export");
  const count = downloads.length;
  await user.click(within(panel).getByTestId("sql-download"));
  const problems = await within(panel).findByTestId("sql-problems");
  expect(problems.textContent).toContain("运输需求");
  expect(downloads).toHaveLength(count);
});

/** jsdom's Blob has no text(): read it as the browser's FileReader does. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsText(blob);
  });
}
