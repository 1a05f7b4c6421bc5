/** The column review's facts without the UI: the three certainty levels and which columns need a look. */
import { mapColumns } from "../../src/engine";
import { certaintyOf, needsAttention, reviewColumns } from "../../src/taskpane/review/columnReview";
import { sampleText } from "../../src/taskpane/review/sampleText";

describe("how sure a reading is", () => {
  test.each([
    [1, "sure"], // an exact name, or the analyst's choice
    [0.95, "sure"], // a name with a period or unit
    [0.9, "sure"], // an ageing bucket
    [0.89, "fairlySure"],
    [0.7, "fairlySure"], // a known name that is half the header
    [0.69, "check"],
    [0.5, "check"],
  ] as const)("confidence %f is %s", (confidence, level) => {
    expect(certaintyOf(confidence)).toBe(level);
  });
});

describe("which columns need a look", () => {
  const headers = [
    "客户名称",
    "结算方式",
    "客户名称及联系人",
    "客户简称",
    "本年运费收入(万元)",
    "上年运费收入(万元)",
    "",
    "等级",
  ];

  test("unrecognised, ambiguous and duplicate columns; not older periods, blank headers or the analyst's own choices", () => {
    const overrides = { 等级: null };
    const columns = reviewColumns(mapColumns(headers, overrides), overrides, []);
    expect(columns.map((c) => c.header)).toEqual(headers);
    const reasons = columns.map((c) => (c.status === "notUsed" ? c.reason.kind : c.certainty));
    expect(reasons).toEqual([
      "sure",
      "unrecognised",
      "ambiguous",
      "duplicate",
      "sure",
      "olderPeriod",
      "noHeader",
      "byYou",
    ]);
    expect(columns.filter(needsAttention).map((c) => c.header)).toEqual(["结算方式", "客户名称及联系人", "客户简称"]);
  });

  test("a known name that is most of the header is fairly sure; a small part of it needs a look", () => {
    const [most, part] = reviewColumns(mapColumns(["本季度重点客户名称", "集团内部评估发展潜力"]), {}, []);
    expect(most?.status === "read" && [most.field, most.via, most.certainty]).toEqual([
      "customerName",
      "contains",
      "fairlySure",
    ]);
    expect(most && needsAttention(most)).toBe(false);
    expect(part?.status === "read" && [part.field, part.certainty]).toEqual(["potential", "check"]);
    expect(part && needsAttention(part)).toBe(true);
  });
});

describe("a sample value as the review shows it", () => {
  test("a date column's serial is a date; amounts and counts are grouped; codes and phone numbers are not", () => {
    expect(sampleText(43100, "lastTransaction", "en")).toBe("2017-12-31");
    expect(sampleText(1640, "orderCount", "zh-CN")).toBe("1,640");
    expect(sampleText(13816605288, "phone", "en")).toBe("13816605288");
    expect(sampleText(86.4, null, "en")).toBe("86.4");
  });

  test("long text is cut so three samples fit a narrow pane", () => {
    const text = sampleText("华东精密电子有限公司上海浦东新区分公司", "customerName", "zh-CN");
    expect(text).toHaveLength(18);
    expect(text.endsWith("…")).toBe(true);
  });
});
