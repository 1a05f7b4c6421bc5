/**
 * The "Template and summary" section's actions as a pure reducer: one at a time (apply the template formatting,
 * insert the template table, the year-end review, the summary-and-history switch), each ending in its result
 * or a message. A result keeps the id of the table it belongs to, so it is not shown under another table.
 */
import type { Localized } from "../../engine";
import type { InsertedTemplate, TemplateFormattingDone, YearEndReview } from "../../excel";

export type TemplateAction = "apply" | "insert" | "review" | "views";

export interface FormattedTable {
  readonly tableId: string;
  readonly summary: TemplateFormattingDone;
  /** Set when the table is the template table the pane just inserted. */
  readonly inserted: InsertedTemplate | null;
}

export interface ReviewWritten {
  readonly tableId: string;
  readonly review: YearEndReview;
}

export interface TemplateActionsState {
  readonly running: TemplateAction | null;
  readonly formatted: FormattedTable | null;
  readonly reviewed: ReviewWritten | null;
  /** Why the last action was refused (a data problem, in every language), or an unexpected failure's text. */
  readonly error: Localized | string | null;
  /** The table bound when the last action failed (null with none): the message is not shown under another. */
  readonly errorTableId: string | null;
}

export type TemplateActionsEvent =
  | { readonly type: "start"; readonly action: TemplateAction }
  | { readonly type: "formatted"; readonly formatted: FormattedTable }
  | { readonly type: "reviewed"; readonly reviewed: ReviewWritten }
  | { readonly type: "done" }
  | { readonly type: "failed"; readonly error: Localized | string; readonly tableId: string | null };

export const initialTemplateActions: TemplateActionsState = {
  running: null,
  formatted: null,
  reviewed: null,
  error: null,
  errorTableId: null,
};

export function templateActionsReducer(state: TemplateActionsState, event: TemplateActionsEvent): TemplateActionsState {
  switch (event.type) {
    case "start":
      // One at a time: a second press while one runs is ignored (its button is disabled anyway).
      return state.running === null ? { ...state, running: event.action, error: null } : state;
    case "formatted":
      return { ...state, running: null, formatted: event.formatted };
    case "reviewed":
      return { ...state, running: null, reviewed: event.reviewed };
    case "done":
      return { ...state, running: null };
    case "failed":
      return { ...state, running: null, error: event.error, errorTableId: event.tableId };
  }
}

/** The value of a date input ("2026-01-01") as that day at local midnight, or `null` if it is not a whole date. */
export function dateFromInput(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // new Date rolls 2026-02-30 over into March: such a day is not a date.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** 1 January of `today`'s year, as a date input's value: the default start of a year-end review. */
export function startOfYearInput(today: Date): string {
  return `${String(today.getFullYear()).padStart(4, "0")}-01-01`;
}
