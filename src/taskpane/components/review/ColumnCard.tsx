/**
 * One column in the review: its header and a badge (how sure the reading is, or why it is not used), what it
 * was read as and how, its period and unit, a few sample values, and (where a fix is offered) "Use as".
 */
import { Badge, type BadgeProps, Body1Strong, Caption1, Field, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { FIELDS, type Lang } from "../../../engine";
import type { UiStrings } from "../../i18n";
import { useLocale } from "../../locale";
import {
  type Certainty,
  type ReviewColumn,
  type UseAs,
  canBeNewIndicator,
  canChoose,
  needsAttention,
} from "../../review/columnReview";
import { sampleText } from "../../review/sampleText";
import { FieldSelect } from "./FieldSelect";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  attention: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  top: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  // Short lines naming fields ("读作“逾期天数”"): a name stays whole, only a token wider than the card wraps.
  header: { wordBreak: "keep-all", lineBreak: "strict", overflowWrap: "anywhere", minWidth: 0 },
  badge: { flexShrink: 0 },
  line: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    wordBreak: "keep-all",
    lineBreak: "strict",
    overflowWrap: "anywhere",
  },
  // Fluent's horizontal field is "33% 1fr", and a 1fr track grows to the native select's longest option
  // ("Customer preferences …"): past the card's edge at 320 px. The select takes what is left, no more.
  choice: { marginTop: tokens.spacingVerticalXXS, minWidth: 0, gridTemplateColumns: "33% minmax(0, 1fr)" },
});

const CERTAINTY_COLOR = { sure: "success", fairlySure: "informative", check: "warning" } as const;

function certaintyText(certainty: Certainty, strings: UiStrings): string {
  switch (certainty) {
    case "sure":
      return strings.certaintySure;
    case "fairlySure":
      return strings.certaintyFairlySure;
    case "check":
      return strings.certaintyCheck;
  }
}

/** The line under the header: what the column was read as and how, or why it is not used. */
function readingLine(
  column: ReviewColumn,
  strings: UiStrings,
  label: (field: keyof typeof FIELDS) => string,
  locale: Lang,
): string {
  if (column.status === "own") return `${strings.reviewReadAsOwn(column.label[locale])} · ${strings.reviewOwnHint}`;
  if (column.status === "read") {
    const how = column.output
      ? strings.reviewWrittenByGrading
      : column.via === "alias"
        ? strings.reviewViaAlias
        : column.via === "qualified"
          ? strings.reviewViaQualified
          : column.via === "contains"
            ? strings.reviewViaContains(column.alias)
            : strings.reviewViaOverride;
    return `${strings.reviewReadAs(label(column.field))} · ${how}`;
  }
  const { reason } = column;
  switch (reason.kind) {
    case "unrecognised":
      return strings.reviewUnrecognised;
    case "ambiguous":
      return strings.reviewAmbiguous(reason.fields.map(label));
    case "duplicate":
      return strings.reviewDuplicate(label(reason.field), reason.first);
    case "olderPeriod":
      return strings.reviewOlderPeriod(label(reason.field), reason.newer);
    case "byYou":
      return strings.reviewByYou;
    case "noHeader":
      return strings.reviewNoHeader;
    case "unknownField":
      return ""; // the engine's own message, in the pane's language (see ColumnCard)
  }
}

export interface ColumnCardProps {
  readonly column: ReviewColumn;
  readonly disabled: boolean;
  readonly onChoose: (header: string, choice: UseAs) => void;
}

export function ColumnCard({ column, disabled, onChoose }: ColumnCardProps) {
  const { locale, strings } = useLocale();
  const styles = useStyles();
  const headerId = useId();
  const label = (field: keyof typeof FIELDS) => FIELDS[field].label[locale];
  const attention = needsAttention(column);
  const badge: { readonly text: string; readonly color: NonNullable<BadgeProps["color"]> } =
    column.status === "notUsed"
      ? { text: strings.reviewReasonBadge[column.reason.kind], color: attention ? "warning" : "subtle" }
      : { text: certaintyText(column.certainty, strings), color: CERTAINTY_COLOR[column.certainty] };
  const line =
    column.status === "notUsed" && column.reason.kind === "unknownField"
      ? column.reason.message[locale]
      : readingLine(column, strings, label, locale);
  const field = column.status === "read" ? column.field : null;
  const qualifiers =
    column.status !== "notUsed"
      ? [column.periodText && strings.reviewPeriod(column.periodText), column.unit && strings.reviewUnit(column.unit)]
      : [];
  const samples = column.samples.map((v) => sampleText(v, field, locale));
  return (
    <li
      className={`${styles.card} ${attention ? styles.attention : ""}`}
      aria-labelledby={headerId}
      data-testid="review-column"
    >
      <div className={styles.top}>
        <Body1Strong id={headerId} className={styles.header}>
          {column.header || strings.reviewNoHeaderName}
        </Body1Strong>
        <Badge className={styles.badge} appearance="tint" color={badge.color} size="medium">
          {badge.text}
        </Badge>
      </div>
      <Caption1 as="p" className={styles.line}>
        {line}
      </Caption1>
      {qualifiers.some(Boolean) && (
        <Caption1 as="p" className={styles.line}>
          {qualifiers.filter(Boolean).join(" · ")}
        </Caption1>
      )}
      <Caption1 as="p" className={styles.line}>
        {samples.length > 0 ? strings.reviewSamples(samples) : strings.reviewNoSamples}
      </Caption1>
      {canChoose(column) && (
        <Field className={styles.choice} label={strings.reviewUseAs} size="small" orientation="horizontal">
          <FieldSelect
            header={column.header}
            field={field}
            withOutputs={!attention || (column.status === "read" && column.output)}
            withNewIndicator={canBeNewIndicator(column)}
            disabled={disabled}
            onChoose={(choice) => onChoose(column.header, choice)}
          />
        </Field>
      )}
    </li>
  );
}
