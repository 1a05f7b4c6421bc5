/** What publishing a rule set would change: the rows whose grade differs, named, before → after. */
import seed000 from "../../samples/seed-000.json";
import { type RuleSetInput, type Table, defaultRuleSet, defaultRuleSetJson, loadRuleSet } from "../../src/engine";
import { gradeChanges } from "../../src/plan";

const table: Table = { headers: seed000.headers, rows: seed000.rows };
const AS_OF = 46082;

test("the same rules change nothing", () => {
  expect(gradeChanges(table, defaultRuleSet(), defaultRuleSet(), { asOf: AS_OF })).toEqual({ rows: 3, changes: [] });
});

test("stricter thresholds list each customer that falls, with its name and both grades", () => {
  const json = defaultRuleSetJson() as RuleSetInput;
  const strict = loadRuleSet({
    ...json,
    grades: json.grades.map((g, i, all) => ({ ...g, minScore: i === all.length - 1 ? 0 : 99 - i })),
  });
  if (!strict.ok) throw new Error("expected the stricter rules to load");
  const preview = gradeChanges(table, defaultRuleSet(), strict.value, { asOf: AS_OF });
  if (preview === null) throw new Error("expected a preview");
  expect(preview.rows).toBe(3);
  expect(preview.changes.length).toBeGreaterThan(0);
  for (const change of preview.changes) {
    expect(change.name).toBe(seed000.rows[change.row]?.[0]);
    expect(change.before).not.toBe(change.after);
  }
});
