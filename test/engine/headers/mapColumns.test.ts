/**
 * Columns are found by their headers, in Simplified Chinese, Traditional Chinese and English; units in a
 * header scale the column's numbers; what cannot be placed is ignored or reported, never guessed.
 */
import { FIELDS, FIELD_IDS, type FieldId, fieldSpec } from "../../../src/engine/fields";
import {
  type ColumnMapping,
  type MappingOverrides,
  aliasTable,
  mapColumns,
} from "../../../src/engine/headers/mapColumns";
import { readHeader } from "../../../src/engine/headers/readHeader";
import { type CellValue, LANGS } from "../../../src/engine/types";

/** field → column index, for compact expectations. */
function placed(mapping: ColumnMapping): Partial<Record<FieldId, number>> {
  const out: Partial<Record<FieldId, number>> = {};
  for (const id of FIELD_IDS) {
    const column = mapping.columns[id];
    if (column) out[id] = column.index;
  }
  return out;
}

/** The one field a single header maps to, with its scale and how it was found; `null` when none. */
function single(
  header: CellValue,
  overrides?: MappingOverrides,
): { field: FieldId; scale: number; via: string } | null {
  const mapping = mapColumns([header], overrides);
  const column = Object.values(mapping.columns)[0];
  return column ? { field: column.field, scale: column.scale, via: column.via } : null;
}

const SEED_FIELDS: readonly FieldId[] = [
  "customerName",
  "contact",
  "phone",
  "transportNeeds",
  "servicePreferences",
  "financialStatus",
  "grade",
  "remark",
];

describe("mapColumns finds the seed table's columns in every language", () => {
  test.each<[string, readonly string[]]>([
    ["Simplified Chinese", ["客户名称", "联系人", "联系电话", "运输需求", "服务偏好", "财务状况", "客户等级", "备注"]],
    ["Traditional Chinese", ["客戶名稱", "聯絡人", "聯絡電話", "運輸需求", "服務偏好", "財務狀況", "客戶等級", "備註"]],
    [
      "English",
      ["Customer", "Contact", "Phone", "Transport needs", "Service preferences", "Financial status", "Grade", "Remark"],
    ],
  ])("maps the %s headers to the same eight fields, by exact alias, with nothing ignored", (_lang, headers) => {
    const mapping = mapColumns(headers);
    expect(placed(mapping)).toEqual(Object.fromEntries(SEED_FIELDS.map((field, i) => [field, i])));
    for (const field of SEED_FIELDS) {
      expect(mapping.columns[field]).toMatchObject({
        header: headers[SEED_FIELDS.indexOf(field)],
        scale: 1,
        via: "alias",
      });
    }
    expect(mapping.ignored).toEqual([]);
    expect(mapping.issues).toEqual([]);
  });

  test("finds the columns whatever their order", () => {
    const mapping = mapColumns([
      "备注",
      "Grade",
      "財務狀況",
      "服务偏好",
      "Transport needs",
      "聯絡電話",
      "联系人",
      "Customer",
    ]);
    expect(placed(mapping)).toEqual({
      remark: 0,
      grade: 1,
      financialStatus: 2,
      servicePreferences: 3,
      transportNeeds: 4,
      phone: 5,
      contact: 6,
      customerName: 7,
    });
  });

  test("does not change the header row it is given", () => {
    const headers = Object.freeze(["客户名称", "年交易额(万元)", "Foo", null]);
    const copy = [...headers];
    mapColumns(headers, { Foo: "phone" });
    expect(headers).toEqual(copy);
  });
});

