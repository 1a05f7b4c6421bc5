/**
 * The column review, a part of the pane of its own under Grade all: every column of the bound table with what it was read as, how
 * and how sure, its period, unit and sample values, or why it is not used; what the table cannot assess. In
 * first view only what needs a look: what the table cannot assess, and the columns that need a look, each with
 * its "Use as" dropdown; the others, and the notes on how fixes work, are folded away under their count (fixing
 * one of them is rare). A choice is a mapping fix (header → field, or not used) that the adapter saves with the binding, or
 * (for a column not used) a new indicator of the rule set, which the pane's dialog asks about.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useId } from "react";
import type { ColumnMapping, MappingOverrides } from "../../../engine";
import type { ColumnSamples, TableAssessment } from "../../../excel";
import { useLocale } from "../../locale";
import { type OwnField, type UseAs, needsAttention, overrideFor, reviewColumns } from "../../review/columnReview";
import { AssessmentNotes } from "../AssessmentNotes";
import { Section } from "../Section";
import { ColumnCard } from "./ColumnCard";

const useStyles = makeStyles({
  // Below the section's own heading (h2): a step smaller.
  subheading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  notes: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  panelNotes: { marginTop: tokens.spacingVerticalS },
  panelHint: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
});

export interface ColumnReviewProps {
  readonly mapping: ColumnMapping;
  readonly overrides: MappingOverrides;
  readonly samples: ColumnSamples;
  /** The rule set's own fields, to name the columns read as them. */
  readonly ownFields: readonly OwnField[];
  readonly assessment: TableAssessment | null;
  readonly disabled: boolean;
  /** Saves a fix: the column's header and its field, or null for not used. */
  readonly onChange: (header: string, field: string | null) => void;
  /** Opens the dialog that makes the column a new indicator of the rule set. */
  readonly onNewIndicator: (header: string) => void;
  /** Shown under the heading: what the last new indicator did. */
  readonly notice?: ReactNode;
}

export function ColumnReview({
  mapping,
  overrides,
  samples,
  ownFields,
  assessment,
  disabled,
  onChange,
  onNewIndicator,
  notice,
}: ColumnReviewProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const attentionId = useId();
  const columns = reviewColumns(mapping, overrides, samples, ownFields);
  const attention = columns.filter(needsAttention);
  const others = columns.filter((c) => !needsAttention(c));
  const read = columns.filter((c) => c.status === "read").length;
  const choose = (header: string, choice: UseAs) =>
    choice.kind === "newIndicator" ? onNewIndicator(header) : onChange(header, overrideFor(choice));
  const card = (column: (typeof columns)[number]) => (
    <ColumnCard key={column.index} column={column} disabled={disabled} onChoose={choose} />
  );
  const notes = (inPanel: boolean) => (
    <div className={`${styles.notes} ${inPanel ? styles.panelNotes : ""}`}>
      <Caption1 as="p" className={styles.hint}>
        {strings.mappingHint}
      </Caption1>
      <Caption1 as="p" className={styles.hint}>
        {strings.mappingAddedByGrading}
      </Caption1>
    </div>
  );
  return (
    <Section title={strings.mappingHeading + strings.mappingCount(read, columns.length - read)} testId="column-mapping">
      {notice}
      <AssessmentNotes assessment={assessment} testId="review-assessment" />
      {attention.length > 0 ? (
        <>
          <h3 id={attentionId} className={styles.subheading}>
            {strings.reviewAttention(attention.length)}
          </h3>
          <ul className={styles.list} aria-labelledby={attentionId} data-testid="review-attention">
            {attention.map(card)}
          </ul>
        </>
      ) : (
        <Caption1 as="p" className={styles.hint}>
          {strings.reviewAllClear}
        </Caption1>
      )}
      {others.length > 0 ? (
        <Accordion collapsible>
          <AccordionItem value="others">
            <AccordionHeader as="h3" size="small">
              {strings.reviewOthers(others.length)}
            </AccordionHeader>
            <AccordionPanel>
              <Caption1 as="p" className={styles.panelHint}>
                {strings.reviewCertaintyHint}
              </Caption1>
              <ul className={styles.list} data-testid="review-others">
                {others.map(card)}
              </ul>
              {notes(true)}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : (
        notes(false)
      )}
    </Section>
  );
}
