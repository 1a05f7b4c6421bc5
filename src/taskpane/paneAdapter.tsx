/**
 * The one interface the pane's components depend on: the part of the Excel adapter they use. `index.tsx`
 * provides the shared runtime's adapter; tests provide the real adapter over the simulator. Components never
 * touch `Excel` or `Office` themselves.
 */
import { type ReactNode, createContext, useContext } from "react";
import type { ExcelAdapter } from "../excel";

export type PaneAdapter = Pick<
  ExcelAdapter,
  | "hostError"
  | "listTables"
  | "bind"
  | "restore"
  | "bound"
  | "ruleSet"
  | "saveRuleSet"
  | "tableProblem"
  | "tableAssessment"
  | "columnValues"
  | "readTable"
  | "outputsInUse"
  | "claimOutputs"
  | "gradeAll"
  | "startAutoGrade"
  | "watchDataChanges"
  | "hasGrades"
  | "watchSelection"
  | "currentCustomer"
  | "cellAddress"
  | "selectCell"
  | "applyTemplateFormatting"
  | "insertTemplateTable"
  | "portfolioViews"
  | "setPortfolioViews"
  | "yearEndReview"
  | "settleFirst"
  | "linesTables"
  | "buildCustomerTable"
  | "selectSheetCell"
  | "ruleSetVersions"
  | "restoreRuleSetVersion"
  | "useOwnRuleSet"
  | "undoesAsOneStep"
>;

const PaneAdapterContext = createContext<PaneAdapter | null>(null);

export function PaneAdapterProvider({
  adapter,
  children,
}: {
  readonly adapter: PaneAdapter;
  readonly children: ReactNode;
}) {
  return <PaneAdapterContext.Provider value={adapter}>{children}</PaneAdapterContext.Provider>;
}

export function usePaneAdapter(): PaneAdapter {
  const adapter = useContext(PaneAdapterContext);
  // A component outside the provider is a wiring mistake in code, not a state the analyst can fix.
  if (!adapter) throw new Error("usePaneAdapter needs a <PaneAdapterProvider> above it");
  return adapter;
}
