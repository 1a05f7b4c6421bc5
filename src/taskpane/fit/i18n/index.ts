/** The texts of the learn-from-my-grades part, per language. */
import type { Lang } from "../../../engine";
import type { FitStrings } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { FitStrings } from "./catalog";

export const fitStrings: Readonly<Record<Lang, FitStrings>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };
