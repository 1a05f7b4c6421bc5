/** The task pane's texts in each language, and the language Office's display language asks for. */
import { type Lang, langFromTag } from "../../engine";
import type { UiStrings } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { UiStrings } from "./catalog";

export const uiStrings: Readonly<Record<Lang, UiStrings>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

/**
 * The pane's language for a BCP 47 tag such as Office's `displayLanguage` ("zh-CN", "zh-TW", "en-US").
 * Traditional Chinese for zh-TW, zh-HK, zh-MO and zh-Hant; Simplified Chinese for any other Chinese tag
 * (zh-CN, zh-SG, zh-Hans, zh); English for everything else, including a missing tag.
 */
export function paneLanguage(tag: string | null | undefined): Lang {
  return (tag ? langFromTag(tag) : null) ?? "en";
}
