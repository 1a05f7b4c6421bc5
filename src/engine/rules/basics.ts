/**
 * The small schemas every part of a rule set uses: a text in each language, an id, a field reference. Their
 * own file so a criterion kind can build on them without importing the whole rule-set schema.
 */
import { z } from "zod";
import { ownProblem } from "./problemText";

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
