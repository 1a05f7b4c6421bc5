/**
 * A words column's values, for the analyst to put best first: each with how many rows hold it and the points
 * its place gives, and "move up" / "move down" buttons. The moved value keeps the focus (on the same button,
 * or the other one at either end), and a polite live region says where it went.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { ColumnText } from "../../../excel";
import { useLocale } from "../../locale";
import { moved, pointsAt } from "../../review/newIndicator";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  place: { minWidth: "1.5em", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  word: { overflowWrap: "anywhere" },
  facts: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexShrink: 0 },
  status: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface WordOrderProps {
  readonly order: readonly string[];
  readonly counts: readonly ColumnText[];
  readonly labelledBy: string;
  readonly onOrder: (order: readonly string[]) => void;
}

type Move = { readonly word: string; readonly by: -1 | 1 };

export function WordOrder({ order, counts, labelledBy, onOrder }: WordOrderProps) {
  const { strings } = useLocale();
  const styles = useStyles();
  const statusId = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [last, setLast] = useState<Move | null>(null);
  const countOf = (word: string) => counts.find((c) => c.value === word)?.count ?? 0;

  useEffect(() => {
    if (!last) return;
    const place = order.indexOf(last.word);
    // At the top there is no "up" any more (and no "down" at the bottom): the other button takes the focus.
    const by = (last.by === -1 && place === 0) || (last.by === 1 && place === order.length - 1) ? -last.by : last.by;
    buttons.current.get(`${last.word}\u0000${by}`)?.focus();
  }, [last, order]);

  const move = (word: string, by: -1 | 1) => {
    onOrder(moved(order, order.indexOf(word), by));
    setLast({ word, by });
  };
  const ref = (word: string, by: -1 | 1) => (element: HTMLButtonElement | null) => {
    buttons.current.set(`${word}\u0000${by}`, element);
  };
  const status = last ? strings.indicatorMoved(last.word, order.indexOf(last.word) + 1, order.length) : "";

  return (
    <>
      <ol className={styles.list} aria-labelledby={labelledBy} data-testid="indicator-words">
        {order.map((word, place) => (
          <li key={word} className={styles.item}>
            <span className={styles.place} aria-hidden="true">
              {place + 1}.
            </span>
            <span className={styles.text}>
              <span className={styles.word}>{word}</span>
              <Caption1 className={styles.facts}>
                {strings.indicatorWordPoints(countOf(word), pointsAt(place, order.length))}
              </Caption1>
            </span>
            <span className={styles.buttons}>
              <Button
                ref={ref(word, -1)}
                size="small"
                appearance="subtle"
                aria-label={strings.indicatorMoveUp(word)}
                disabled={place === 0}
                icon={<span aria-hidden="true">↑</span>}
                onClick={() => move(word, -1)}
              />
              <Button
                ref={ref(word, 1)}
                size="small"
                appearance="subtle"
                aria-label={strings.indicatorMoveDown(word)}
                disabled={place === order.length - 1}
                icon={<span aria-hidden="true">↓</span>}
                onClick={() => move(word, 1)}
              />
            </span>
          </li>
        ))}
      </ol>
      <span id={statusId} className={styles.status} role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
