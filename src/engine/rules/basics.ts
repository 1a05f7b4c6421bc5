/**
 * The small schemas every part of a rule set uses: a text in each language, an id, a field reference. Their
 * own file so a criterion kind can build on them without importing the whole rule-set schema.
 */
import { z } from "zod";
import { type NumberRange, isWithin } from "./numberRanges";
import { outOfRange, ownProblem } from "./problemText";

const text = z.string().trim().min(1);
export const localizedSchema = z.object({ "zh-CN": text, "zh-TW": text, en: text }).strict();

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
export const idSchema = z.string().refine((value) => ID_PATTERN.test(value), ownProblem("idFormat"));

/**
 * What a criterion or rule reads: a built-in field, a derived value, or a field the rule set declares under
 * `fields`. Which ids exist depends on the rule set, so the check is made once the whole file is read.
 */
export const fieldRefSchema = z.string().trim().min(1);
export type FieldRef = z.infer<typeof fieldRefSchema>;

/**
 * `inner` with every number it is given held to `range` first. First, because zod's number type refuses NaN
 * and ±Infinity (JSON's 1e400) on its own, without the range; anything that is not a number at all (a text, a
 * missing key) passes on to `inner`, which words it as before. The issue names the range (see `outOfRange`).
 * @example numberWithin(NUMBER_RANGES.figure, z.union([z.number(), z.object({ field: fieldRefSchema })]))
 */
export function numberWithin<Out, In>(range: NumberRange, inner: z.ZodType<Out, In>) {
  return z.custom<In>((value) => typeof value !== "number" || isWithin(range, value), outOfRange(range)).pipe(inner);
}

/** A number of a rule set that must lie in `range` (see `NUMBER_RANGES` for each range and why). */
export const boundedNumber = (range: NumberRange) => numberWithin(range, z.number());
