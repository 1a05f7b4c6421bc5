/**
 * Type-level checks: each simulated member has the type of the Excel member it stands for (from
 * @types/office-js), so drift in either is a compile error (`npm run typecheck`). Properties are checked by
 * assigning the simulator's object to a `Pick` of Excel's; methods by checking that the simulator accepts the
 * arguments Excel's accepts (the results are the simulator's own classes, checked by the property checks).
 */
import {
  type RunFunction,
  type SimApplication,
  SimClientResult,
  type SimEventHandlerResult,
  type SimEventHandlers,
  type SimRange,
  type SimRequestContext,
  type SimRuntime,
  type SimSetting,
  type SimSettingCollection,
  type SimTable,
  type SimTableCollection,
  type SimTableColumn,
  type SimTableColumnCollection,
  type SimTableRowCollection,
  type SimWorkbookObject,
  type SimWorksheet,
  type SimWorksheetCollection,
} from "../../src/simulator";

/** True when `Sim` accepts every argument list `Excel` accepts. */
type AcceptsArgs<Excel extends (...args: never[]) => unknown, Sim extends (...args: never[]) => unknown> =
  Parameters<Excel> extends Parameters<Sim> ? true : false;
const yes = <T extends true>(): T | undefined => undefined;

// Properties: the simulator's values are assignable to Excel's declared types.
export const rangeProps = (
  r: SimRange,
): Pick<
  Excel.Range,
  | "values"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "isNullObject"
> => r;
export const tableProps = (t: SimTable): Pick<Excel.Table, "name" | "id" | "isNullObject"> => t;
export const columnProps = (c: SimTableColumn): Pick<Excel.TableColumn, "name" | "index" | "isNullObject"> => c;
export const worksheetProps = (w: SimWorksheet): Pick<Excel.Worksheet, "name" | "id" | "isNullObject"> => w;
export const settingProps = (s: SimSetting): Pick<Excel.Setting, "key" | "value" | "isNullObject"> => s;
export const runtimeProps = (r: SimRuntime): Pick<Excel.Runtime, "enableEvents"> => r;
export const countProps = (
  c: SimTableColumnCollection,
  t: SimTableCollection,
  r: SimTableRowCollection,
): [
  Pick<Excel.TableColumnCollection, "count">,
  Pick<Excel.TableCollection, "count">,
  Pick<Excel.TableRowCollection, "count">,
] => [c, t, r];
export const clientResult = (r: SimClientResult<number>): OfficeExtension.ClientResult<number> => r;

// Writable properties take what Excel's take.
export const writes = (r: SimRange, rt: SimRuntime, excel: Excel.Range) => {
  r.values = excel.values;
  r.formulas = excel.formulas;
  r.numberFormat = excel.numberFormat;
  rt.enableEvents = true as Excel.Runtime["enableEvents"];
};

// Methods: the simulator accepts Excel's arguments.
export const methods = [
  yes<AcceptsArgs<Excel.Range["getCell"], SimRange["getCell"]>>(),
  yes<AcceptsArgs<Excel.Range["getResizedRange"], SimRange["getResizedRange"]>>(),
  yes<AcceptsArgs<Excel.Range["getOffsetRange"], SimRange["getOffsetRange"]>>(),
  yes<AcceptsArgs<Excel.Range["getRow"], SimRange["getRow"]>>(),
  yes<AcceptsArgs<Excel.Range["getColumn"], SimRange["getColumn"]>>(),
  yes<AcceptsArgs<(anotherRange: string) => void, SimRange["getIntersectionOrNullObject"]>>(),
  yes<AcceptsArgs<Excel.Range["select"], SimRange["select"]>>(),
  yes<AcceptsArgs<Excel.Worksheet["getRangeByIndexes"], SimWorksheet["getRangeByIndexes"]>>(),
  yes<AcceptsArgs<Excel.Worksheet["getRange"], SimWorksheet["getRange"]>>(),
  yes<AcceptsArgs<Excel.WorksheetCollection["getItem"], SimWorksheetCollection["getItem"]>>(),
  yes<AcceptsArgs<Excel.TableCollection["getItem"], SimTableCollection["getItem"]>>(),
  yes<AcceptsArgs<Excel.TableCollection["getItemOrNullObject"], SimTableCollection["getItemOrNullObject"]>>(),
  yes<AcceptsArgs<Excel.TableColumnCollection["add"], SimTableColumnCollection["add"]>>(),
  yes<
    AcceptsArgs<Excel.TableColumnCollection["getItemOrNullObject"], SimTableColumnCollection["getItemOrNullObject"]>
  >(),
  yes<AcceptsArgs<Excel.SettingCollection["add"], SimSettingCollection["add"]>>(),
  yes<AcceptsArgs<Excel.SettingCollection["getItemOrNullObject"], SimSettingCollection["getItemOrNullObject"]>>(),
  yes<AcceptsArgs<Excel.Setting["delete"], SimSetting["delete"]>>(),
  yes<
    AcceptsArgs<
      Excel.Application["suspendApiCalculationUntilNextSync"],
      SimApplication["suspendApiCalculationUntilNextSync"]
    >
  >(),
  yes<AcceptsArgs<Excel.Workbook["getSelectedRange"], SimWorkbookObject["getSelectedRange"]>>(),
  yes<AcceptsArgs<Excel.RequestContext["sync"], SimRequestContext["sync"]>>(),
  yes<AcceptsArgs<Excel.Table["onChanged"]["add"], SimEventHandlers<Excel.TableChangedEventArgs>["add"]>>(),
  yes<
    AcceptsArgs<Excel.Table["onSelectionChanged"]["add"], SimEventHandlers<Excel.TableSelectionChangedEventArgs>["add"]>
  >(),
  yes<
    AcceptsArgs<
      OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>["remove"],
      SimEventHandlerResult<Excel.TableChangedEventArgs>["remove"]
    >
  >(),
];

// load takes each of Excel's load argument forms.
export const loads = (r: SimRange, t: SimTable, tables: SimTableCollection, o: Excel.Interfaces.RangeLoadOptions) => {
  r.load(o);
  r.load("values, address");
  r.load(["values"]);
  r.load({ select: "values", expand: undefined });
  t.load({ name: true } satisfies Excel.Interfaces.TableLoadOptions);
  tables.load({ select: "items/name" } satisfies OfficeExtension.LoadOption);
};

// run has Excel.run's batch form (and its context form).
export const runs = (run: RunFunction): (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>) =>
  run;

test("the type checks above compile (see npm run typecheck)", () => {
  expect(methods.every((m) => m === undefined)).toBe(true);
  expect(new SimClientResult<number>("x")).toBeInstanceOf(SimClientResult);
});
