/** The engine's texts in each language; what it hands a host is built in all three (`Localized`). */
import { localize } from "../lang";
import type { Lang, Localized } from "../types";
import type { EngineMessages } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export const ENGINE_MESSAGES: Readonly<Record<Lang, EngineMessages>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

/** A text of the engine's catalog in every language. */
export const engineText = (text: (messages: EngineMessages, lang: Lang) => string): Localized =>
  localize(ENGINE_MESSAGES, text);
