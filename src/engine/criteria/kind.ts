/**
 * What every criterion kind declares about itself. A kind is one file plus one line in `registry.ts`;
 * shared code never branches on a specific kind (ARCHITECTURE.md, "Add a criterion kind"): it asks the
 * kind, or a capability the kind declares.
 */
import { z } from "zod";
import { boundedNumber, fieldRefSchema, idSchema, localizedSchema } from "../rules/basics";
import { NUMBER_RANGES } from "../rules/numberRanges";

/** What a criterion reads from its field's column. */
type CriterionInput = "number" | "words";

/** A text column as distinct texts plus, per row, the index of its text (-1 where the cell is blank). */
export interface TextDictionary {
  readonly ids: Int32Array;
  readonly texts: readonly string[];
}

/** The columns a criterion can score: numbers (NaN = missing) or the cell's normalised tokens. */
export interface CriterionColumn {
  readonly rowCount: number;
  /** One number per row; NaN where the cell is blank or unreadable. */
  readonly numbers: () => Float64Array;
  /** The column's texts, dictionary-encoded: a criterion works once per distinct text, not once per row. */
  readonly dictionary: () => TextDictionary;
  /** The normalised tokens of a text, cached per distinct text (no array per row). */
  readonly tokensOf: (text: string) => readonly string[];
}

/**
 * Points 0–100 for every row, NaN where the row has no usable value for the criterion. Whole columns at once,
 * into a buffer the caller owns: one tight loop per criterion and no new array per criterion is what keeps
 * a million rows under a second.
 */
export type ColumnPoints = Float64Array;

/** A kind's own parameters: a strict zod object of its own keys (the shared keys are added by `defineKind`). */
export type ParamsSchema = z.ZodObject<z.core.$ZodShape, z.core.$strict>;

/** One level of a word list: the words that mean it and the points they earn. */
export interface WordEntry {
  readonly words: readonly string[];
  readonly points: number;
}

/**
 * A word list the analyst can edit (the task pane's rules editor) and Excel offers as a drop-down in the
 * criterion's column. Works on a rule set's JSON as typed (`In`), which in an editor's draft is not yet
 * validated.
 */
interface WordListCapability<In> {
  /** The list's entries, or null where a draft's are not shaped as entries (the editor then shows none). */
  readonly read: (criterion: In) => readonly WordEntry[] | null;
  /** The same criterion with other entries, everything else kept. */
  readonly write: <C extends In>(criterion: C, entries: readonly WordEntry[]) => C;
}

/** The keys every criterion has beside its kind's own parameters. */
export const CRITERION_COMMON = {
  id: idSchema,
  field: fieldRefSchema,
  weight: boundedNumber(NUMBER_RANGES.weight).default(1),
  label: localizedSchema.optional(),
};

/** A kind as its file writes it. `P` is its parameters' schema; the functions get what that schema parses to. */
export interface CriterionKindDefinition<K extends string, P extends ParamsSchema> {
  readonly kind: K;
  /** Zod schema of the criterion's own parameters. */
  readonly params: P;
  readonly input: CriterionInput;
  /** True when a row's points depend on the other rows (ranks): edits must then re-grade the whole table. */
  readonly relativeToTable: boolean;
  /** Scores the whole column into `out` (sorting once for ranks, caching by distinct text for word lists). */
  readonly score: (criterion: z.output<P>, column: CriterionColumn, out: ColumnPoints) => void;
  /**
   * For word lists: whether a token means something to this criterion, so a cell whose every token is
   * unknown to every reader can be reported.
   */
  readonly recognises?: (criterion: z.output<P>, token: string) => boolean;
  readonly wordList?: WordListCapability<z.input<P>>;
  /** For kinds that score amounts: their best level, so a host can say which scale is in force. */
  readonly scale?: (criterion: z.output<P>) => ScaleLevel | null;
  /** The numbers a fit may change (see `TuningKnob`); a kind without them keeps its parameters in a fit. */
  readonly tuning?: (criterion: z.output<P>) => readonly TuningKnob[];
  /**
   * The same criterion written as another kind, for a fit to try when the analyst's own scale is of that
   * shape (a line as steps: an analyst who gives 15 points from 95 %, 9 from 85 %). Shared keys (id, field,
   * weight, label) are the caller's; each entry is a kind's name and its parameters.
   */
  readonly alternatives?: (
    criterion: z.output<P>,
  ) => readonly { readonly kind: string; readonly [key: string]: unknown }[];
}

/**
 * A number of a criterion that fitting to the analyst's grades may change: where it sits in the criterion's JSON
 * and what it means, so shared code knows which values are worth trying without knowing the kind.
 * - "points": 0–100 points;
 * - "cut": a value on the field's own scale (tried at the field's rounded quantiles);
 * - "share": a per cent of the table's customers (1–100).
 * Knobs of one `group` keep the order they have: thresholds strictly (bands stay in order, a line keeps its
 * direction), points weakly (a better band or word never ends up with fewer points than a worse one).
 */
export interface TuningKnob {
  readonly path: readonly (string | number)[];
  readonly role: "points" | "cut" | "share";
  readonly group?: string;
}

/** A numeric criterion's best level: the table's top share ("top 10 %"), or a fixed threshold ("≥ 2,000,000"). */
export type ScaleLevel =
  | { readonly relative: true; readonly top: number; readonly points: number }
  | { readonly relative: false; readonly atLeast: number; readonly points: number };

/** The option of the rule set's criterion union for one kind: its parameters, the shared keys, its name. */
function criterionSchemaOf<K extends string, S extends z.core.$ZodShape>(
  kind: K,
  params: z.ZodObject<S, z.core.$strict>,
) {
  return params.extend({ ...CRITERION_COMMON, kind: z.literal(kind) });
}

export type CriterionKind<K extends string, P extends ParamsSchema> = CriterionKindDefinition<K, P> & {
  /** A whole criterion of this kind as the rule set's JSON has it (shared keys and parameters side by side). */
  readonly criterion: ReturnType<typeof criterionSchemaOf<K, P["shape"]>>;
};

/**
 * Declares a kind. Builds its option of the rule set's discriminated union here, where its types are known,
 * so the rule-set schema is typed without a cast.
 */
export function defineKind<K extends string, S extends z.core.$ZodShape>(
  definition: CriterionKindDefinition<K, z.ZodObject<S, z.core.$strict>>,
): CriterionKind<K, z.ZodObject<S, z.core.$strict>> {
  return { ...definition, criterion: criterionSchemaOf(definition.kind, definition.params) };
}

/** Points are clamped: a rule set cannot push a criterion outside 0–100. */
export function clampPoints(points: number): number {
  return points < 0 ? 0 : points > 100 ? 100 : points;
}
