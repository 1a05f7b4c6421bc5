/** The texts of the score card's detailed part, per language. */
import type { Lang } from "../../../engine";
import type { ScoreCardStrings } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { ScoreCardStrings } from "./catalog";

export const scoreCardStrings: Readonly<Record<Lang, ScoreCardStrings>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };
