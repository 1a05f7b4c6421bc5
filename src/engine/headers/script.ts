/**
 * Traditional Chinese headers read as Simplified, so one alias list serves zh-CN and zh-TW tables: "應收帳款餘額"
 * and "应收账款余额" are the same header. OpenCC's character tables do it: Taiwan's variants to the standard
 * Traditional forms, then Traditional to Simplified, character by character. OpenCC's phrase tables (most of its
 * size: 52 KB of the task pane's gzipped JavaScript for the preset, 21 KB for these two) change whole words
 * ("軟體" → "软件"), which headers do not need: their vocabulary is ours (`fields.ts`, `synonyms.ts`).
 */
import { ConverterFactory } from "opencc-js/core";
import TSCharacters from "opencc-js/dict/TSCharacters";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";
import { hasNonAscii } from "../values/text";

let convert: ((text: string) => string) | undefined;

/**
 * The text in Simplified characters; 帐 becomes 账, the form accounting headers use on the mainland.
 * @example toSimplified("應收帳款") // "应收账款"
 */
export function toSimplified(text: string): string {
  if (!hasNonAscii(text)) return text;
  convert ??= ConverterFactory([TWVariantsRev], [TSCharacters]);
  return convert(text).replace(/帐/g, "账");
}
