/** The texts of the customers-from-lines part, per language. */
import type { Lang } from "../../../engine";
import type { LinesStrings } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { LinesStrings } from "./catalog";

export const linesStrings: Readonly<Record<Lang, LinesStrings>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };
