/**
 * Which table the pane works on. On load: a host too old, or a workbook without tables, blocks the pane with
 * a message; otherwise the binding saved in the workbook is restored, else a lone table is bound, else the
 * analyst picks one. Picking a table or fixing a column's field binds again (the adapter saves both, and
 * keeps each table's fixes, so picking a table again brings its fixes back).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AdapterErrorCode, BoundTable, TableInfo } from "../../excel";
import type { Localized, MappingOverrides } from "../../engine";
import type { PaneAdapter } from "../paneAdapter";
import { describeError } from "../locale";

export type WorkbookState =
  | { readonly kind: "loading" }
  | { readonly kind: "blocked"; readonly message: Localized; readonly code: AdapterErrorCode }
  | { readonly kind: "failed"; readonly detail: string }
  | {
      readonly kind: "ready";
      readonly tables: readonly TableInfo[];
      readonly bound: BoundTable | null;
      /** Counts successful binds: each one stops the adapter's watches, so watchers restart on a change. */
      readonly bindCount: number;
      /** Why the last restore or bind did not work (a renamed or deleted table), or null. */
      readonly problem: Localized | null;
      readonly busy: boolean;
    };

export interface WorkbookControls {
  readonly state: WorkbookState;
  readonly chooseTable: (name: string) => void;
  readonly setField: (header: string, field: string | null) => void;
  readonly refreshTables: () => void;
  /** After a Grade all: the adapter refreshed the bound table (new output columns, bounds). */
  readonly refreshBound: () => void;
  /** After the adapter bound a table itself (the template table it inserted): the tables and the binding again. */
  readonly adoptBound: () => void;
  readonly reload: () => void;
}

type Ready = Extract<WorkbookState, { kind: "ready" }>;

export function useWorkbook(adapter: PaneAdapter): WorkbookControls {
  const [state, setState] = useState<WorkbookState>({ kind: "loading" });
  const live = useRef(true);
  const update = useCallback((next: (previous: WorkbookState) => WorkbookState) => {
    if (live.current) setState(next);
  }, []);
  const fail = useCallback(
    (error: unknown) => update(() => ({ kind: "failed", detail: describeError(error) })),
    [update],
  );

  const load = useCallback(async () => {
    update(() => ({ kind: "loading" }));
    const tooOld = adapter.hostError();
    if (tooOld) return update(() => ({ kind: "blocked", message: tooOld.message, code: tooOld.code }));
    const restored = await adapter.restore();
    const tables = await adapter.listTables();
    if (!tables.ok) return update(() => ({ kind: "blocked", message: tables.error.message, code: tables.error.code }));
    let bound = restored.ok ? restored.value : null;
    let problem = restored.ok ? null : restored.error.message;
    const only = tables.value.length === 1 ? tables.value[0] : undefined;
    if (!bound && only && restored.ok) {
      const bind = await adapter.bind(only.name);
      bound = bind.ok ? bind.value : null;
      problem = bind.ok ? null : bind.error.message;
    }
    update(() => ({ kind: "ready", tables: tables.value, bound, bindCount: bound ? 1 : 0, problem, busy: false }));
  }, [adapter, update]);

  useEffect(() => {
    live.current = true;
    load().catch(fail);
    return () => {
      live.current = false;
    };
  }, [load, fail]);

  const rebind = useCallback(
    (name: string, overrides?: MappingOverrides) => {
      update((s) => (s.kind === "ready" ? { ...s, busy: true } : s));
      adapter
        .bind(name, overrides)
        .then((result) =>
          update((s) => {
            if (s.kind !== "ready") return s;
            const next: Ready = result.ok
              ? { ...s, bound: result.value, bindCount: s.bindCount + 1, problem: null, busy: false }
              : { ...s, problem: result.error.message, busy: false };
            return next;
          }),
        )
        .catch(fail);
    },
    [adapter, update, fail],
  );

  // No overrides given: the adapter uses the fixes saved for that table.
  const chooseTable = useCallback((name: string) => rebind(name), [rebind]);

  const setField = useCallback(
    (header: string, field: string | null) => {
      const bound = adapter.bound();
      if (!bound) return;
      rebind(bound.binding.tableName, { ...bound.binding.overrides, [header]: field });
    },
    [adapter, rebind],
  );

  // Runs on every focus of the picker: a failure keeps the list the pane has (only the first load may fail the
  // pane, which would also stop a running Grade all).
  const refreshTables = useCallback(() => {
    adapter
      .listTables()
      .then((tables) => update((s) => (s.kind === "ready" && tables.ok ? { ...s, tables: tables.value } : s)))
      .catch(() => undefined);
  }, [adapter, update]);

  const refreshBound = useCallback(() => {
    const bound = adapter.bound();
    update((s) => (s.kind === "ready" && bound ? { ...s, bound } : s));
  }, [adapter, update]);

  const adoptBound = useCallback(() => {
    const bound = adapter.bound();
    if (!bound) return;
    // A failed list keeps the one the pane has: the binding is what matters, and the picker refreshes on focus.
    adapter
      .listTables()
      .catch(() => null)
      .then((tables) =>
        update((s) =>
          s.kind === "ready"
            ? { ...s, tables: tables?.ok ? tables.value : s.tables, bound, bindCount: s.bindCount + 1, problem: null }
            : s,
        ),
      )
      .catch(fail);
  }, [adapter, update, fail]);

  const reload = useCallback(() => void load().catch(fail), [load, fail]);

  return { state, chooseTable, setField, refreshTables, refreshBound, adoptBound, reload };
}
