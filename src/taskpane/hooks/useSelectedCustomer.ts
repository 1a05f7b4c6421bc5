/**
 * The customer under Excel's selection, for the score card: read once when a table is bound (and again when
 * `refreshKey` changes, after a grading), then followed through the adapter's selection watch. Answers can
 * arrive out of order (a read started before a newer selection event resolves after it): only the newest
 * request may change the card.
 */
import { useEffect, useRef, useState } from "react";
import type { Localized } from "../../engine";
import type { SelectedCustomer } from "../../excel";
import type { PaneAdapter } from "../paneAdapter";

export type SelectedState =
  | { readonly kind: "none" }
  | { readonly kind: "customer"; readonly customer: SelectedCustomer }
  /** A read that came back as an error value (its message in each language) or threw. */
  | { readonly kind: "failed"; readonly error: unknown; readonly message?: Localized };

const show = (customer: SelectedCustomer | null): SelectedState =>
  customer ? { kind: "customer", customer } : { kind: "none" };

export function useSelectedCustomer(adapter: PaneAdapter, bindCount: number, refreshKey: number): SelectedState {
  const [state, setState] = useState<SelectedState>({ kind: "none" });
  // Numbers every read and event; an answer older than the last one shown is dropped.
  const latest = useRef(0);
  const ticket = (): ((next: SelectedState) => void) => {
    const mine = ++latest.current;
    return (next) => {
      if (mine === latest.current) setState(next);
    };
  };

  useEffect(() => {
    if (bindCount === 0) return undefined;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    const watchFailed = ticket();
    adapter
      .watchSelection((customer) => {
        // The event's own reading is done: it is the newest thing the analyst did.
        if (live) ticket()(show(customer));
      })
      .then((watch) => {
        if (!watch.ok) return live && watchFailed({ kind: "failed", error: watch.error, message: watch.error.message });
        if (live) stop = () => watch.value.stop();
        else void watch.value.stop();
      })
      .catch((error: unknown) => live && watchFailed({ kind: "failed", error }));
    return () => {
      live = false;
      void stop?.();
    };
  }, [adapter, bindCount]);

  useEffect(() => {
    if (bindCount === 0) return undefined;
    let live = true;
    const answer = ticket();
    adapter
      .currentCustomer()
      .then((current) => {
        if (!live) return;
        answer(
          current.ok ? show(current.value) : { kind: "failed", error: current.error, message: current.error.message },
        );
      })
      .catch((error: unknown) => live && answer({ kind: "failed", error }));
    return () => {
      live = false;
    };
  }, [adapter, bindCount, refreshKey]);

  return state;
}