describe("mapColumns ignores case, width, spaces, punctuation and brackets", () => {
  test.each<[string, string, FieldId]>([
    ["reads upper case", "CUSTOMER NAME", "customerName"],
    ["reads mixed case without spaces", "CustomerName", "customerName"],
    ["reads full-width letters", "ｃｏｎｔａｃｔ", "contact"],
    ["reads full-width Chinese brackets and letters", "Ｃｕｓｔｏｍｅｒ", "customerName"],
    ["reads underscores", "Customer_Name", "customerName"],
    ["reads hyphens", "Transport-Needs", "transportNeeds"],
    ["reads surrounding spaces", "  service preferences ", "servicePreferences"],
    ["reads a trailing space", "客户名称 ", "customerName"],
    ["reads an ideographic space", "\u3000客户名称", "customerName"],
    ["reads a trailing colon", "Remarks:", "remark"],
    ["reads a trailing full-width colon", "备注：", "remark"],
    ["reads a trailing asterisk (required-field mark)", "Remark*", "remark"],
    ["drops a bracketed remark", "客户名称（全称）", "customerName"],
    ["drops a bracketed remark in Traditional Chinese", "客戶名稱（全稱）", "customerName"],
    ["drops a bracketed remark in another language", "Customer Name (全称)", "customerName"],
    ["drops a bracketed list of values", "Grade (A/B/C)", "grade"],
    ["drops a bracketed list of words", "financial status (good/average/poor)", "financialStatus"],
    ["reads a header wholly inside square brackets", "[Grade]", "grade"],
    ["reads a header wholly inside round brackets", "(Grade)", "grade"],
    ["reads a header wholly inside 【】", "【客户名称】", "customerName"],
    ["reads a header wholly inside full-width brackets", "（客户等级）", "grade"],
    ["reads English upper case with a space", "FINANCIAL STATUS", "financialStatus"],
  ])("%s (%j)", (_name, header, field) => {
    expect(single(header)).toMatchObject({ field, via: "alias" });
  });
});

describe("mapColumns reads the unit a header declares", () => {
  test.each<[string, string, FieldId, number]>([
    ["scales 年交易额(万元) by ten thousand", "年交易额(万元)", "annualAmount", 10000],
    ["scales full-width brackets", "年交易额（万元）", "annualAmount", 10000],
    ["scales 【万元】", "年交易额【万元】", "annualAmount", 10000],
    ["scales Revenue (k) by a thousand", "Revenue (k)", "annualAmount", 1000],
    ["scales (thousands) by a thousand", "Revenue (thousands)", "annualAmount", 1000],
    ["scales (millions) by a million", "revenue (millions)", "annualAmount", 1e6],
    ["scales (m) by a million", "revenue(m)", "annualAmount", 1e6],
    ["scales (亿元) by a hundred million", "年交易额(亿元)", "annualAmount", 1e8],
    ["scales (千元) by a thousand", "欠款(千元)", "outstandingBalance", 1000],
    ["keeps (元) at one", "欠款(元)", "outstandingBalance", 1],
    ["keeps a currency at one", "Annual revenue (USD)", "annualAmount", 1],
    ["scales 毛利率(%) by a hundredth", "毛利率(%)", "grossMargin", 0.01],
    ["scales full-width （%）", "毛利率（%）", "grossMargin", 0.01],
    ["keeps (天) at one", "逾期天数(天)", "overdueDays", 1],
    ["keeps a bracketed non-unit at one", "频次(次/年)", "frequency", 1],
  ])("%s (%j)", (_name, header, field, scale) => {
    expect(single(header)).toEqual({ field, scale, via: "alias" });
  });

  test.each<[string, string, FieldId, number]>([
    ["scales a unit glued to the alias, 年交易额万元", "年交易额万元", "annualAmount", 10000],
    ["scales a glued %", "毛利率%", "grossMargin", 0.01],
    ["scales a qualified header with a glued unit", "2026年交易额万元", "annualAmount", 10000],
    ["scales a qualified header with a glued %", "2026毛利率%", "grossMargin", 0.01],
    ["scales a total with a bracketed unit", "年交易额合计(万元)", "annualAmount", 10000],
  ])("%s (%j) as qualified", (_name, header, field, scale) => {
    expect(single(header)).toEqual({ field, scale, via: "qualified" });
  });

  test.each<[string, string, FieldId, number]>([
    ["scales a partial match with a bracketed unit", "主要年交易额(万元)", "annualAmount", 10000],
    ["scales a partial match with a bracketed %", "平均毛利率(%)", "grossMargin", 0.01],
  ])("%s (%j)", (_name, header, field, scale) => {
    expect(single(header)).toEqual({ field, scale, via: "contains" });
  });

  test.each<[string, string, number, string]>([
    ["reads 万元 in brackets", "年交易额（万元）", 10000, "万元"],
    ["reads k in brackets", "Revenue (k)", 1000, "k"],
    ["reads % in brackets", "毛利率(%)", 0.01, "%"],
    ["keeps the first unit when there are two", "金额(万元)(千元)", 10000, "万元"],
    ["has no unit for a bracketed remark", "客户名称(全称)", 1, ""],
  ])("readHeader %s", (_name, header, scale, unit) => {
    const reading = readHeader(header);
    expect({ scale: reading.unit?.scale ?? 1, unit: reading.unit?.text ?? "" }).toEqual({ scale, unit });
  });

  test.each<[string, string]>([
    ["年交易额（万元）", "年交易额"],
    ["客户名称(全称)", "客户名称"],
    [" Customer  Name ", "customername"],
    ["Ｃｕｓｔｏｍｅｒ", "customer"],
    ["Customer_Name:", "customername"],
    ["【客户名称】", "客户名称"],
  ])("readHeader keys %j as %j", (header, key) => {
    expect(readHeader(header).key).toBe(key);
  });
});

