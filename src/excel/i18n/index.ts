/** The Excel adapter's texts in each language; an error, whose language the host picks, is built in all three. */
import { type Lang, type Localized, localize } from "../../engine";
import type { AdapterMessages } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export const ADAPTER_MESSAGES: Readonly<Record<Lang, AdapterMessages>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

/** A text of the adapter's catalog in every language. */
export const adapterText = (text: (messages: AdapterMessages, lang: Lang) => string): Localized =>
  localize(ADAPTER_MESSAGES, text);
