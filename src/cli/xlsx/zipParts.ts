/**
 * A workbook package's zip read with yauzl: its entries and each one's stored (compressed) bytes, which the
 * writer copies unchanged; a part's text whole, or inflated piece by piece for a big sheet.
 */
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import * as yauzl from "yauzl";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (the only two a workbook package uses). */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** MS-DOS time and date fields, as written. */
  readonly time: number;
  readonly date: number;
  /** The entry's bytes as stored (compressed): a view of the package's buffer. */
  readonly raw: Buffer;
}

/** The zip uses zip64 (a package or part of 4 GB and over, or 65,535 parts and more) in a way yauzl cannot read. */
export class Zip64Error extends Error {}

/** The entries of a zip; `null` when the bytes are not a readable zip (truncated, damaged). */
export async function readZip(bytes: Buffer): Promise<ZipEntry[] | null> {
  try {
    return await entriesOf(bytes);
  } catch (error) {
    // A package of 4 GB or more cannot be read into memory: only its end records can be, and they say zip64.
    if (error instanceof Error && /zip64/i.test(error.message)) throw new Zip64Error(error.message);
    return null;
  }
}

function entriesOf(bytes: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: ZipEntry[] = [];
      zip.on("error", reject);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.isEncrypted()) return reject(new Error(`encrypted zip entry ${entry.fileName}`));
        zip.readLocalFileHeader(entry, { minimal: true }, (headerError, header) => {
          if (headerError) return reject(headerError);
          const start = header.fileDataStart;
          if (start + entry.compressedSize > bytes.length)
            return reject(new Error(`truncated zip entry ${entry.fileName}`));
          entries.push({
            name: entry.fileName,
            method: entry.compressionMethod,
            crc: entry.crc32,
            size: entry.uncompressedSize,
            time: entry.lastModFileTime,
            date: entry.lastModFileDate,
            raw: bytes.subarray(start, start + entry.compressedSize),
          });
          zip.readEntry();
        });
      });
      zip.readEntry();
    });
  });
}

/** One entry's uncompressed bytes, or `null` when they cannot be inflated or use another method. */
export function zipEntryData(entry: ZipEntry): Buffer | null {
  try {
    if (entry.method === 0) return entry.raw;
    if (entry.method === 8) return inflateRawSync(entry.raw);
  } catch {
    return null;
  }
  return null;
}

/** One entry's text in pieces, without inflating it whole (a million-row sheet is hundreds of MB of XML). */
export async function* zipEntryText(entry: ZipEntry): AsyncGenerator<string> {
  const data = entry.raw;
  const decoder = new StringDecoder("utf8");
  if (entry.method === 0) {
    yield decoder.write(data) + decoder.end();
    return;
  }
  if (entry.method !== 8) throw new Error(`zip entry ${entry.name} uses compression method ${entry.method}`);
  const inflate = createInflateRaw({ chunkSize: 1 << 16 }); // larger pieces than 64 KB keep more rows alive at once: more GC
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