describe("mapColumns matches headers that contain an alias", () => {
  test.each<[string, string, FieldId]>([
    ["finds the longest alias: 联系人 inside 客户联系人", "客户联系人", "contact"],
    ["finds the longest alias: 联系电话 inside 客户联系电话", "客户联系电话", "phone"],
    ["finds an English alias ending the header", "Main Phone", "phone"],
    ["finds an alias before a neutral word", "Outstanding Amount", "outstandingBalance"],
  ])("%s", (_name, header, field) => {
    expect(single(header)).toMatchObject({ field, via: "contains" });
  });

  test.each<[string, string, FieldId]>([
    ["reads 2026年交易额 as 年交易额 of a year", "2026年交易额", "annualAmount"],
    ["reads 发货频次/年 as 发货频次 per year", "发货频次/年", "frequency"],
  ])("%s (qualified, not contained)", (_name, header, field) => {
    expect(single(header)).toMatchObject({ field, via: "qualified" });
  });

  test.each([
    "Phone Type",
    "Region Manager",
    "Revenue Band",
    "区域经理",
    "电话类型",
    "主要线路数",
    "Average Order Size",
  ])("does not read %j as the alias it starts with: a header names its thing last", (header) => {
    expect(mapColumns([header]).columns).toEqual({});
  });

  test("does not take a short English alias inside a longer word", () => {
    // "tel" is an alias of phone, but "hotel" is not a phone column.
    expect(mapColumns(["hotel"]).columns).toEqual({});
  });
});

describe("mapColumns leaves unknown columns alone", () => {
  test("lists unknown, blank and numeric headers in ignored, in column order", () => {
    const mapping = mapColumns(["客户名称", "Foo", "", "年份", null, 42, undefined]);
    expect(placed(mapping)).toEqual({ customerName: 0 });
    expect(mapping.ignored).toEqual([
      { index: 1, header: "Foo" },
      { index: 2, header: "" },
      { index: 3, header: "年份" },
      { index: 4, header: "" },
      { index: 5, header: "42" },
      { index: 6, header: "" },
    ]);
    expect(mapping.issues).toEqual([]);
  });

  test("maps an empty header row to nothing", () => {
    expect(mapColumns([])).toEqual({ columns: {}, ignored: [], issues: [] });
  });
});

