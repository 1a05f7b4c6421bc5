/**
 * The customer table `customer-grader customers` writes, opened by real LibreOffice: the built command on the
 * shipped mainland sample (7,000-odd waybill lines), converted to CSV by soffice, holds every customer with the
 * annual amount, the orders and the RFM type that `rfm --json` prints for the same lines.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/cli/csv";
import { SAMPLE_LINES } from "../support/sampleLines";
import { ensureBuilt, libreOfficeToCsv, runBuilt, tempDir } from "./support/cli";

const dir = tempDir("customers-lo");

test("LibreOffice opens the customer workbook and reads the measures the command computed", () => {
  ensureBuilt();
  copyFileSync(SAMPLE_LINES["zh-CN"].csv ?? "", join(dir, "lines.csv"));
  const built = runBuilt(["customers", "lines.csv", "--out", "customers.xlsx", "--as-of", "2018-01-01"], { cwd: dir });
  expect(built.code).toBe(0);
  const rfm = runBuilt(["rfm", "lines.csv", "--as-of", "2018-01-01", "--json"], { cwd: dir });
  expect(rfm.code).toBe(0);
  const { rows: expected } = JSON.parse(rfm.stdout) as {
    rows: { customer: string; frequency: number; monetary: number; segment: string }[];
  };

  libreOfficeToCsv([join(dir, "customers.xlsx")], dir);
  const [headers = [], ...rows] = parseCsv(
    readFileSync(join(dir, "customers.csv"), "utf8").replace(/^\uFEFF/, ""),
    ",",
  );
  const at = (header: string): number => headers.indexOf(header);
  expect(["客户名称", "年交易额", "订单数", "RFM客户类型"].map(at).every((i) => i >= 0)).toBe(true);
  const read = rows
    .filter((row) => row.some((cell) => cell !== ""))
    .map((row) => ({
      customer: row[at("客户名称")],
      frequency: Number(row[at("订单数")]),
      monetary: Number((row[at("年交易额")] ?? "").replace(/,/g, "")),
      segment: row[at("RFM客户类型")],
    }));
  expect(read.length).toBeGreaterThan(500);
  expect(read).toEqual(
    expected.map(({ customer, frequency, monetary, segment }) => ({ customer, frequency, monetary, segment })),
  );
});
