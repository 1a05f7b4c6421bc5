/**
 * The small schemas every part of a rule set uses: a text in each language, an id, a field reference. Their
 * own file so a criterion kind can build on them without importing the whole rule-set schema.
 */
import { z } from "zod";
import { DERIVED_FIELDS } from "../derived";
import { FIELD_IDS } from "../fields";
import { ownProblem } from "./problemText";

const text = z.string().trim().min(1);
export const localizedSchema = z.object({ "zh-CN": text, "zh-TW": text, en: text }).strict();

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
export const idSchema = z.string().refine((value) => ID_PATTERN.test(value), ownProblem("idFormat"));

/** Any field a criterion or rule may read: a column field or a derived one. */
export const fieldRefSchema = z.enum([
  ...FIELD_IDS,
  ...(Object.keys(DERIVED_FIELDS) as (keyof typeof DERIVED_FIELDS)[]),
]);
export type FieldRef = z.infer<typeof fieldRefSchema>;