describe("mapColumns reports two columns for one field", () => {
  test("keeps the first column and reports the second as duplicate-field", () => {
    const mapping = mapColumns(["客户名称", "联系人", "客户"]);
    expect(placed(mapping)).toEqual({ customerName: 0, contact: 1 });
    expect(mapping.ignored).toEqual([{ index: 2, header: "客户" }]);
    expect(mapping.issues).toHaveLength(1);
    expect(mapping.issues[0]).toMatchObject({
      code: "duplicate-field",
      index: 2,
      header: "客户",
      fields: ["customerName"],
    });
  });

  test("reports duplicates across languages", () => {
    const mapping = mapColumns(["Phone", "电话号码（手机）", "聯絡電話"]);
    expect(placed(mapping)).toEqual({ phone: 0 });
    expect(mapping.issues.map((issue) => [issue.code, issue.index])).toEqual([
      ["duplicate-field", 1],
      ["duplicate-field", 2],
    ]);
  });

  test("reports a second unit variant of the same field", () => {
    const mapping = mapColumns(["年交易额(万元)", "Revenue (k)"]);
    expect(mapping.columns.annualAmount).toMatchObject({ index: 0, scale: 10000 });
    expect(mapping.issues).toEqual([
      expect.objectContaining({ code: "duplicate-field", index: 1, fields: ["annualAmount"] }),
    ]);
  });

  test("lets an exact header win over an earlier column that only contains an alias", () => {
    // "签约客户名称" (the contracting party's name) contains 客户名称, but the table's 客户名称 column is the name.
    const mapping = mapColumns(["签约客户名称", "客户名称", "联系人"]);
    expect(mapping.columns.customerName).toMatchObject({ index: 1, header: "客户名称", via: "alias" });
    expect(mapping.issues).toEqual([
      expect.objectContaining({ code: "duplicate-field", index: 0, header: "签约客户名称" }),
    ]);
    expect(mapping.ignored).toEqual([{ index: 0, header: "签约客户名称" }]);
  });

  test("keeps the first of two partial matches", () => {
    const mapping = mapColumns(["首要联系人", "第二联系人"]);
    expect(mapping.columns.contact).toMatchObject({ index: 0, via: "contains" });
    expect(mapping.issues).toEqual([expect.objectContaining({ code: "duplicate-field", index: 1 })]);
  });

  test("uses the newer of two periods of one field and sets the older aside", () => {
    const mapping = mapColumns(["2025年交易额", "2026年交易额"]);
    expect(mapping.columns.annualAmount).toMatchObject({ index: 1, via: "qualified", periodText: "2026年" });
    expect(mapping.issues).toEqual([]);
    expect(mapping.ignored).toEqual([{ index: 0, header: "2025年交易额", olderPeriodOf: "annualAmount" }]);
  });
});

describe("mapColumns reports headers that name two fields", () => {
  test.each<[string, string, readonly FieldId[]]>([
    ["客户名称及联系人 joins two names with 及", "客户名称及联系人", ["customerName", "contact"]],
    ["客户名称和联系人 joins them with 和", "客户名称和联系人", ["customerName", "contact"]],
    ["客户名称、联系人 joins them with 、", "客户名称、联系人", ["customerName", "contact"]],
    ["联系人/电话 joins them with a slash", "联系人/电话", ["contact", "phone"]],
    ["Contact & Phone joins them with &", "Contact & Phone", ["contact", "phone"]],
    ["contact and phone joins them with and", "contact and phone", ["contact", "phone"]],
    ["客户电话 contains two aliases of the same length", "客户电话", ["customerName", "phone"]],
    ["客户地址 contains two aliases of the same length", "客户地址", ["customerName", "address"]],
  ])("%s", (_name, header, fields) => {
    const mapping = mapColumns(["备注", header]);
    expect(placed(mapping)).toEqual({ remark: 0 });
    expect(mapping.ignored).toEqual([{ index: 1, header }]);
    expect(mapping.issues).toHaveLength(1);
    expect(mapping.issues[0]).toMatchObject({ code: "ambiguous-header", index: 1, header });
    expect([...(mapping.issues[0]?.fields ?? [])].sort()).toEqual([...fields].sort());
  });

  test.each<[string, FieldId]>([
    ["outstanding balance", "outstandingBalance"],
    ["Industry standing", "industryStanding"],
  ])('does not split %j on the letters "and" inside a word', (header, field) => {
    expect(single(header)).toMatchObject({ field, via: "alias" });
  });

  test("does not take 及时 (on time) in 到货及时率 for a conjunction", () => {
    const mapping = mapColumns(["到货及时率"]);
    expect(mapping.issues).toEqual([]);
    expect(mapping.ignored).toEqual([{ index: 0, header: "到货及时率" }]);
  });
});

