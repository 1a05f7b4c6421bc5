/** What is wrong with the arguments, in the analyst's language (the first half of a "usage" problem). */
import type { Localized } from "../engine";

const q = { "zh-CN": (s: string) => `“${s}”`, "zh-TW": (s: string) => `「${s}」`, en: (s: string) => `"${s}"` };

export const USAGE_DETAILS = {
  takesNoValue: (flag: string): Localized => ({
    "zh-CN": `--${flag} 不带值`,
    "zh-TW": `--${flag} 不帶值`,
    en: `--${flag} takes no value`,
  }),
  /** `spelled`: as typed, with its dashes (`--colour`, `-x`). */
  unknownOption: (spelled: string): Localized => ({
    "zh-CN": `没有 ${spelled} 这个选项`,
    "zh-TW": `沒有 ${spelled} 這個選項`,
    en: `unknown option ${spelled}`,
  }),
  needsValue: (flag: string): Localized => ({
    "zh-CN": `--${flag} 后面需要一个值`,
    "zh-TW": `--${flag} 後面需要一個值`,
    en: `--${flag} needs a value`,
  }),
  /** `--out -x.xlsx`: the value is taken for an option unless written `--out=-x.xlsx`. */
  valueLooksLikeOption: (flag: string, value: string): Localized => ({
    "zh-CN": `--${flag} 后面需要一个值，而 ${q["zh-CN"](value)} 是一个选项（若它就是值，请写成 --${flag}=${value}）`,
    "zh-TW": `--${flag} 後面需要一個值，而 ${q["zh-TW"](value)} 是一個選項（若它就是值，請寫成 --${flag}=${value}）`,
    en: `--${flag} needs a value, and ${q.en(value)} is an option (if it is the value, write --${flag}=${value})`,
  }),
  givenTwice: (flag: string): Localized => ({
    "zh-CN": `--${flag} 给了两次`,
    "zh-TW": `--${flag} 給了兩次`,
    en: `--${flag} given twice`,
  }),
  doesNotApply: (flag: string, command: string): Localized => ({
    "zh-CN": `--${flag} 不能用于 ${q["zh-CN"](command)}`,
    "zh-TW": `--${flag} 不能用於 ${q["zh-TW"](command)}`,
    en: `--${flag} does not apply to ${q.en(command)}`,
  }),
  badLang: (value: string): Localized => ({
    "zh-CN": `--lang 只能是 zh-CN、zh-TW 或 en，而不是 ${q["zh-CN"](value)}`,
    "zh-TW": `--lang 只能是 zh-CN、zh-TW 或 en，而不是 ${q["zh-TW"](value)}`,
    en: `--lang must be zh-CN, zh-TW or en, not ${q.en(value)}`,
  }),
  needsFile: (command: string): Localized => ({
    "zh-CN": `${command} 需要一个文件`,
    "zh-TW": `${command} 需要一個檔案`,
    en: `${command} needs a file`,
  }),
  oneFile: (command: string, count: number): Localized => ({
    "zh-CN": `${command} 只接受一个文件，而不是 ${count} 个`,
    "zh-TW": `${command} 只接受一個檔案，而不是 ${count} 個`,
    en: `${command} takes one file, not ${count}`,
  }),
  badAsOf: (value: string): Localized => ({
    "zh-CN": `--as-of 须是 YYYY-MM-DD 格式的日期，而不是 ${q["zh-CN"](value)}`,
    "zh-TW": `--as-of 須是 YYYY-MM-DD 格式的日期，而不是 ${q["zh-TW"](value)}`,
    en: `--as-of must be a date as YYYY-MM-DD, not ${q.en(value)}`,
  }),
  rulesTakesNoFile: (): Localized => ({
    "zh-CN": "rules 本身不接受文件：请用 --export FILE 或 --check FILE",
    "zh-TW": "rules 本身不接受檔案：請用 --export FILE 或 --check FILE",
    en: "rules takes no file of its own: use --export FILE or --check FILE",
  }),
  rulesNeedsOne: (): Localized => ({
    "zh-CN": "rules 需要 --export FILE 或 --check FILE 二者之一",
    "zh-TW": "rules 需要 --export FILE 或 --check FILE 二者之一",
    en: "rules needs one of --export FILE or --check FILE",
  }),
  unknownCommand: (command: string, known: string): Localized => ({
    "zh-CN": `没有 ${q["zh-CN"](command)} 这个命令（可用：${known}）`,
    "zh-TW": `沒有 ${q["zh-TW"](command)} 這個命令（可用：${known}）`,
    en: `unknown command ${q.en(command)} (${known})`,
  }),
  macroAsXlsm: (name: string): Localized => ({
    "zh-CN": `含宏的工作簿须写为 .xlsm（或 .csv），而不是 ${q["zh-CN"](name)}`,
    "zh-TW": `含巨集的活頁簿須寫為 .xlsm（或 .csv），而不是 ${q["zh-TW"](name)}`,
    en: `a macro workbook is written as .xlsm (or .csv), not ${q.en(name)}`,
  }),
  outExtension: (name: string): Localized => ({
    "zh-CN": `--out 须以 .xlsx 或 .csv 结尾，而不是 ${q["zh-CN"](name)}`,
    "zh-TW": `--out 須以 .xlsx 或 .csv 結尾，而不是 ${q["zh-TW"](name)}`,
    en: `--out must end in .xlsx or .csv, not ${q.en(name)}`,
  }),
  formatNeedsXlsxOutput: (): Localized => ({
    "zh-CN": "--format 需要 .xlsx 输出（CSV 无法保存格式）",
    "zh-TW": "--format 需要 .xlsx 輸出（CSV 無法保存格式）",
    en: "--format needs an .xlsx output (a CSV cannot hold formatting)",
  }),
  formatNeedsWorkbook: (): Localized => ({
    "zh-CN": "format 需要 .xlsx 工作簿；要给 CSV 加格式，请用 grade --format",
    "zh-TW": "format 需要 .xlsx 活頁簿；要替 CSV 加格式，請用 grade --format",
    en: "format needs an .xlsx workbook; to format a CSV, grade it with --format",
  }),
  formatWritesXlsx: (): Localized => ({
    "zh-CN": "format 只写 .xlsx 工作簿（CSV 无法保存格式）",
    "zh-TW": "format 只寫 .xlsx 活頁簿（CSV 無法保存格式）",
    en: "format writes an .xlsx workbook (a CSV cannot hold formatting)",
  }),
} as const;
