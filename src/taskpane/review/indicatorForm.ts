/**
 * The new-indicator dialog's form as data: what it starts with for a column (name = header, a guessed type,
 * the range or the words found), what changing the type does, and the `NewIndicator` it makes, or what is
 * wrong with it. Pure, so the dialog only lays it out.
 */
import type { Localized } from "../../engine";
import type { ColumnValues } from "../../excel";
import {
  type Direction,
  type IndicatorType,
  type NewIndicator,
  guessDirection,
  guessType,
  linearEnds,
  prefillRange,
  rangeValue,
  scaleOf,
} from "./newIndicator";

/** The dimension choice meaning "a new own-indicators dimension". */
export const NEW_DIMENSION = "";

/** The new dimension's weight to start with: a tenth of the default rule set's 100. */
const NEW_DIMENSION_WEIGHT = 10;

export interface IndicatorForm {
  readonly name: string;
  readonly type: IndicatorType;
  readonly direction: Direction;
  readonly low: string;
  readonly high: string;
  readonly better: "yes" | "no";
  /** A words column's values, best first. */
  readonly order: readonly string[];
  /** An existing dimension's id, or `NEW_DIMENSION`. */
  readonly dimension: string;
  readonly dimensionWeight: string;
  readonly weight: string;
}

export function initialForm(values: ColumnValues, dimension: string | null): IndicatorForm {
  const type = guessType(values);
  return {
    name: values.header,
    type,
    direction: guessDirection(values.header),
    ...prefillRange(type, values),
    better: "yes",
    order: values.texts.map((t) => t.value),
    dimension: dimension ?? NEW_DIMENSION,
    dimensionWeight: String(NEW_DIMENSION_WEIGHT),
    weight: "1",
  };
}

/** Another type: the range is prefilled again in that type's terms (dates as dates, percents in %). */
export function withType(form: IndicatorForm, type: IndicatorType, values: ColumnValues): IndicatorForm {
  return { ...form, type, ...prefillRange(type, values) };
}

export type FormProblem = "name" | "range" | "words" | "weight" | "dimensionWeight";

const weightOf = (text: string): number | null => {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : null;
};

/** The indicator the form describes, or what keeps it from being one. */
export function indicatorOf(
  form: IndicatorForm,
  header: string,
  ownDimension: Localized,
): { readonly ok: true; readonly value: NewIndicator } | { readonly ok: false; readonly problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const name = form.name.trim();
  if (name === "") problems.push("name");
  let scoring: NewIndicator["scoring"] | null = null;
  if (form.type === "words") {
    if (form.order.length === 0) problems.push("words");
    else scoring = { kind: "words", ordered: form.order };
  } else if (form.type === "yesno") {
    scoring = { kind: "yesno", better: form.better };
  } else {
    const scale = scaleOf(header, form.type);
    const low = rangeValue(form.type, form.low, scale);
    const high = rangeValue(form.type, form.high, scale);
    if (low === null || high === null || !linearEnds(form.direction, low, high)) problems.push("range");
    else scoring = { kind: "range", direction: form.direction, low, high };
  }
  const weight = weightOf(form.weight);
  if (weight === null) problems.push("weight");
  const dimensionWeight = weightOf(form.dimensionWeight);
  if (form.dimension === NEW_DIMENSION && dimensionWeight === null) problems.push("dimensionWeight");
  if (problems.length > 0 || scoring === null || weight === null) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      header,
      label: { "zh-CN": name, "zh-TW": name, en: name },
      type: form.type,
      scoring,
      dimension:
        form.dimension === NEW_DIMENSION
          ? { kind: "new", label: ownDimension, weight: dimensionWeight ?? NEW_DIMENSION_WEIGHT }
          : { kind: "existing", id: form.dimension },
      weight,
    },
  };
}
