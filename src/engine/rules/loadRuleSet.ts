import { z } from "zod";
import { CRITERION_COMMON } from "../criteria/kind";
import { criterionKind } from "../criteria/registry";
import { isBuiltInRef, valueTypeOf } from "../customFields";
import { FIELDS, isFieldId } from "../fields";
import { type Localized, type Result, err, ok } from "../types";
import { type GradeSpec, type ParsedRuleSet, gradeLadderSchema, ruleSetSchema, RULESET_FORMAT } from "./schema";
import type { RuleSet } from "./ruleSet";
import { crossCheckText as text, zodIssueText } from "./problemText";
import { type TemplateSource, filledRemark, placeholderProblems } from "./remarkTemplates";

/** One problem in a rule set, located by its JSON path (`dimensions[0].criteria[1].bands[2].points`). */
export interface RuleSetProblem {
  readonly path: string;
  /** What is wrong, in English (the command line's and the logs' language). */
  readonly message: string;
  /** The same message in each language, for the task pane (which names the place with `placeOf`). */
  readonly messages: Localized;
}

const problem = (path: string, messages: Localized): RuleSetProblem => ({ path, message: messages.en, messages });

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(root)" : out;
}

function fromZod(issues: readonly z.core.$ZodIssue[], at: readonly PropertyKey[] = []): RuleSetProblem[] {
  return issues.flatMap((issue) => [
    problem(formatPath([...at, ...issue.path]), zodIssueText(issue)),
    ...sharedKeysOfUnknownKind(issue),
  ]);
}

/** The shared keys alone, other keys ignored: what can still be checked of a criterion whose kind is unknown. */
const criterionCommonSchema = z.object(CRITERION_COMMON);

/**
 * A criterion of an unknown kind is one issue at its `kind` (no option of the union applies); its shared
 * keys are still checked, so a wrong field shows in the same round as the kind.
 */
function sharedKeysOfUnknownKind(issue: z.core.$ZodIssue): RuleSetProblem[] {
  const criterion = issue.path.slice(0, -1);
  if (issue.code !== "invalid_union" || issue.discriminator !== "kind" || criterion.at(-2) !== "criteria") return [];
  const shared = criterionCommonSchema.safeParse(issue.input, { reportInput: true });
  return shared.success ? [] : fromZod(shared.error.issues, criterion);
}

