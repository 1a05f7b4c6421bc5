/**
 * The RFM view: customers and amount per customer type (the eight, named by the engine), then how many
 * customers have each score of R, F and M. Compact tables in Excel's look, readable at 320 px.
 */
import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo } from "react";
import type { Lang } from "../../engine";
import type { RfmRow } from "../../engine/lines/types";
import type { LinesStrings } from "./i18n";
import type { SegmentName } from "../../engine/lines/types";
import { rfmBreakdown } from "./rfmBreakdown";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface RfmViewProps {
  readonly rows: readonly RfmRow[];
  readonly segmentName: SegmentName;
  readonly lang: Lang;
  readonly strings: LinesStrings;
}

export function RfmView({ rows, segmentName, lang, strings }: RfmViewProps) {
  const styles = useStyles();
  const headingId = useId();
  const scoresId = useId();
  const breakdown = useMemo(() => rfmBreakdown(rows), [rows]);
  const money = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }), [lang]);
  return (
    <div className={styles.root} data-testid="rfm-view">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {strings.rfmHeading}
      </Subtitle2>
      <Caption1 className={styles.note}>{strings.rfmCaption}</Caption1>
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId} data-testid="rfm-segments">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.rfmSegment}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.rfmCustomers}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.rfmAmount}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {breakdown.segments.map((s) => (
            <TableRow key={s.segment} data-segment={s.segment}>
              <TableCell>{segmentName(s.segment, lang)}</TableCell>
              <TableCell className={styles.number} data-testid="rfm-customers">
                {s.customers}
              </TableCell>
              <TableCell className={styles.number}>{money.format(s.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell>{strings.rfmTotal}</TableCell>
            <TableCell className={styles.number} data-testid="rfm-total-customers">
              {breakdown.customers}
            </TableCell>
            <TableCell className={styles.number}>{money.format(breakdown.amount)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Subtitle2 as="h3" id={scoresId} className={styles.heading}>
        {strings.rfmScoresHeading}
      </Subtitle2>
      <Caption1 className={styles.note}>{strings.rfmScoresCaption}</Caption1>
      <Table size="extra-small" className={styles.table} aria-labelledby={scoresId} data-testid="rfm-scores">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.rfmScore}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.rfmRecency}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.rfmFrequency}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.rfmMonetary}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {breakdown.scores.map((s) => (
            <TableRow key={s.score}>
              <TableCell>{s.score}</TableCell>
              <TableCell className={styles.number}>{s.r}</TableCell>
              <TableCell className={styles.number}>{s.f}</TableCell>
              <TableCell className={styles.number}>{s.m}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
