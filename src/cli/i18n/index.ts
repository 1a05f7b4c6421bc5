/** The command line's lines in each language; a message that travels (a problem) is built in all three. */
import { type Lang, type Localized, localize } from "../../engine";
import type { CliMessages } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

/** A text of the catalog in every language, for a message whose language is chosen later. */
export const cliText = (text: (messages: CliMessages, lang: Lang) => string): Localized => localize(CLI_MESSAGES, text);
