/**
 * Remarks as templates of their rule's own numbers: "欠款逾期超过{overdueDays}天" says 60 once the cap's condition
 * on overdue days is changed to 60, so the words written into a row never contradict the rule that fired. A
 * placeholder names a field the rule's conditions compare with a number (`{overdueDays}`; `{overdueShare%}` as a
 * per cent) or, in a cap, `{grade}`; a grade's remark may name `{minScore}`. Filled when a rule set is loaded;
 * a placeholder naming nothing of its rule is a problem of the rule set, at the remark's path.
 */
import { LANGS, type Lang, type Localized } from "../types";
import { crossCheckText } from "./problemText";

/** What a remark's placeholders can read of its rule or grade (tolerant: an editor's draft may be half-typed). */
export interface TemplateSource {
  readonly kind?: unknown;
  readonly grade?: unknown;
  readonly when?: readonly { readonly field?: unknown; readonly value?: unknown }[];
  readonly minScore?: unknown;
  readonly letter?: unknown;
}

const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** A number as the analyst wrote it: 90, 0.5, 1500000 (no grouping: remarks are also read by formulas). */
const plain = (value: number): string => String(Number(value.toPrecision(12)));
const percent = (value: number): string => `${plain(value * 100)}%`;

/** The values each placeholder of `source` stands for. */
export function templateValues(source: TemplateSource): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  for (const condition of source.when ?? []) {
    const { field, value } = condition;
    if (typeof field !== "string" || typeof value !== "number" || !Number.isFinite(value)) continue;
    if (values.has(field)) continue; // the first condition on a field is the one its name means
    values.set(field, plain(value));
    values.set(`${field}%`, percent(value));
  }
  if (typeof source.grade === "string") values.set("grade", source.grade.toUpperCase());
  if (typeof source.minScore === "number") values.set("minScore", plain(source.minScore));
  if (typeof source.letter === "string") values.set("letter", source.letter.toUpperCase());
  return values;
}

/** The remark with each placeholder filled; one naming nothing is left as written (the loader reports it). */
export function filledText(text: string, values: ReadonlyMap<string, string>): string {
  return text.includes("{") ? text.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole) : text;
}

export function filledRemark(remark: Localized, source: TemplateSource): Localized {
  const values = templateValues(source);
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) out[lang] = filledText(remark[lang], values);
  return out;
}

/** The placeholders of a remark that name nothing of its rule, per language. */
function unknownPlaceholders(remark: Localized, source: TemplateSource): { lang: Lang; name: string }[] {
  const values = templateValues(source);
  return LANGS.flatMap((lang) =>
    [...remark[lang].matchAll(PLACEHOLDER)]
      .map((m) => m[1] as string)
      .filter((name) => !values.has(name))
      .map((name) => ({ lang, name })),
  );
}

/**
 * What is wrong with a remark, one problem per placeholder naming nothing of its rule, in the loader's words
 * (what the rule set's problem at `….remark.<lang>` says): the pane shows the same text beside the field.
 */
export function placeholderProblems(
  remark: Localized,
  source: TemplateSource,
): { readonly lang: Lang; readonly messages: Localized }[] {
  const known = [...templateValues(source).keys()];
  return unknownPlaceholders(remark, source).map(({ lang, name }) => ({
    lang,
    messages: crossCheckText.unknownPlaceholder(name, known),
  }));
}
