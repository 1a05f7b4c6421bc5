/**
 * The light watch on the bound table while auto-grade is off: the adapter's `watchDataChanges`, started while
 * `active` and a table is bound, stopped when it is not, when another table is bound (`bindCount`) and when the
 * pane goes away. In the shared runtime a closed pane keeps its page, so the watch goes on while the pane is
 * hidden, and the notice is there when it is opened again.
 */
import { useEffect, useRef, useState } from "react";
import type { PaneAdapter } from "../paneAdapter";

export interface DataChangeWatch {
  /** The watch is registered: an edit from now on is heard (the tests wait for it before editing). */
  readonly watching: boolean;
  /** The watch could not start: edits are not heard, so the pane cannot say when the data changed. */
  readonly failed: boolean;
}

export function useDataChanges(
  adapter: PaneAdapter,
  bindCount: number,
  active: boolean,
  onChanged: () => void,
): DataChangeWatch {
  const [watching, setWatching] = useState(false);
  const [failed, setFailed] = useState(false);
  const changed = useRef(onChanged);
  changed.current = onChanged;
  useEffect(() => {
    if (!active || bindCount === 0) return undefined;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    setFailed(false);
    const fail = (): void => {
      if (live) setFailed(true);
    };
    adapter
      .watchDataChanges(() => live && changed.current())
      .then((watch) => {
        if (!watch.ok) return fail();
        if (!live) return void watch.value.stop();
        stop = () => watch.value.stop();
        setWatching(true);
      })
      .catch(fail);
    return () => {
      live = false;
      setWatching(false);
      void stop?.();
    };
  }, [adapter, bindCount, active]);
  return { watching, failed };
}
