/** The custom functions' error texts in each language (the rule set's language picks one). */
import type { Lang } from "../../engine";
import type { FunctionMessages } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export const FUNCTION_MESSAGES: Readonly<Record<Lang, FunctionMessages>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };
