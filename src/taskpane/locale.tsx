/** The pane's language, chosen once from Office's display language in index.tsx, for every component. */
import { type ReactNode, createContext, useContext } from "react";
import type { Lang } from "../engine";
import { type UiStrings, uiStrings } from "./i18n";

const LocaleContext = createContext<Lang>("en");

export function LocaleProvider({ locale, children }: { readonly locale: Lang; readonly children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): { readonly locale: Lang; readonly strings: UiStrings } {
  const locale = useContext(LocaleContext);
  return { locale, strings: uiStrings[locale] };
}

/** A thrown value as one line for the analyst (unexpected failures only: data problems are values). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
