/**
 * Just enough of the zip format to read a workbook package: the central directory's entries, one entry's
 * bytes (whole, or as a stream of text for a big sheet). No dependency: ExcelJS's unzip is internal to it.
 */
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

/** Where the end-of-central-directory record starts (in the last 22 + 65,535 comment bytes), or -1. */
function endRecord(zip: Buffer): number {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= from; i--) if (zip.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Whether the zip uses zip64 (a package or part of 4 GB and over, or 65,535 parts and more), which is not read. */
export function isZip64(zip: Buffer): boolean {
  const eocd = endRecord(zip);
  return eocd >= 20 && zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR;
}

/** The entries of a zip, or `null` when the bytes are not a readable zip (truncated, damaged, zip64). */
export function zipEntries(zip: Buffer): ZipEntry[] | null {
  const eocd = endRecord(zip);
  if (eocd < 0) return null;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) return null; // zip64
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's bytes as stored (compressed), or `null` when its local header is damaged. */
export function zipEntryRaw(zip: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) return null;
  return zip.subarray(start, start + entry.compressedSize);
}

/** One entry's uncompressed bytes, or `null` when it cannot be read. */
export function zipEntryData(zip: Buffer, entry: ZipEntry): Buffer | null {
  const data = zipEntryRaw(zip, entry);
  if (data === null) return null;
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data);
  } catch {
    return null;
  }
  return null;
}

/** One entry's text in pieces, without inflating it whole (a million-row sheet is hundreds of MB of XML). */
export async function* zipEntryText(zip: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const data = zipEntryRaw(zip, entry);
  if (data === null) throw new Error(`damaged zip entry ${entry.name}`);
  const decoder = new StringDecoder("utf8");
  if (entry.method === 0) {
    yield decoder.write(data) + decoder.end();
    return;
  }
  const inflate = createInflateRaw();
  const CHUNK = 1 << 20;
  const feed = (async () => {
    for (let i = 0; i < data.length; i += CHUNK) {
      if (!inflate.write(data.subarray(i, i + CHUNK))) await new Promise((resolve) => inflate.once("drain", resolve));
    }
    inflate.end();
  })();
  for await (const chunk of inflate as AsyncIterable<Buffer>) yield decoder.write(chunk);
  await feed;
  const rest = decoder.end();
  if (rest) yield rest;
}
