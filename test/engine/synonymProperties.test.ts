/**
 * What must hold however a table names its columns (fast-check, fixed seeds): renaming columns to other known
 * synonyms of the same fields, in any column order, gives the same grades and scores; a period qualifier added
 * to every flow column leaves each on its field; a money unit in the header scales the numbers.
 */
import fc from "fast-check";
import {
  type CellValue,
  FIELDS,
  FIELD_IDS,
  type FieldId,
  type RuleSet,
  type Table,
  defaultRuleSet,
  gradeTable,
  mapColumns,
  parseDate,
} from "../../src/engine";
import { fieldSpec } from "../../src/engine/fields";
import { fixedBandRuleSet } from "../support/fixedBandRules";
import { type GoldenCase, loadGoldenCases } from "../support/golden";
import { type HeaderShape, renamableColumns, renamedAndReordered } from "../support/synonyms";

const rules = defaultRuleSet();
const RUNS = { numRuns: 50, seed: 20171231 } as const;

function golden(file: string): GoldenCase {
  const found = loadGoldenCases().find((c) => c.file === file);
  if (!found) throw new Error(`no golden ${file}`);
  return found;
}

function asOfOf(c: GoldenCase): number {
  const serial = parseDate(c.asOf);
  if (typeof serial !== "number") throw new Error(`${c.file}: unreadable asOf`);
  return serial;
}

/** Grades, statuses and scores: what renaming must not change. */
function gradesOf(table: Table, asOf: number, ruleSet: RuleSet = rules) {
  const result = gradeTable(table, ruleSet, { asOf });
  if (!result.ok) throw new Error(result.error.message.en);
  return {
    grades: result.value.outputs.grades,
    status: result.value.rows().map((r) => r.status),
    scores: Array.from(result.value.outputs.scores),
  };
}

const to2017 = (name: string): string => `${name} (2017)`;

/** How each golden's columns with a period or a unit wrap a field name. */
const SHAPES: Readonly<Record<string, Readonly<Record<string, HeaderShape>>>> = {
  "export-crm.en.json": { "Sales (2017)": to2017, "Profit (2017)": to2017, "Orders (2017)": to2017 },
  "export-crm.zh-CN.json": {
    "2017年销售额(元)": (n) => `2017年${n}(元)`,
    "2017年利润(元)": (n) => `2017年${n}(元)`,
    "2017年订单数": (n) => `2017年${n}`,
  },
  "export-tms-ledger.zh-CN.json": {
    "月结额度(万元)": (n) => `${n}(万元)`,
    本年发货票数: (n) => `本年${n}`,
    "本年运费收入(万元)": (n) => `本年${n}(万元)`,
    "毛利额(万元)": (n) => `${n}(万元)`,
    "应收账款余额(万元)": (n) => `${n}(万元)`,
    "最长账龄(天)": (n) => `${n}(天)`,
  },
  "export-erp-ageing.zh-TW.json": {
    "本年度銷貨金額(千元)": (n) => `本年度${n}(千元)`,
    "毛利率(%)": (n) => `${n}(%)`,
  },
  "export-ar-ageing.en.json": {
    "Sales YTD (USD)": (n) => `${n} YTD (USD)`,
    "Gross Profit YTD": (n) => `${n} YTD`,
  },
  "structured.rules-and-issues.json": { "年交易额(万元)": (n) => `${n}(万元)` },
  "seed-000.zh-CN.json": {},
  "seed-000.en.json": {},
};

describe("renaming columns to other synonyms of their fields, in any order, gives the same grades", () => {
  describe.each(Object.keys(SHAPES))("%s", (file) => {
    const c = golden(file);
    const table: Table = { headers: c.headers, rows: c.rows };
    const asOf = asOfOf(c);
    const columns = renamableColumns(c.headers, SHAPES[file]);
    const expected = gradesOf(table, asOf);
    // A field two columns name ("Current" and "1 - 30" both read as the current bucket) goes to the first in
    // column order, and the table says so (duplicate-field): only the grades are compared for it.
    const duplicated = new Set(
      mapColumns(c.headers).issues.flatMap((issue) => (issue.code === "duplicate-field" ? issue.fields : [])),
    );

    test("most columns have another name to try", () => {
      const renamable = columns.filter((col) => col.names.length > 1);
      expect(renamable.length).toBeGreaterThanOrEqual(Math.ceil(columns.length / 2));
    });

    test("each column keeps its field, and every row its grade and score", () => {
      const naming = fc.tuple(...columns.map((col) => fc.constantFrom(...col.names)));
      const indexes = c.headers.map((_, i) => i);
      const order = fc.shuffledSubarray(indexes, { minLength: indexes.length, maxLength: indexes.length });
      fc.assert(
        fc.property(naming, order, (names, columnOrder) => {
          const renames = new Map(columns.map((col, k) => [col.index, names[k] ?? ""]));
          const renamed = renamedAndReordered(table, renames, columnOrder);
          const mapping = mapColumns(renamed.headers);
          for (const col of columns)
            if (!duplicated.has(col.field))
              expect(mapping.columns[col.field]?.index).toBe(columnOrder.indexOf(col.index));
          expect(gradesOf(renamed, asOf)).toEqual(expected);
        }),
        RUNS,
      );
    });
  });
});

test("the CRM export with Chinese headers and ¥ text grades every row as the English one, score for score", () => {
  const en = golden("export-crm.en.json");
  const zh = golden("export-crm.zh-CN.json");
  expect(zh.rows.length).toBe(en.rows.length);
  expect(gradesOf({ headers: zh.headers, rows: zh.rows }, asOfOf(zh))).toEqual(
    gradesOf({ headers: en.headers, rows: en.rows }, asOfOf(en)),
  );
});

