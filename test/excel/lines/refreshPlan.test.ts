/**
 * Matching a refreshed customer table's rows: the lines group names width-folded, so the table's
 * "华东精密（上海）" is the customer the lines now spell "华东精密(上海)", and its row (with the analyst's columns)
 * is updated, not blanked while the customer is appended again.
 */
import { planRefresh } from "../../../src/excel/lines/refreshPlan";

const link = { keyHeader: "客户名称", measures: ["年交易额"] };

test("a customer spelt with full-width brackets or other spaces in the table is matched, not appended", () => {
  const existing = { headers: ["客户名称", "年交易额", "客户经理"], rows: [["华东精密（上海）", 100, "张经理"]] };
  const built = { headers: ["客户名称", "年交易额"], rows: [[" 华东精密(上海)\u3000", 150]] };
  const plan = planRefresh(existing, built, link);
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  expect(plan.value).toMatchObject({ added: 0, kept: 0, updated: 1 });
  expect(plan.value.appended).toEqual([]);
});

test("a different customer is still appended and a gone one kept", () => {
  const existing = { headers: ["客户名称", "年交易额"], rows: [["甲物流", 100]] };
  const built = { headers: ["客户名称", "年交易额"], rows: [["乙贸易", 50]] };
  const plan = planRefresh(existing, built, link);
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  expect(plan.value).toMatchObject({ added: 1, kept: 1, updated: 0 });
});
