/** What is wrong with the arguments, in the analyst's language (the first half of a "usage" problem). */
import type { Localized } from "../engine";
import type { UsageTexts } from "./i18n/catalog";
import { cliText } from "./i18n";

type UsageDetails = { readonly [Key in keyof UsageTexts]: (...values: Parameters<UsageTexts[Key]>) => Localized };

const detail =
  <Key extends keyof UsageTexts>(key: Key) =>
  (...values: Parameters<UsageTexts[Key]>): Localized =>
    cliText((m) => (m.usage[key] as (...args: Parameters<UsageTexts[Key]>) => string)(...values));

/** Each of the catalog's usage texts as a function of its values, worded in every language. */
export const USAGE_DETAILS: UsageDetails = {
  takesNoValue: detail("takesNoValue"),
  unknownOption: detail("unknownOption"),
  needsValue: detail("needsValue"),
  valueLooksLikeOption: detail("valueLooksLikeOption"),
  givenTwice: detail("givenTwice"),
  doesNotApply: detail("doesNotApply"),
  badLang: detail("badLang"),
  needsFile: detail("needsFile"),
  oneFile: detail("oneFile"),
  badAsOf: detail("badAsOf"),
  badEncoding: detail("badEncoding"),
  encodingNeedsCsv: detail("encodingNeedsCsv"),
  rulesTakesNoFile: detail("rulesTakesNoFile"),
  rulesNeedsOne: detail("rulesNeedsOne"),
  unknownCommand: detail("unknownCommand"),
  macroAsXlsm: detail("macroAsXlsm"),
  outExtension: detail("outExtension"),
  formatNeedsXlsxOutput: detail("formatNeedsXlsxOutput"),
  escapeNeedsCsvOutput: detail("escapeNeedsCsvOutput"),
  formatNeedsWorkbook: detail("formatNeedsWorkbook"),
  formatWritesXlsx: detail("formatWritesXlsx"),
  explainWritesNothing: detail("explainWritesNothing"),
  needsOption: detail("needsOption"),
  outJson: detail("outJson"),
};
