/**
 * Traditional Chinese headers read as Simplified, so one alias list serves zh-CN and zh-TW tables: "應收帳款餘額"
 * and "应收账款余额" are the same header. OpenCC's Taiwan → mainland character table does the conversion.
 */
import { Converter } from "opencc-js/t2cn";
import { hasNonAscii } from "../values/text";

let convert: ((text: string) => string) | undefined;

/**
 * The text in Simplified characters; 帐 becomes 账, the form accounting headers use on the mainland.
 * @example toSimplified("應收帳款") // "应收账款"
 */
export function toSimplified(text: string): string {
  if (!hasNonAscii(text)) return text;
  convert ??= Converter({ from: "tw", to: "cn" });
  return convert(text).replace(/帐/g, "账");
}
