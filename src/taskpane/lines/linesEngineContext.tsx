/** The loader of the lines engine, for the part that builds customers from lines; `null`: the part is not shown. */
import { type ReactNode, createContext, useContext } from "react";
import type { LinesEngineLoader } from "./linesEngine";

const LinesEngineContext = createContext<LinesEngineLoader | null>(null);

export function LinesEngineProvider({
  loader,
  children,
}: {
  readonly loader: LinesEngineLoader | null;
  readonly children: ReactNode;
}) {
  return <LinesEngineContext.Provider value={loader}>{children}</LinesEngineContext.Provider>;
}

export function useLinesEngineLoader(): LinesEngineLoader | null {
  return useContext(LinesEngineContext);
}
