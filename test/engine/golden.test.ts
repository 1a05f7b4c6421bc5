import { defaultRuleSet, gradeTable, parseDate } from "../../src/engine";
import { loadGoldenCases } from "../support/golden";

const cases = loadGoldenCases();

test("there are golden cases, including the seed table in three languages and refusals", () => {
  const files = cases.map((c) => c.file);
  expect(files).toEqual(expect.arrayContaining(["seed-000.zh-CN.json", "seed-000.zh-TW.json", "seed-000.en.json"]));
  expect(files.some((f) => f.startsWith("error."))).toBe(true);
});

describe.each(cases)("$file", (golden) => {
  const asOf = parseDate(golden.asOf);
  const table = { headers: golden.headers, rows: golden.rows };
  const result = () =>
    gradeTable(table, defaultRuleSet(), {
      asOf: typeof asOf === "number" ? asOf : NaN,
      ...(golden.language ? { language: golden.language } : {}),
    });

  if ("problem" in golden.expect) {
    const problem = golden.expect.problem;
    test(`is refused as ${problem}, with a message in every language`, () => {
      expect(golden.file.startsWith("error.")).toBe(true);
      const graded = result();
      expect(graded.ok).toBe(false);
      if (graded.ok) return;
      expect(graded.error.code).toBe(problem);
      for (const text of Object.values(graded.error.message)) expect(text.length).toBeGreaterThan(10);
    });
    return;
  }

  const expected = golden.expect;
  test("grades every row as expected", () => {
    const graded = result();
    if (!graded.ok) throw new Error(graded.error.message.en);
    expect(graded.value.outputs.grades).toEqual(expected.grades);
    if (expected.status) expect(graded.value.rows().map((r) => r.status)).toEqual(expected.status);
  });

  test("remarks carry the expected actions", () => {
    const graded = result();
    if (!graded.ok) throw new Error(graded.error.message.en);
    (expected.remarksContain ?? []).forEach((text, row) => {
      if (text !== null) expect(graded.value.outputs.remarks[row]).toContain(text);
    });
  });

  test("reports exactly the unreadable cells, by row and column", () => {
    const graded = result();
    if (!graded.ok) throw new Error(graded.error.message.en);
    expect(graded.value.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected.issues);
  });
});
