/** Which language the analyst reads the command's messages in. */
import { type Lang, langFromTag } from "../engine";

/**
 * The language named by the environment (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), or `null` when it
 * names none of ours (unset, `C`, `POSIX`, another language): then the table's language decides.
 * @example languageFromEnv({ LANG: "zh_TW.UTF-8" }) // "zh-TW"
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang | null {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return tag ? langFromTag(tag) : null;
}

/** --lang, else the environment, else the table's language (once a table has been read), else English. */
export function messageLanguage(flag: Lang | undefined, env: Lang | null, table: Lang | undefined): Lang {
  return flag ?? env ?? table ?? "en";
}
