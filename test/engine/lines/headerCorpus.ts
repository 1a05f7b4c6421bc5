/**
 * Precision and recall of `mapLineColumns` on a lines header corpus (test/fixtures/lines/): each source is one
 * header row mapped as a whole, and each column's field is compared with its label. Precision = right / mapped
 * columns, recall = right / labelled columns. "laneOrigin" labels the origin read beside a destination lane.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mapLineColumns } from "../../../src/engine/lines";

export interface CorpusSource {
  readonly id: string;
  readonly system: string;
  readonly language: "zh-CN" | "zh-TW" | "en";
  readonly where: string;
  readonly headers: readonly { readonly header: string; readonly field: string | null }[];
}

export interface Miss {
  readonly source: string;
  readonly header: string;
  readonly want: string | null;
  readonly got: string | null;
}

export interface CorpusScore {
  readonly precision: number;
  readonly recall: number;
  readonly right: number;
  readonly mapped: number;
  readonly labelled: number;
  readonly misses: readonly Miss[];
}

export function readCorpus(file: string): readonly CorpusSource[] {
  const text = readFileSync(join(__dirname, "../../fixtures/lines", file), "utf8");
  return (JSON.parse(text) as { sources: CorpusSource[] }).sources;
}

/** The field the mapping gives each column of a header row (null: ignored). */
export function mappedFields(headers: readonly string[]): (string | null)[] {
  const mapping = mapLineColumns(headers);
  const fields: (string | null)[] = headers.map(() => null);
  for (const column of Object.values(mapping.columns)) if (column) fields[column.index] = column.field;
  if (mapping.laneOrigin) fields[mapping.laneOrigin.index] = "laneOrigin";
  return fields;
}

export function score(sources: readonly CorpusSource[]): CorpusScore {
  let right = 0;
  let mapped = 0;
  let labelled = 0;
  const misses: Miss[] = [];
  for (const source of sources) {
    const got = mappedFields(source.headers.map((h) => h.header));
    source.headers.forEach(({ header, field: want }, i) => {
      const field = got[i] ?? null;
      if (field !== null) mapped++;
      if (want !== null) labelled++;
      if (field !== null && field === want) right++;
      if (field !== want) misses.push({ source: source.id, header, want, got: field });
    });
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return { precision: ratio(right, mapped), recall: ratio(right, labelled), right, mapped, labelled, misses };
}
