/**
 * What each grade's customers owe, under the last Grade all's summary, as the summary sheet shows it: balance,
 * overdue amount and share, then the ageing columns, for the grades that have customers, with a total.
 * Amounts in compact notation (2.1M, 207万) to fit the pane's width; the sheet has them in full. Loaded
 * only for a table with a balance, so the pane's first load does not carry Fluent's table.
 */
import {
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
import type { GradeReceivable, ReceivablesByGrade } from "../../engine";
import { useLocale } from "../locale";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

type Row = Pick<GradeReceivable, "grade" | "balance" | "overdue" | "ageing"> & { readonly key: string };

/** The grades with customers that owe something on record, then the total. */
function rowsOf(receivables: ReceivablesByGrade): { readonly grades: readonly Row[]; readonly total: Row } {
  const grades = receivables.grades
    .filter((g) => g.customers > 0)
    .map((g) => ({ ...g, key: g.grade ?? "\u0000ungraded" }));
  const ageing = [0, 0, 0, 0, 0];
  for (const g of receivables.grades) g.ageing?.forEach((amount, i) => (ageing[i] = (ageing[i] ?? 0) + amount));
  const total: Row = {
    key: "\u0000total",
    grade: null,
    balance: receivables.grades.reduce((sum, g) => sum + g.balance, 0),
    overdue: receivables.grades.reduce((sum, g) => sum + g.overdue, 0),
    ageing: receivables.hasAgeing ? (ageing as unknown as GradeReceivable["ageing"]) : null,
  };
  return { grades, total };
}

export function GradeReceivables({ receivables }: { readonly receivables: ReceivablesByGrade }) {
  const { locale: lang, strings } = useLocale();
  const styles = useStyles();
  const owedId = useId();
  const ageingId = useId();
  const { grades, total } = useMemo(() => rowsOf(receivables), [receivables]);
  const money = useMemo(() => new Intl.NumberFormat(lang, { notation: "compact", maximumFractionDigits: 1 }), [lang]);
  const share = useMemo(() => new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }), [lang]);
  const name = (row: Row): string =>
    row === total ? strings.receivablesTotal : (row.grade ?? strings.receivablesUngraded);
  const rows = [...grades, total];
  return (
    <div className={styles.root} data-testid="grade-receivables">
      <Subtitle2 as="h4" id={owedId} className={styles.heading}>
        {strings.receivablesHeading}
      </Subtitle2>
      <Table size="extra-small" className={styles.table} aria-labelledby={owedId} data-testid="receivables-owed">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.receivablesGrade}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.receivablesBalance}</TableHeaderCell>
            {receivables.hasOverdue && (
              <>
                <TableHeaderCell className={styles.number}>{strings.receivablesOverdue}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{strings.receivablesOverdueShare}</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} className={row === total ? styles.total : undefined}>
              <TableCell>{name(row)}</TableCell>
              <TableCell className={styles.number}>{money.format(row.balance)}</TableCell>
              {receivables.hasOverdue && (
                <>
                  <TableCell className={styles.number}>{money.format(row.overdue)}</TableCell>
                  <TableCell className={styles.number}>
                    {share.format(row.balance === 0 ? 0 : row.overdue / row.balance)}
                  </TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {receivables.hasAgeing && (
        <>
          <Subtitle2 as="h4" id={ageingId} className={styles.heading}>
            {strings.ageingHeading}
          </Subtitle2>
          <Table
            size="extra-small"
            className={styles.table}
            aria-labelledby={ageingId}
            data-testid="receivables-ageing"
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.receivablesGrade}</TableHeaderCell>
                {strings.ageingColumns.map((label) => (
                  <TableHeaderCell key={label} className={styles.number}>
                    {label}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key} className={row === total ? styles.total : undefined}>
                  <TableCell>{name(row)}</TableCell>
                  {(row.ageing ?? [0, 0, 0, 0, 0]).map((amount, i) => (
                    <TableCell key={i} className={styles.number}>
                      {money.format(amount)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
