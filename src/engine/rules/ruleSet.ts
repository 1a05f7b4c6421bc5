/** A rule set after validation: what the grader runs on. */
import type { Localized, Lang } from "../types";
import type { FieldRef, GradeSpec, Rule } from "./schema";

export interface Criterion {
  readonly id: string;
  readonly field: FieldRef;
  readonly kind: string;
  readonly weight: number;
  readonly label?: Localized;
  /** The kind's own parameters, already parsed by the kind's schema. */
  readonly params: unknown;
}

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
  readonly dimensions: readonly RuleSetDimension[];
  readonly grades: readonly GradeSpec[];
  readonly rules: readonly Rule[];
  /** The JSON the rule set was loaded from, to save or export unchanged. */
  readonly source: unknown;
}
