import type { z } from "zod";
import { CRITERION_KINDS, criterionKind } from "../criteria/registry";
import { FIELDS, isFieldId } from "../fields";
import { type Localized, type Result, err, ok } from "../types";
import {
  type GradeSpec,
  type ParsedRuleSet,
  type ParsedCriterion,
  CRITERION_BASE_KEYS,
  gradeLadderSchema,
  ruleSetSchema,
  RULESET_FORMAT,
} from "./schema";
import type { RuleSet, Criterion } from "./ruleSet";
import { crossCheckText as text, zodIssueText } from "./problemText";

/** One problem in a rule set, located by its JSON path (`dimensions[0].criteria[1].bands[2].points`). */
export interface RuleSetProblem {
  readonly path: string;
  /** What is wrong, in English (the command line's and the logs' language). */
  readonly message: string;
  /** The same message in each language, for the task pane. */
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

function fromZod(error: z.ZodError): RuleSetProblem[] {
  return error.issues.map((issue) => problem(formatPath(issue.path), zodIssueText(issue)));
}

/** Checks zod cannot express per field: unique ids, grade order, letters, field types, usable weights. */
function crossCheck(rules: ParsedRuleSet): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (idValue: string, path: string): void => {
    const first = seen.get(idValue);
    if (first !== undefined) problems.push(problem(path, text.idUsed(idValue, first)));
    else seen.set(idValue, path);
  };
  rules.dimensions.forEach((dimension, d) => {
    claim(dimension.id, `dimensions[${d}].id`);
    dimension.criteria.forEach((criterion, c) => {
      const path = `dimensions[${d}].criteria[${c}]`;
      claim(criterion.id, `${path}.id`);
      const kind = criterionKind(criterion.kind);
      const fieldType = isFieldId(criterion.field) ? FIELDS[criterion.field].type : "number";
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
    if (rule.kind === "cap" || rule.kind === "flag") {
      rule.when.forEach((condition, c) => {
        const comparing = condition.op !== "missing" && condition.op !== "present";
        const refs = [condition.field, ...(typeof condition.value === "object" ? [condition.value.field] : [])];
        for (const ref of refs) {
          if (comparing && isFieldId(ref) && (FIELDS[ref].type === "text" || FIELDS[ref].type === "grade")) {
            problems.push(problem(`rules[${r}].when[${c}]`, text.textComparison(ref)));
          }
        }
      });
    }
    if (rule.kind === "cap") problems.push(...checkCapGrade(rule.grade, r, letters));
  });
  return problems;
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
  return letters.has(grade.toUpperCase())
    ? []
    : [problem(`rules[${r}].grade`, text.unknownGrade(grade, [...letters].join(", ")))];
}

/**
 * When the whole file does not parse, the grade ladder's own checks still run on the part that does, so an
 * analyst fixing a file sees a duplicate letter or an unknown cap grade in the same round as a wrong type.
 */
function checkGradesOfPartial(json: object): RuleSetProblem[] {
  const grades = gradeLadderSchema.safeParse((json as { grades?: unknown }).grades);
  if (!grades.success) return [];
  const { problems, letters } = checkGrades(grades.data);
  const rules = (json as { rules?: unknown }).rules;
  if (Array.isArray(rules)) {
    rules.forEach((rule: unknown, r) => {
      const { kind, grade } = (typeof rule === "object" && rule !== null ? rule : {}) as {
        kind?: unknown;
        grade?: unknown;
      };
      if (kind === "cap" && typeof grade === "string") problems.push(...checkCapGrade(grade, r, letters));
    });
  }
  return problems;
}

function splitParams(criterion: ParsedCriterion): Criterion {
  const kind = criterionKind(criterion.kind);
  const parsed = kind.params.safeParse(paramsOf(criterion));
  // checkCriterionParams already validated these parameters; a failure here is a bug, not bad data.
  if (!parsed.success) throw new Error(`criterion ${criterion.id} passed validation but its parameters do not parse`);
  const label: Localized | undefined = criterion.label;
  return {
    id: criterion.id,
    field: criterion.field,
    kind: criterion.kind,
    weight: criterion.weight,
    ...(label ? { label } : {}),
    params: parsed.data,
  };
}

/** Each criterion's own parameters, checked by its kind's schema wherever the kind is known. */
function checkCriterionParams(json: object): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const dimensions = (json as { dimensions?: unknown }).dimensions;
  if (!Array.isArray(dimensions)) return problems;
  dimensions.forEach((dimension: unknown, d) => {
    const criteria =
      typeof dimension === "object" && dimension !== null ? (dimension as { criteria?: unknown }).criteria : undefined;
    if (!Array.isArray(criteria)) return;
    criteria.forEach((criterion: unknown, c) => {
      if (typeof criterion !== "object" || criterion === null) return;
      const kindName = (criterion as { kind?: unknown }).kind;
      const kind = CRITERION_KINDS.find((k) => k.kind === kindName);
      if (!kind) return; // the schema reports the unknown kind
      const parsed = kind.params.safeParse(paramsOf(criterion), { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(problem(formatPath([`dimensions`, d, "criteria", c, ...issue.path]), zodIssueText(issue)));
        }
      }
    });
  });
  return problems;
}

function paramsOf(criterion: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(criterion).filter(([key]) => !(CRITERION_BASE_KEYS as readonly string[]).includes(key)),
  );
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
  const paramProblems = checkCriterionParams(json);
  if (!parsed.success) return err([...fromZod(parsed.error), ...paramProblems, ...checkGradesOfPartial(json)]);
  const problems = [...paramProblems, ...crossCheck(parsed.data)];
  if (problems.length > 0) return err(problems);
  const data = parsed.data;
  return ok({
    ...data,
    // A rule switched off stays in the JSON (so it can be switched on again) but takes no part in grading.
    rules: data.rules.filter((rule) => rule.enabled),
    dimensions: data.dimensions.map((d) => ({ ...d, criteria: d.criteria.map(splitParams) })),
    grades: data.grades.map((g) => ({ ...g, letter: g.letter.toUpperCase() })),
    source: json,
  });
}