const hasCjk = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

/** The flow fields (a figure of a period), months aside: each is read per year from its header's period. */
const FLOW_FIELDS = FIELD_IDS.filter((f) => fieldSpec(f).flow && !/^month\d+$/.test(f));

/** A flow field's names that map to it on their own, beside a customer-name column. */
function namesAlone(field: FieldId, cjk: boolean): string[] {
  return FIELDS[field].aliases.filter(
    (name) => hasCjk(name) === cjk && mapColumns(["客户名称", name]).columns[field]?.index === 1,
  );
}

const ZH_PERIODS: readonly HeaderShape[] = [
  (n) => `本年${n}`,
  (n) => `2017年${n}`,
  (n) => `今年${n}`,
  (n) => `${n}(2017)`,
  (n) => `上年度${n}`,
  (n) => `近12个月${n}`,
];
const EN_PERIODS: readonly HeaderShape[] = [
  (n) => `${n} (2017)`,
  (n) => `${n} YTD`,
  (n) => `FY2017 ${n}`,
  (n) => `YTD ${n}`,
];

/** One name for each flow field, plus non-flow columns that must stay as they are. */
function flowTable(cjk: boolean) {
  const names = fc.tuple(...FLOW_FIELDS.map((f) => fc.constantFrom(...namesAlone(f, cjk))));
  const others = cjk
    ? ["客户名称", "逾期天数", "信用额度", "最近交易日期"]
    : ["Customer", "Days overdue", "Credit limit"];
  return { names, others };
}

describe("a period qualifier added to every flow column leaves each on its field", () => {
  test.each([
    ["Chinese", true, ZH_PERIODS],
    ["English", false, EN_PERIODS],
  ] as const)("%s headers", (_language, cjk, periods) => {
    for (const field of FLOW_FIELDS) expect(namesAlone(field, cjk).length).toBeGreaterThan(0);
    const { names, others } = flowTable(cjk);
    fc.assert(
      fc.property(names, fc.constantFrom(...periods), (flowNames, qualify) => {
        const plain = [...others, ...flowNames];
        const qualified = [...others, ...flowNames.map(qualify)];
        const before = mapColumns(plain);
        const after = mapColumns(qualified);
        for (const field of [...FLOW_FIELDS, ...Object.keys(before.columns)] as FieldId[]) {
          expect(after.columns[field]?.index).toBe(before.columns[field]?.index);
        }
        for (const field of FLOW_FIELDS) {
          expect(before.columns[field]).toBeDefined();
          expect(after.columns[field]?.period ?? null).not.toBeNull();
        }
      }),
      RUNS,
    );
  });
});

/** Ranks ignore a column's scale; the fixed amount bands do not, so both are checked. */
const RULE_SETS = [
  ["ranked amounts (default)", rules],
  ["fixed amount bands", fixedBandRuleSet()],
] as const;

describe.each(RULE_SETS)("a money unit in the header scales the numbers, %s", (_name, ruleSet) => {
  const base = golden("structured.rules-and-issues.json");
  const asOf = asOfOf(base);
  const amountColumn = base.headers.indexOf("年交易额(万元)");

  test("年交易额(万元) with values v grades like 年交易额(元) with values v × 10000", () => {
    expect(amountColumn).toBeGreaterThanOrEqual(0);
    const amounts = fc.array(fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(null)), {
      minLength: base.rows.length,
      maxLength: base.rows.length,
    });
    fc.assert(
      fc.property(amounts, (values) => {
        const withAmounts = (header: string, factor: number): Table => ({
          headers: base.headers.map((h, i) => (i === amountColumn ? header : h)),
          rows: base.rows.map((row, r) =>
            row.map((cell, i) => (i === amountColumn ? scaled(values[r] ?? null, factor) : cell)),
          ),
        });
        expect(gradesOf(withAmounts("年交易额(元)", 10000), asOf, ruleSet)).toEqual(
          gradesOf(withAmounts("年交易额(万元)", 1), asOf, ruleSet),
        );
      }),
      RUNS,
    );
  });

  const tms = golden("export-tms-ledger.zh-CN.json");
  const moneyColumns = tms.headers.flatMap((h, i) => (typeof h === "string" && h.endsWith("(万元)") ? [i] : []));
  const UNITS = [
    ["(元)", 1e4],
    ["（千元）", 10],
    ["(万元)", 1],
    ["（万）", 1],
    ["(人民币元)", 1e4],
  ] as const;

  test("any of the TMS ledger's 万元 columns written in 元, 千元 or 万 grades the same", () => {
    expect(moneyColumns.length).toBe(4);
    const expected = gradesOf({ headers: tms.headers, rows: tms.rows }, asOfOf(tms), ruleSet);
    const choice = fc.tuple(...moneyColumns.map(() => fc.constantFrom(...UNITS)));
    fc.assert(
      fc.property(choice, (units) => {
        const unitOf = new Map(moneyColumns.map((column, k) => [column, units[k] ?? UNITS[2]]));
        const table: Table = {
          headers: tms.headers.map((h, i) => {
            const unit = unitOf.get(i);
            return unit && typeof h === "string" ? h.replace("(万元)", unit[0]) : h;
          }),
          rows: tms.rows.map((row) => row.map((cell, i) => scaled(cell, unitOf.get(i)?.[1] ?? 1))),
        };
        expect(gradesOf(table, asOfOf(tms), ruleSet)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

/** A numeric cell times a factor; any other cell as it is. */
function scaled(cell: CellValue, factor: number): CellValue {
  return typeof cell === "number" ? cell * factor : cell;
}