/** Checks zod cannot express per field: unique ids, grade order, letters, field types, usable weights. */
function crossCheck(rules: ParsedRuleSet): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (idValue: string, path: string, ids: Map<string, string> = seen): void => {
    const first = ids.get(idValue);
    if (first !== undefined) problems.push(problem(path, text.idUsed(idValue, first)));
    else ids.set(idValue, path);
  };
  const fieldIds = new Map<string, string>();
  rules.fields.forEach((field, f) => {
    if (isBuiltInRef(field.id)) problems.push(problem(`fields[${f}].id`, text.builtInId(field.id)));
    claim(field.id, `fields[${f}].id`, fieldIds);
  });
  /** A reference to a field that is neither built in nor declared. */
  const known = (ref: string, path: string): boolean => {
    if (isBuiltInRef(ref) || fieldIds.has(ref)) return true;
    problems.push(problem(path, text.unknownField(ref)));
    return false;
  };
  rules.dimensions.forEach((dimension, d) => {
    claim(dimension.id, `dimensions[${d}].id`);
    dimension.criteria.forEach((criterion, c) => {
      const path = `dimensions[${d}].criteria[${c}]`;
      claim(criterion.id, `${path}.id`);
      const kind = criterionKind(criterion.kind);
      if (!known(criterion.field, `${path}.field`)) return;
      const fieldType = valueTypeOf(criterion.field, rules.fields) ?? "count";
      const readsWords = fieldType === "text";
      if (kind.input === "words" && !readsWords) {
        problems.push(problem(`${path}.field`, text.readsText(criterion.kind, criterion.field, fieldType)));
      }
      if (kind.input === "number" && (readsWords || fieldType === "grade")) {
        problems.push(problem(`${path}.field`, text.readsNumbers(criterion.kind, criterion.field, fieldType)));
      }
      if (isFieldId(criterion.field) && FIELDS[criterion.field].role === "output") {
        problems.push(problem(`${path}.field`, text.outputAsInput(criterion.field)));
      }
    });
    if (dimension.criteria.every((c) => c.weight === 0)) {
      problems.push(problem(`dimensions[${d}].criteria`, text.criterionWeight()));
    }
  });
  if (rules.dimensions.every((d) => d.weight === 0)) {
    problems.push(problem("dimensions", text.dimensionWeight()));
  }
  const { problems: gradeProblems, letters } = checkGrades(rules.grades);
  problems.push(...gradeProblems);
  rules.rules.forEach((rule, r) => {
    claim(rule.id, `rules[${r}].id`);
    if (rule.kind === "require") rule.anyOf.forEach((ref, k) => known(ref, `rules[${r}].anyOf[${k}]`));
    if ("when" in rule) {
      rule.when.forEach((condition, c) => {
        const comparing = condition.op !== "missing" && condition.op !== "present";
        const at = `rules[${r}].when[${c}]`;
        const refs = [
          [condition.field, `${at}.field`],
          ...(typeof condition.value === "object" ? [[condition.value.field, `${at}.value.field`] as const] : []),
        ] as const;
        for (const [ref, path] of refs) {
          if (!known(ref, path)) continue;
          const type = valueTypeOf(ref, rules.fields);
          if (comparing && (type === "text" || type === "grade")) problems.push(problem(at, text.textComparison(ref)));
        }
      });
    }
    if (rule.kind === "cap") problems.push(...checkCapGrade(rule.grade, r, letters));
    problems.push(...checkPlaceholders(rule.remark, rule, `rules[${r}].remark`));
  });
  rules.grades.forEach((grade, g) => problems.push(...checkPlaceholders(grade.remark, grade, `grades[${g}].remark`)));
  return problems;
}

function checkPlaceholders(remark: Localized, source: TemplateSource, path: string): RuleSetProblem[] {
  return placeholderProblems(remark, source).map(({ lang, messages }) => problem(`${path}.${lang}`, messages));
}

/** The grade ladder: each letter once, thresholds falling, the lowest at 0. */
function checkGrades(grades: readonly GradeSpec[]): { problems: RuleSetProblem[]; letters: ReadonlySet<string> } {
  const problems: RuleSetProblem[] = [];
  const letters = new Set<string>();
  grades.forEach((grade, g) => {
    const letter = grade.letter.toUpperCase();
    if (letters.has(letter)) problems.push(problem(`grades[${g}].letter`, text.gradeTwice(grade.letter)));
    letters.add(letter);
    const previous = grades[g - 1];
    if (previous && grade.minScore >= previous.minScore) {
      problems.push(problem(`grades[${g}].minScore`, text.gradeOrder(previous.minScore)));
    }
  });
  const last = grades[grades.length - 1];
  if (last && last.minScore !== 0) {
    problems.push(problem(`grades[${grades.length - 1}].minScore`, text.lowestGrade()));
  }
  return { problems, letters };
}

function checkCapGrade(grade: string, r: number, letters: ReadonlySet<string>): RuleSetProblem[] {
  return letters.has(grade.toUpperCase()) ? [] : [problem(`rules[${r}].grade`, text.unknownGrade(grade, [...letters]))];
}

/** What the grade ladder's own checks need of a file that does not parse as a whole. */
const partialLadderSchema = z.object({
  grades: gradeLadderSchema,
  rules: z.array(z.unknown()).catch([]),
});
const capGradeSchema = z.object({ kind: z.literal("cap"), grade: z.string() });

