/**
 * The same small load/sync scenario against Microsoft's `office-addin-mock` and against the simulator, each
 * asserted as that tool documents it: the mock returns marker strings where Excel throws, the simulator throws
 * like Excel. What both agree on is the point: a value is visible only after load + sync.
 *
 * The adapter's own calls are run against the mock too (listing tables), so the adapter does not lean on
 * anything only the simulator does.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelHost } from "../../src/excel";
import { SETTING_KEYS, bindingFrom, queueSettingRead, settingValue } from "../../src/excel/settings";
import { SimulatorError, createWorkbook } from "../../src/simulator";

/** The part of office-addin-mock 4's `OfficeMockObject` this test uses (its own types are `any`-indexed). */
interface MockRange {
  values: unknown;
  load(properties: string): void;
}
interface MockContext {
  workbook: { range: MockRange; getSelectedRange(): MockRange };
  sync(): Promise<void>;
}
type MockModule = { OfficeMockObject: new (data: object) => MockContext };

test("office-addin-mock: a value is visible only after load + sync", async () => {
  const context = new (OfficeMockObject as unknown as MockModule["OfficeMockObject"])({
    workbook: {
      range: { values: [["Alpha", 120]] },
      getSelectedRange(this: { range: MockRange }) {
        return this.range;
      },
    },
  });
  const range = context.workbook.getSelectedRange();
  expect(range.values).toBe("Error, property was not loaded");
  range.load("values");
  expect(range.values).toBe("Error, context.sync() was not called");
  await context.sync();
  expect(range.values).toEqual([["Alpha", 120]]);
  // The mock has no workbook behind it: a write is the plain assignment, visible at once and kept by sync().
  range.values = [["Beta", 80]];
  await context.sync();
  expect(range.values).toEqual([["Beta", 80]]);
});

test("simulator: a value is visible only after load + sync; reading earlier throws PropertyNotLoaded", async () => {
  const wb = createWorkbook({ sheets: [{ name: "S", cells: [["Alpha", 120]] }] });
  wb.userSelect("S", 0, 0, 1, 2);
  await wb.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    expect(() => range.values).toThrow(SimulatorError);
    range.load("values");
    expect(() => range.values).toThrow(/call "context.sync\(\)"/);
    await context.sync();
    expect(range.values).toEqual([["Alpha", 120]]);
    range.values = [["Beta", 80]];
    await context.sync();
    const again = context.workbook.getSelectedRange().load("values");
    await context.sync();
    expect(again.values).toEqual([["Beta", 80]]);
  });
});

test("the adapter's settings read works the same against office-addin-mock and the simulator", async () => {
  // The mock has no collections and no object-valued properties (TOOLCHAIN.md), so the shared call is the one
  // that needs neither: reading the saved settings of a workbook that has none. It loads two settings and
  // reads them only after sync, which the mock checks as Excel does.
  const mockContext = new OfficeMockObject({
    workbook: {
      settings: {
        binding: { value: "", isNullObject: true },
        ruleSet: { value: "", isNullObject: true },
        getItemOrNullObject(this: Record<string, unknown>, key: string) {
          return this[key === "customerGrader.binding" ? "binding" : "ruleSet"];
        },
      },
    },
  }) as unknown as Excel.RequestContext;
  const settingsRead = async (run: ExcelHost["run"]) =>
    run(async (context) => {
      const binding = queueSettingRead(context, SETTING_KEYS.binding);
      const rules = queueSettingRead(context, SETTING_KEYS.ruleSet);
      await context.sync();
      return [bindingFrom(binding)?.tableName ?? null, settingValue(rules) ?? null];
    });
  const simulated = createWorkbook({ sheets: [{ name: "客户" }] });
  expect(await settingsRead((batch) => batch(mockContext))).toEqual([null, null]);
  expect(await settingsRead(simulated.run)).toEqual([null, null]);
});
