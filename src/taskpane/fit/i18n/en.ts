/** Learn from my grades: English. */
import type { FitStrings } from "./catalog";

const rows = (count: number): string => `${count} ${count === 1 ? "customer" : "customers"}`;

export const en: FitStrings = {
  columnLabel: "Your own grades are in column",
  columnPlaceholder: "Choose the column with your grades",
  columnHint:
    "The add-in learns weights, bands and thresholds that reproduce the grades you gave. Nothing is saved or written to the table until you publish.",
  ownGradeColumn:
    "The add-in writes its own grades to this column: after Grade all it holds the add-in's grades, not yours. Learn before you grade, or keep your grades in a column of their own.",
  learn: "Learn from my grades",
  reading: (done, total) => `Reading the table: ${done} of ${total} rows`,
  learning: (percent) => `Learning: ${percent} %`,
  cancel: "Cancel",
  cancelled: "Stopped. Nothing was changed.",
  failed: "No rule set was learned",
  verdictGood: "The learned rule set agrees well with your grades.",
  verdictFair: "The learned rule set agrees in part: check the customers graded differently before you publish.",
  verdictPoor: "Your grades do not follow the table's columns.",
  verdictPoorBody:
    "The learned rule set does little better than guessing your most common grade. Publishing it is not advised; check that the right column is chosen, or that the table holds what you grade on.",
  thin: (count) =>
    `Thin evidence: only ${count} ${count === 1 ? "row has" : "rows have"} a grade (fewer than 30). Treat the result as a sketch.`,
  unseen: (agreed, total, percent, folds) =>
    `On customers it did not learn from (${folds}-fold cross-validation): ${agreed} of ${total} agree (${percent} %).`,
  seen: (agreed, total, percent) => `On the customers it learned from: ${agreed} of ${total} agree (${percent} %).`,
  before: (agreed, total, percent) => `Your current rules agree on ${agreed} of ${total} (${percent} %).`,
  baseline: (percent) => `Always guessing your most common grade would agree on ${percent} %.`,
  unreadable: (cells) =>
    `${cells} grade ${cells === 1 ? "cell" : "cells"} could not be read and ${cells === 1 ? "was" : "were"} left out:`,
  cellAt: (row, header) => `row ${row}, column ${header}`,
  confusionHeading: "Your grade × learned grade",
  confusionCorner: "yours ↓ · learned →",
  confusionNone: "none",
  differencesHeading: (count) => `Graded differently (${rows(count)})`,
  differencesNone: "Every customer is graded as you graded them.",
  difference: (analyst, fitted, score) =>
    `yours ${analyst}, learned ${fitted ?? "none (data missing)"}${score === null ? "" : `, score ${score.toFixed(1)}`}`,
  more: (count) => `and ${count} more`,
  changesHeading: "What the learning changed",
  changesNone: "No number of your rules had to change.",
  share: (before, after) => `${before} % → ${after} % of the score`,
  ruleOn: "on",
  ruleOff: "off",
  previewHeading: "If you publish",
  previewChanges: (changed, total) => `Publishing would change the grades of ${changed} of ${rows(total)}:`,
  previewNone: "Publishing changes no customer's grade.",
  previewFailed: "The change could not be previewed: the table could not be graded.",
  draftNote: "This is a draft: your rules and the table stay as they are until you publish.",
  publish: "Publish",
  discard: "Discard",
  published:
    "Published: the learned rule set is now the workbook's rules (the previous one is kept among the earlier rule sets). Click Grade all to write the new grades.",
  discarded: "Discarded. Your rules are as they were.",
  publishRefused: "The learned rule set was not saved",
};
