/** A name quoted as each language writes it in running text: “年交易量”, 「年交易量」, "annual volume". */
import type { Lang } from "../types";

export const quoted: Readonly<Record<Lang, (name: string) => string>> = {
  "zh-CN": (s) => `“${s}”`,
  "zh-TW": (s) => `「${s}」`,
  en: (s) => `"${s}"`,
};
