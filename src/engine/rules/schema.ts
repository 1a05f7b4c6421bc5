/**
 * The rule set's JSON shape, validated with zod. A rule set is data: it travels in the workbook, can be
 * exported and imported, and is checked here with the JSON path of every problem before it is used.
 */
import { z } from "zod";
import { CRITERION_KINDS } from "../criteria/registry";
import { CUSTOM_FIELD_TYPES } from "../customFields";
import { LANGS } from "../types";
import { boundedNumber, fieldRefSchema, idSchema as id, localizedSchema, numberWithin } from "./basics";
import { NUMBER_RANGES } from "./numberRanges";
import { ownProblem } from "./problemText";

export type { FieldRef } from "./basics";

/** Identifies the document as ours, so a random JSON file is refused with a clear message. */
export const RULESET_FORMAT = "customer-grader/rules";
const RULESET_VERSION = 1;

const [firstKind, ...otherKinds] = CRITERION_KINDS.map((k) => k.criterion);
if (!firstKind) throw new Error("the criterion registry is empty");

/**
 * A criterion: the shared keys (id, field, weight, label) and its kind's own parameters side by side, one
 * option per kind. A criterion of a known kind is checked as a whole, so a wrong shared key and a wrong
 * parameter show in the same round; an unknown kind is one issue at `kind`.
 */
const criterionSchema = z.discriminatedUnion("kind", [firstKind, ...otherKinds]);

const dimensionSchema = z
  .object({
    id,
    label: localizedSchema,
    weight: boundedNumber(NUMBER_RANGES.weight),
    criteria: z.array(criterionSchema).min(1),
  })
  .strict();

const gradeSchema = z
  .object({
    letter: z.string().trim().min(1).max(8),
    /** The lowest score (0–100) that earns this grade. */
    minScore: boundedNumber(NUMBER_RANGES.minScore),
    label: localizedSchema.optional(),
    remark: localizedSchema,
  })
  .strict();

const conditionSchema = z
  .object({
    field: fieldRefSchema,
    op: z.enum(["gt", "gte", "lt", "lte", "eq", "ne", "missing", "present"]),
    /** A number, or another field to compare with (balance > credit limit). */
    value: numberWithin(
      NUMBER_RANGES.figure,
      z.union([z.number(), z.object({ field: fieldRefSchema }).strict()]),
    ).optional(),
  })
  .strict()
  .refine((c) => c.op === "missing" || c.op === "present" || c.value !== undefined, {
    ...ownProblem("comparisonNeedsValue"),
    path: ["value"],
  });

/** False keeps a rule in the rule set (so the analyst can switch it on again) without applying it. */
const enabled = z.boolean().default(true);

const ruleSchema = z.discriminatedUnion("kind", [
  z
    .object({
      id,
      kind: z.literal("manualOverride"),
      enabled,
      /** Added to the remark so the analyst sees the grade was set by hand. */
      remark: localizedSchema,
    })
    .strict(),
  z
    .object({
      id,
      kind: z.literal("cap"),
      enabled,
      /** The best grade a row may get while every condition holds. */
      grade: z.string().trim().min(1),
      when: z.array(conditionSchema).min(1),
      remark: localizedSchema,
    })
    .strict(),
  z
    .object({
      id,
      kind: z.literal("flag"),
      enabled,
      when: z.array(conditionSchema).min(1),
      remark: localizedSchema,
    })
    .strict(),
  z
    .object({
      id,
      kind: z.literal("require"),
      enabled,
      /** The row is incomplete unless at least one of these has a value. */
      anyOf: z.array(fieldRefSchema).min(1),
      remark: localizedSchema,
    })
    .strict(),
]);

/** A field of the analyst's own: criteria and rules read it by its id, as they read a built-in field. */
const customFieldSchema = z
  .object({
    id,
    label: localizedSchema,
    /** The headers it answers to. */
    aliases: z.array(z.string().trim().min(1)).min(1),
    type: z.enum(CUSTOM_FIELD_TYPES),
  })
  .strict();

/** The grades, best first (also checked on its own when the rest of a file does not parse). */
export const gradeLadderSchema = z.array(gradeSchema).min(2);

export const ruleSetSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(RULESET_FORMAT),
    version: z.literal(RULESET_VERSION),
    id,
    name: localizedSchema,
    /** The language of the remarks written into cells. */
    language: z.enum(LANGS),
    /** The analyst's own indicators (optional: a rule set without them reads the built-in fields only). */
    fields: z.array(customFieldSchema).max(64).default([]),
    dimensions: z.array(dimensionSchema).min(1),
    /** Best grade first; the last grade's minScore must be 0 so every score has a grade. */
    grades: gradeLadderSchema,
    /** At most 32, so the rules that fired on a row fit one 32-bit mask. */
    rules: z.array(ruleSchema).max(32).default([]),
  })
  .strict();

export type RuleSetInput = z.input<typeof ruleSetSchema>;
export type ParsedRuleSet = z.output<typeof ruleSetSchema>;
export type ParsedCriterion = z.output<typeof criterionSchema>;
export type Condition = z.output<typeof conditionSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type GradeSpec = z.output<typeof gradeSchema>;
