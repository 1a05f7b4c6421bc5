/** The template formatting worked out before any host writes it: rules, number formats, lists, the frozen header. */
import { defaultRuleSet, mapColumns } from "../../src/engine";
import { formattingPlan, gradeRuleFormula, listSource, OWN_RULE_MARK } from "../../src/plan/formattingPlan";
import { planOutputColumns } from "../../src/plan/outputColumns";

describe("a typed list's source", () => {
  test("is cut at 255 characters counted with each quote doubled, as the formula holds it", () => {
    const quoted = 'say "ok"'; // 10 characters in the formula
    const words = [...Array.from({ length: 24 }, () => "abcdefghij"), quoted]; // 24 × 11 - 1 = 263 with the commas
    const fit = listSource(words.slice(0, 22).concat(quoted)); // 22 × 11 = 242, + 10 doubled = 252
    expect(fit.replace(/"/g, '""').length).toBe(252);
    const over = listSource(Array.from({ length: 22 }, () => "abcdefghi").concat('"""""""""""""""""""""""""""""')); // 22 × 10 = 220 + 58
    expect(over).toBe(Array.from({ length: 22 }, () => "abcdefghi").join(","));
  });

  test("leaves out a word holding a comma, which Excel would split in two", () => {
    expect(listSource(["良好", "一般,偶尔合作", "较差"])).toBe("良好,较差");
  });
});

describe("the plan for a table", () => {
  const headers = ["客户名称", "年营业额", "财务状况", "人工等级", "等级", "分数", "备注"];
  const mapping = mapColumns(headers, {});
  const outputs = planOutputColumns(mapping, headers.length, "zh-CN").columns;
  const plan = formattingPlan({
    mapping,
    outputs,
    geometry: { headerRow: 2, firstColumn: 1 },
    ruleSet: defaultRuleSet(),
    lang: "zh-CN",
  });

  test("colours each grade with a marked rule on the grade column's first data cell", () => {
    expect(plan.gradeColumn).toBe(4);
    expect(plan.gradeRules.map((r) => r.letter)).toEqual(["A", "B", "C", "D"]);
    // The table starts in column B (index 1), so its fifth column is F; the header is on sheet row 3.
    expect(plan.gradeRules[0]?.formula).toBe(`=AND(${OWN_RULE_MARK},$F4="A")`);
  });

  test("offers the letters on the manual grade (strict) and words on the financial status (any text)", () => {
    expect(plan.validations.map((v) => [v.column, v.header, v.strict])).toEqual([
      [3, "人工等级", true],
      [2, "财务状况", false],
    ]);
    expect(plan.validations[0]?.source).toBe("A,B,C,D");
    expect(plan.validations[1]?.source.split(",")).toEqual(expect.arrayContaining(["良好", "一般", "较差"]));
  });

  test("names the letters in the manual grade's alert as a choice, and the word lists' alert allows any text", () => {
    expect(plan.validations.map((v) => [v.title, v.message])).toEqual([
      ["人工等级", "请从列表中选择等级（A、B、C或D），或留空由加载项评定。"],
      ["常用词", "可从列表中选择，也可以输入其他文字。"],
    ]);
  });

  test("formats money and the score, in column order, and freezes down to the header", () => {
    expect(plan.numberFormats).toEqual([
      { column: 1, format: "#,##0.00" },
      { column: 5, format: "0.0" },
    ]);
    expect(plan.freezeRows).toBe(3);
  });
});

test("a letter with a quote is doubled inside the rule's formula", () => {
  expect(gradeRuleFormula({ headerRow: 0, firstColumn: 0 }, 0, 'A"')).toBe(`=AND(${OWN_RULE_MARK},$A2="A""")`);
});
