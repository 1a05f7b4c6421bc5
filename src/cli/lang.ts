/** Which language the analyst reads the command's messages in. */
import { LANGS, type Lang } from "../engine";

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language named by the environment (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), or `null` when it
 * names none of ours (unset, `C`, `POSIX`, another language): then the table's language decides.
 * @example languageFromEnv({ LANG: "zh_TW.UTF-8" }) // "zh-TW"
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang | null {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  if (!tag) return null;
  const subtags = tag.toLowerCase().split(/[-_.@]/);
  if (subtags[0] === "en") return "en";
  if (subtags[0] !== "zh") return null;
  return subtags.some((s) => ["hant", "tw", "hk", "mo"].includes(s)) ? "zh-TW" : "zh-CN";
}

/** --lang, else the environment, else the table's language (once a table has been read), else English. */
export function messageLanguage(flag: Lang | undefined, env: Lang | null, table: Lang | undefined): Lang {
  return flag ?? env ?? table ?? "en";
}
