/**
 * Every criterion kind the engine knows, and the few ways shared code uses one without knowing which it is.
 * Adding a kind: write its file beside this one, add it to `KINDS`.
 */
import type { z } from "zod";
import { band } from "./band";
import type { ColumnPoints, CriterionColumn, CriterionKind, ScaleLevel, TuningKnob, WordEntry } from "./kind";
import { linear } from "./linear";
import { percentile } from "./percentile";
import { rank } from "./rank";
import { words } from "./words";

const KINDS = { band, linear, percentile, rank, words };

export type CriterionKindName = keyof typeof KINDS;
type ParamsSchemaOf = { readonly [K in CriterionKindName]: (typeof KINDS)[K]["params"] };
/** Each kind typed by its own parameters; the annotation also checks each kind is filed under its own name. */
type KindsByName = { readonly [K in CriterionKindName]: CriterionKind<K, ParamsSchemaOf[K]> };
const BY_NAME: KindsByName = KINDS;

export const CRITERION_KINDS = Object.values(BY_NAME);

/** A criterion of kind `K` as validated (what the grader scores). */
type ParsedOf<K extends CriterionKindName> = { readonly kind: K } & z.output<ParamsSchemaOf[K]>;
/** A criterion of kind `K` as the JSON is typed (an editor's draft, or a validated one). */
type WrittenOf<K extends CriterionKindName> = { readonly kind: K } & z.input<ParamsSchemaOf[K]>;

/** The kind of a criterion; the rule-set schema guarantees the name exists once a rule set is loaded. */
export function criterionKind<K extends CriterionKindName>(name: K): KindsByName[K] {
  return BY_NAME[name];
}

/** Scores a whole column by the criterion's own kind into `out` (see `CriterionKindDefinition.score`). */
export function scoreCriterion<K extends CriterionKindName>(
  criterion: ParsedOf<K>,
  column: CriterionColumn,
  out: ColumnPoints,
): void {
  criterionKind(criterion.kind).score(criterion, column, out);
}

/** Whether a token means something to the criterion, for kinds that read words; undefined for the others. */
export function tokenRecogniser<K extends CriterionKindName>(
  criterion: ParsedOf<K>,
): ((token: string) => boolean) | undefined {
  const recognises = criterionKind(criterion.kind).recognises;
  return recognises && ((token) => recognises(criterion, token));
}

/** The word list of a criterion whose kind has one (to edit, or to offer in Excel); null for the others. */
export function wordListOf<K extends CriterionKindName>(criterion: WrittenOf<K>): readonly WordEntry[] | null {
  return criterionKind(criterion.kind).wordList?.read(criterion) ?? null;
}

/** The criterion with its word list's entries replaced; unchanged when its kind has no word list. */
export function withWordList<K extends CriterionKindName, C extends WrittenOf<K>>(
  criterion: C,
  entries: readonly WordEntry[],
): C {
  return criterionKind(criterion.kind).wordList?.write(criterion, entries) ?? criterion;
}

/** The criterion's best level when its kind scores amounts (see `ScaleLevel`); null for the others. */
export function scaleOf<K extends CriterionKindName>(criterion: ParsedOf<K>): ScaleLevel | null {
  return criterionKind(criterion.kind).scale?.(criterion) ?? null;
}

/**
 * The criterion as each other kind it declares it can be written as, with its own id, field, weight and label;
 * an alternative its target kind refuses is left out.
 */
export function alternativesOf<K extends CriterionKindName>(criterion: ParsedOf<K> & Record<string, unknown>) {
  const own = criterionKind(criterion.kind).alternatives?.(criterion) ?? [];
  const shared = {
    id: criterion["id"],
    field: criterion["field"],
    weight: criterion["weight"],
    label: criterion["label"],
  };
  return own.flatMap((alternative) => {
    const target = alternative.kind as CriterionKindName;
    if (!(target in BY_NAME)) return [];
    const parsed = criterionKind(target).criterion.safeParse({ ...shared, ...alternative });
    return parsed.success ? [parsed.data] : [];
  });
}

/** The numbers of a criterion a fit may change; none for kinds that declare no tuning (ranks). */
export function tuningOf<K extends CriterionKindName>(criterion: ParsedOf<K>): readonly TuningKnob[] {
  return criterionKind(criterion.kind).tuning?.(criterion) ?? [];
}

/**
 * Whether any criterion in force (weighted, in a weighted dimension) depends on the other rows (ranks): an
 * edit then re-grades the whole table. A rank kept at weight 0 does not count.
 */
export function isRelativeToTable(ruleSet: {
  readonly dimensions: readonly {
    readonly weight: number;
    readonly criteria: readonly { readonly kind: CriterionKindName; readonly weight?: number }[];
  }[];
}): boolean {
  return ruleSet.dimensions.some(
    (d) => d.weight > 0 && d.criteria.some((c) => (c.weight ?? 1) > 0 && criterionKind(c.kind).relativeToTable),
  );
}
