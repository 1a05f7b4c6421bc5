/**
 * The customer workbook is written only to a file it creates itself: a link planted at the temporary name (by
 * someone who can write to the output folder) makes the write fail, and the link's target is never written.
 */
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeCustomersWorkbook } from "../../src/cli/lines/customersWorkbook";
import { tempDir } from "./support/cli";

test("a link at the path is refused (EEXIST), its target untouched", async () => {
  const dir = tempDir("customers-link");
  const victim = join(dir, "victim.txt");
  writeFileSync(victim, "the analyst's file");
  const temp = join(dir, ".customers.xlsx.cg-1-000000000000000000000000.tmp");
  symlinkSync(victim, temp);
  await expect(
    writeCustomersWorkbook(temp, "客户汇总", { headers: ["客户名称"], rows: [["甲物流"]] }),
  ).rejects.toMatchObject({ code: "EEXIST" });
  expect(readFileSync(victim, "utf8")).toBe("the analyst's file");
});
