/**
 * The customers-from-lines part's state: the tables offered, the chosen lines table and as-of date, a build
 * or refresh under way (with its progress), and its outcome or refusal. Data problems come back as the
 * adapter's message, anything thrown as its text, never as a dropped promise.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { type Lang, type Localized, serialFromLocalDate } from "../../engine";
import type { BuildProgress, CustomerTableBuilt, LinesTableInfo } from "../../excel";
import { dateFromInput } from "../hooks/templateActionsState";
import { describeError } from "../locale";
import type { PaneAdapter } from "../paneAdapter";
import type { LinesEngine } from "./linesEngine";

export type LinesTablesState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly tables: readonly LinesTableInfo[] }
  | { readonly kind: "failed"; readonly error: Localized | string };

export interface CustomersFromLinesControls {
  readonly tables: LinesTablesState;
  readonly chosen: LinesTableInfo | null;
  readonly choose: (name: string) => void;
  readonly asOf: string;
  readonly setAsOf: (text: string) => void;
  /** The as-of date as a day, or `null` when the input is not a date. */
  readonly asOfDate: Date | null;
  /** A build under way: its progress (`null` before the first report). */
  readonly running: { readonly progress: BuildProgress | null } | null;
  readonly built: CustomerTableBuilt | null;
  readonly error: Localized | string | null;
  readonly run: () => void;
  readonly refreshTables: () => void;
}

/** Today as a date input's value ("2026-11-22"). */
function todayInput(today: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
  return `${pad(today.getFullYear(), 4)}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

/** Lines tables first (those built from lines last), so the likely one is the default. */
function offered(tables: readonly LinesTableInfo[]): LinesTableInfo[] {
  const rank = (t: LinesTableInfo): number => (t.builtFromLines ? 2 : t.looksLikeLines ? 0 : 1);
  return [...tables].sort((a, b) => rank(a) - rank(b));
}

export function useCustomersFromLines(
  adapter: PaneAdapter,
  engine: LinesEngine,
  lang: Lang,
  onBuilt: (built: CustomerTableBuilt) => void,
  today: () => Date = () => new Date(),
): CustomersFromLinesControls {
  const [tables, setTables] = useState<LinesTablesState>({ kind: "loading" });
  const [chosenName, setChosenName] = useState<string | null>(null);
  const [asOf, setAsOf] = useState(() => todayInput(today()));
  const [running, setRunning] = useState<{ progress: BuildProgress | null } | null>(null);
  const [built, setBuilt] = useState<CustomerTableBuilt | null>(null);
  const [error, setError] = useState<Localized | string | null>(null);
  const live = useRef(true);
  const latestOnBuilt = useRef(onBuilt);
  latestOnBuilt.current = onBuilt;
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const refreshTables = useCallback(() => {
    adapter
      .linesTables(engine.build, lang)
      .then((result) => {
        if (!live.current) return;
        if (!result.ok) return setTables({ kind: "failed", error: result.error.message });
        const list = offered(result.value);
        setTables({ kind: "ready", tables: list });
        // The first lines table is chosen until the analyst picks one.
        setChosenName((name) => name ?? list.find((t) => t.looksLikeLines)?.name ?? null);
      })
      .catch((failure: unknown) => live.current && setTables({ kind: "failed", error: describeError(failure) }));
  }, [adapter, engine, lang]);
  useEffect(refreshTables, [refreshTables]);

  const asOfDate = dateFromInput(asOf);
  const chosen = tables.kind === "ready" ? (tables.tables.find((t) => t.name === chosenName) ?? null) : null;
  const busy = useRef(false);
  const run = useCallback(() => {
    if (busy.current || chosen === null || asOfDate === null) return;
    busy.current = true;
    setRunning({ progress: null });
    setError(null);
    adapter
      .buildCustomerTable(chosen.name, engine.build, {
        asOf: serialFromLocalDate(asOfDate),
        lang,
        onProgress: (progress) => live.current && setRunning({ progress }),
      })
      .then((result) => {
        if (!live.current) return;
        if (!result.ok) return setError(result.error.message);
        setBuilt(result.value);
        latestOnBuilt.current(result.value);
        refreshTables();
      })
      .catch((failure: unknown) => live.current && setError(describeError(failure)))
      .finally(() => {
        busy.current = false;
        if (live.current) setRunning(null);
      });
  }, [adapter, engine, lang, chosen, asOfDate, refreshTables]);

  return {
    tables,
    chosen,
    choose: setChosenName,
    asOf,
    setAsOf,
    asOfDate,
    running,
    built,
    error,
    run,
    refreshTables,
  };
}
