/** The host-free layer's texts in each language (the rule set's or the table's language picks one). */
import type { Lang } from "../../engine";
import type { PlanMessages } from "./catalog";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export const PLAN_MESSAGES: Readonly<Record<Lang, PlanMessages>> = { "zh-CN": zhCN, "zh-TW": zhTW, en };