describe("mapColumns applies the analyst's overrides first", () => {
  test("maps a header to the field the analyst chose, over its alias", () => {
    const mapping = mapColumns(["客户名称", "公司"], { 公司: "phone" });
    expect(placed(mapping)).toEqual({ customerName: 0, phone: 1 });
    expect(mapping.columns.phone?.via).toBe("override");
    expect(mapping.issues).toEqual([]);
  });

  test("maps a header no alias knows", () => {
    expect(single("A列", { A列: "customerName" })).toEqual({ field: "customerName", scale: 1, via: "override" });
  });

  test("gives the chosen field to the override even when a later column's alias names it", () => {
    const mapping = mapColumns(["A列", "客户名称"], { A列: "customerName" });
    expect(mapping.columns.customerName).toMatchObject({ index: 0, via: "override" });
    expect(mapping.issues).toEqual([
      expect.objectContaining({ code: "duplicate-field", index: 1, header: "客户名称" }),
    ]);
  });

  test("ignores a column overridden to null, without an issue", () => {
    const mapping = mapColumns(["客户名称", "联系人"], { 联系人: null });
    expect(placed(mapping)).toEqual({ customerName: 0 });
    expect(mapping.ignored).toEqual([{ index: 1, header: "联系人" }]);
    expect(mapping.issues).toEqual([]);
  });

  test("lets a field ignored by override be found in another column", () => {
    const mapping = mapColumns(["联系人", "对接人"], { 联系人: null });
    expect(placed(mapping)).toEqual({ contact: 1 });
    expect(mapping.issues).toEqual([]);
  });

  test("reports an override to an unknown field and ignores the column", () => {
    const mapping = mapColumns(["客户名称", "X"], { X: "nonsense" });
    expect(placed(mapping)).toEqual({ customerName: 0 });
    expect(mapping.ignored).toEqual([{ index: 1, header: "X" }]);
    expect(mapping.issues).toEqual([
      expect.objectContaining({ code: "unknown-field", index: 1, header: "X", fields: [] }),
    ]);
  });

  test("does not let an override name a property of every object", () => {
    const mapping = mapColumns(["X"], { X: "toString" });
    expect(mapping.columns).toEqual({});
    expect(mapping.issues[0]?.code).toBe("unknown-field");
  });

  test("matches the override's header the way headers are matched (case, width, spaces)", () => {
    expect(single("Foo", { "ＦＯＯ ": "customerName" })).toMatchObject({ field: "customerName", via: "override" });
  });

  test("keeps the unit of an overridden header in brackets", () => {
    expect(single("金额(万元)", { "金额（万元）": "annualAmount" })).toEqual({
      field: "annualAmount",
      scale: 10000,
      via: "override",
    });
  });

  test("keeps the unit of an overridden header glued to it", () => {
    expect(single("金额万元", { 金额万元: "annualAmount" })).toEqual({
      field: "annualAmount",
      scale: 10000,
      via: "override",
    });
  });

  test("resolves an ambiguous header when the analyst chooses", () => {
    expect(single("客户名称及联系人", { 客户名称及联系人: "customerName" })).toMatchObject({
      field: "customerName",
      via: "override",
    });
  });
});