/**
 * When the whole file does not parse, the grade ladder's own checks still run on the part that does, so an
 * analyst fixing a file sees a duplicate letter or an unknown cap grade in the same round as a wrong type.
 */
function checkGradesOfPartial(json: object): RuleSetProblem[] {
  const partial = partialLadderSchema.safeParse(json);
  if (!partial.success) return [];
  const { problems, letters } = checkGrades(partial.data.grades);
  partial.data.rules.forEach((rule, r) => {
    const cap = capGradeSchema.safeParse(rule);
    if (cap.success) problems.push(...checkCapGrade(cap.data.grade, r, letters));
  });
  return problems;
}

const looseRefs = z.object({
  fields: z.array(z.object({ id: z.string() }).loose().catch({ id: "" })).catch([]),
  dimensions: z
    .array(z.object({ criteria: z.array(z.object({ field: z.unknown() }).loose()).catch([]) }).loose())
    .catch([]),
  rules: z
    .array(
      z
        .object({
          anyOf: z.array(z.unknown()).catch([]),
          when: z.array(z.object({ field: z.unknown(), value: z.unknown() }).loose()).catch([]),
        })
        .loose(),
    )
    .catch([]),
});

/**
 * Field names a file uses that are neither built in nor declared under "fields", read loosely from a file that
 * does not parse as a whole, so they show in the same round as the schema's problems.
 */
function unknownFieldsOfPartial(json: object): RuleSetProblem[] {
  const partial = looseRefs.safeParse(json);
  if (!partial.success) return [];
  const declared = new Set(partial.data.fields.map((f) => f.id));
  const problems: RuleSetProblem[] = [];
  const check = (ref: unknown, path: string): void => {
    if (typeof ref === "string" && ref.trim() !== "" && !isBuiltInRef(ref.trim()) && !declared.has(ref.trim())) {
      problems.push(problem(path, text.unknownField(ref)));
    }
  };
  partial.data.dimensions.forEach((d, i) =>
    d.criteria.forEach((c, k) => check(c.field, `dimensions[${i}].criteria[${k}].field`)),
  );
  partial.data.rules.forEach((rule, r) => {
    rule.anyOf.forEach((ref, k) => check(ref, `rules[${r}].anyOf[${k}]`));
    rule.when.forEach((condition, c) => {
      check(condition.field, `rules[${r}].when[${c}].field`);
      const value = condition.value as { field?: unknown } | undefined;
      if (typeof value === "object" && value !== null) check(value.field, `rules[${r}].when[${c}].value.field`);
    });
  });
  return problems;
}

/**
 * Validates a rule set (parsed JSON) and prepares it for grading. Every problem is reported with its JSON
 * path, not just the first.
 * @example
 * const loaded = loadRuleSet(JSON.parse(text));
 * if (!loaded.ok) loaded.error.forEach((p) => console.log(`${p.path}: ${p.message}`));
 */
export function loadRuleSet(json: unknown): Result<RuleSet, readonly RuleSetProblem[]> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return err([problem("format", text.notARuleSet(RULESET_FORMAT))]);
  }
  // With the input on each issue, zod's Chinese wording can say what it received ("实际接收 string").
  const parsed = ruleSetSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return err([...fromZod(parsed.error.issues), ...unknownFieldsOfPartial(json), ...checkGradesOfPartial(json)]);
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) return err(problems);
  const data = parsed.data;
  return ok({
    ...data,
    // A rule switched off stays in the JSON (so it can be switched on again) but takes no part in grading.
    // Remarks are filled with their rule's numbers here, so whatever writes one writes what the rule says.
    rules: data.rules
      .filter((rule) => rule.enabled)
      .map((rule) => ({ ...rule, remark: filledRemark(rule.remark, rule) })),
    grades: data.grades.map((g) => ({ ...g, letter: g.letter.toUpperCase(), remark: filledRemark(g.remark, g) })),
    source: json,
  });
}
