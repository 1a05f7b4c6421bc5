/** What a file is, from its first bytes: the extension alone would call an encrypted .xlsx a workbook. */

export type FileKind = "zip" | "encrypted-office" | "legacy-office" | "other";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): legacy .xls, and the container Office wraps encrypted .xlsx files in. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

export function fileKind(bytes: Buffer): FileKind {
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, CFB)) {
    // An encrypted OOXML file stores its key data in a stream named "EncryptionInfo" (UTF-16 in the directory).
    return bytes.includes(Buffer.from("EncryptionInfo", "utf16le")) ? "encrypted-office" : "legacy-office";
  }
  return "other";
}