describe("aliasTable", () => {
  test("builds without an alias claimed by two fields", () => {
    expect(() => aliasTable()).not.toThrow();
  });

  test("has every alias of every field under its key as read, claimed by exactly one field", () => {
    const claims = new Map<string, Set<FieldId>>();
    for (const field of FIELD_IDS) {
      for (const alias of FIELDS[field].aliases) {
        const key = readHeader(alias).key;
        const owners = claims.get(key) ?? new Set<FieldId>();
        owners.add(field);
        claims.set(key, owners);
      }
    }
    const clashes = [...claims]
      .filter(([, owners]) => owners.size > 1)
      .map(([key, owners]) => `${key}: ${[...owners].join(", ")}`);
    expect(clashes).toEqual([]);
    const table = aliasTable();
    expect(table.size).toBe(claims.size);
    for (const [key, owners] of claims) expect(table.get(key)).toBe([...owners][0]);
  });

  test("maps every alias, used as a header, to its own field", () => {
    const wrong: string[] = [];
    for (const field of FIELD_IDS) {
      for (const alias of FIELDS[field].aliases) {
        const found = single(alias);
        // An ageing bucket's words ("未到期", "Current") are read as the bucket they name, not as an alias.
        const via = fieldSpec(field).ageingFrom === undefined ? "alias" : "qualified";
        if (found?.field !== field || found.via !== via) wrong.push(`${alias} → ${found?.field ?? "nothing"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("answers to its own label in every language", () => {
    const wrong: string[] = [];
    for (const field of FIELD_IDS) {
      for (const lang of LANGS) {
        const label = FIELDS[field].label[lang];
        if (single(label)?.field !== field) wrong.push(`${field} ${lang}: ${label}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("header issues are explained in every language", () => {
  const cases: readonly [string, ColumnMapping][] = [
    ["duplicate-field", mapColumns(["客户名称", "客户"])],
    ["ambiguous-header", mapColumns(["客户名称及联系人"])],
    ["unknown-field", mapColumns(["X"], { X: "nonsense" })],
  ];

  test.each(cases)("%s has a message in zh-CN, zh-TW and en naming the column", (code, mapping) => {
    const issue = mapping.issues[0];
    expect(issue?.code).toBe(code);
    for (const lang of LANGS) {
      expect(issue?.message[lang]).toContain(issue?.header ?? "no header");
    }
  });

  test("says which column is used for a duplicate", () => {
    expect(mapColumns(["客户名称", "客户"]).issues[0]?.message).toEqual({
      "zh-CN": "列“客户”与列“客户名称”都表示“客户名称”，只使用列“客户名称”；请删除或重命名其中一列。",
      "zh-TW": "欄「客户」與欄「客户名称」都表示「客戶名稱」，只使用欄「客户名称」；請刪除或重新命名其中一欄。",
      en: 'Columns "客户名称" and "客户" both mean "Customer"; only "客户名称" is used. Delete or rename one of them.',
    });
  });

  test("names both candidate fields for an ambiguous header", () => {
    expect(mapColumns(["客户名称及联系人"]).issues[0]?.message).toEqual({
      "zh-CN": "列“客户名称及联系人”可能表示“客户名称”或“联系人”，无法确定是哪一个；请重命名该列或在映射中指定。",
      "zh-TW":
        "欄「客户名称及联系人」可能表示「客戶名稱」或「聯絡人」，無法確定是哪一個；請重新命名該欄或在對應中指定。",
      en: 'Column "客户名称及联系人" could mean "Customer" or "Contact"; rename it or choose its field in the mapping.',
    });
  });

  test("names the unknown field of an override", () => {
    expect(mapColumns(["X"], { X: "nonsense" }).issues[0]?.message).toEqual({
      "zh-CN": "列“X”被指定为未知字段“nonsense”，已忽略。",
      "zh-TW": "欄「X」被指定為未知欄位「nonsense」，已忽略。",
      en: 'Column "X" is mapped to an unknown field "nonsense"; the mapping is ignored.',
    });
  });
});

describe("mapColumns keeps look-alike columns apart", () => {
  test("reads 客户编号 as the customer id and 客户经理 as the account manager, not as the customer's name", () => {
    const mapping = mapColumns(["客户编号", "客户经理", "客户名称", "联系人电话"]);
    expect(mapping.columns.customerId?.index).toBe(0);
    expect(mapping.columns.accountManager?.index).toBe(1);
    expect(mapping.columns.customerName?.index).toBe(2);
    expect(mapping.columns.phone?.index).toBe(3);
    expect(mapping.issues).toEqual([]);
  });
});

describe("mapColumns never takes an analyst's column for the add-in's own", () => {
  test.each(["信用等级", "客户备注", "备注（销售）2", "Grade history", "上次评分"])(
    "%s is not mapped as a column the add-in writes",
    (header) => {
      const mapping = mapColumns(["客户名称", header]);
      expect([mapping.columns.grade, mapping.columns.score, mapping.columns.remark]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    },
  );

  test("the add-in's columns are still found by their exact headers, with brackets and units ignored", () => {
    const mapping = mapColumns(["客户名称", "客户等级", "评分（分）", "备注"]);
    expect([mapping.columns.grade?.index, mapping.columns.score?.index, mapping.columns.remark?.index]).toEqual([
      1, 2, 3,
    ]);
  });
});
