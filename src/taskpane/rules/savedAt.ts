/** When an earlier rule set was replaced, as the pane's language writes a date and a time of day. */
import type { Lang } from "../../engine";

/**
 * `savedAt` (an ISO date-time) in the analyst's time zone, or in `timeZone` when given (tests).
 *
 * @example formatSavedAt("2026-12-07T10:32:00.000Z", "en", "UTC") // "Dec 7, 2026, 10:32 AM"
 */
export function formatSavedAt(savedAt: string, locale: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(new Date(savedAt));
}
