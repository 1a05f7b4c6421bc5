/**
 * Whether the grades in the bound table (and the pane's summary) are out of date, and why: rules saved, a column
 * read as another field, or the table's data changed while auto-grade was off. Said only when there are grades
 * to be out of date (the adapter's `hasGrades`: the table was graded in this session, or its grade column holds
 * something); a table with none has nothing to warn about, and Grade all is beside the picker anyway.
 *
 * A whole Grade all clears it, except when the data changed while it ran (the adapter says so): rows it had read
 * before the edit would be out of date, so the notice stays (at worst one Grade all too many). Another table
 * keeps new rules' notice if it has grades too (written under the rules before); a data or column change was of
 * the table left, so it goes.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PaneAdapter } from "../paneAdapter";

/** What changed since the table was last graded: the rules, which column is read as what, or the table's data. */
export type StaleReason = "rules" | "mapping" | "data";

export interface StaleGrades {
  readonly reason: StaleReason | null;
  /** Something changed; said once the adapter has answered that there are grades to be out of date. */
  readonly mark: (reason: StaleReason) => void;
  /** A whole Grade all ended; `dataChangedMeanwhile`: the analyst changed the table's data while it ran. */
  readonly graded: (dataChangedMeanwhile: boolean) => void;
}

export function useStaleGrades(adapter: PaneAdapter, boundId: string | null): StaleGrades {
  const [reason, setReason] = useState<StaleReason | null>(null);
  const now = useRef(reason);
  now.current = reason;
  // Bumped by a whole Grade all and by another table: an answer asked for before is of no use then.
  const generation = useRef(0);
  const asking = useRef<{ readonly reason: StaleReason; readonly at: number } | null>(null);

  const mark = useCallback(
    (next: StaleReason) => {
      const at = generation.current;
      if (now.current !== null && next !== "rules") return; // already said; new rules say why in their words
      if (asking.current?.reason === next && asking.current.at === at) return; // one question at a time
      const question = { reason: next, at };
      asking.current = question;
      const say = (): void => {
        if (generation.current === at) setReason((said) => (next === "rules" ? "rules" : (said ?? next)));
      };
      adapter
        .hasGrades()
        .then((has) => {
          // Not knowing (a failed read) is said as out of date: a needless Grade all is the lesser harm.
          if (!has.ok || has.value) say();
        })
        .catch(say)
        .finally(() => {
          if (asking.current === question) asking.current = null;
        });
    },
    [adapter],
  );

  const graded = useCallback((dataChangedMeanwhile: boolean) => {
    generation.current += 1;
    setReason(dataChangedMeanwhile ? "data" : null);
  }, []);

  const shown = useRef(boundId);
  useEffect(() => {
    if (shown.current === boundId) return;
    shown.current = boundId;
    generation.current += 1;
    const was = now.current;
    setReason(null);
    if (was === "rules") mark("rules");
  }, [boundId, mark]);

  return { reason, mark, graded };
}
