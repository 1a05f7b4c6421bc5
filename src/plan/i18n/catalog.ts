/**
 * The host-free layer's catalog: what the template table and its formatting say to the analyst (the
 * template's sheet and table names, the drop-down lists' input alerts), in the table's language. Each
 * language is one file (zh-CN.ts, zh-TW.ts, en.ts) typed as `PlanMessages`, so a text missing from one
 * language is a compile error. The drop-down words themselves come from the rule set (`wordLists.ts`).
 */

/** The title and text Excel shows when a cell of a drop-down column gets a value not in its list. */
export interface ListAlert<Message> {
  readonly title: string;
  readonly message: Message;
}

export interface PlanMessages {
  /** The template table's sheet and table names (a table name has no spaces). */
  readonly templateNames: { readonly sheet: string; readonly table: string };
  /** The manual-grade column's alert; `letters`: the rule set's grades, best first. */
  readonly manualGradeAlert: ListAlert<(letters: readonly string[]) => string>;
  /** The alert of a qualitative column's list of common words (any other text is allowed). */
  readonly wordListAlert: ListAlert<string>;
  /** How a hard rule's conditions read as one line (`and` joins them, spaces included). */
  readonly conditions: {
    readonly and: string;
    readonly missing: (field: string) => string;
    readonly present: (field: string) => string;
  };
}
