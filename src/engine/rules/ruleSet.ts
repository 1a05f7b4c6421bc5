/** A rule set after validation: what the grader runs on. */
import type { Localized, Lang } from "../types";
import type { CustomField } from "../customFields";
import type { GradeSpec, ParsedCriterion, Rule } from "./schema";

/** A criterion as validated: a discriminated union on `kind`, each with its kind's own parameters beside the shared keys. */
export type Criterion = ParsedCriterion;

export interface RuleSetDimension {
  readonly id: string;
  readonly label: Localized;
  readonly weight: number;
  readonly criteria: readonly Criterion[];
}

export interface RuleSet {
  readonly format: string;
  readonly version: number;
  readonly id: string;
  readonly name: Localized;
  readonly language: Lang;
  /** The analyst's own indicators, read from the table beside the built-in fields. */
  readonly fields: readonly CustomField[];
  readonly dimensions: readonly RuleSetDimension[];
  readonly grades: readonly GradeSpec[];
  readonly rules: readonly Rule[];
  /** The JSON the rule set was loaded from, to save or export unchanged. */
  readonly source: unknown;
}
