/**
 * Writes a zip package entry by entry to a file, with fflate's `Zip` as the container: parts copied
 * unchanged keep their stored bytes (so they are byte-identical and never recompressed), changed parts are
 * deflated by zlib, the big sheet part as a stream. fflate writes each entry's checksum and sizes after its
 * data (a data descriptor), so a streamed part needs no seeking back.
 */
import { closeSync, writeSync } from "node:fs";
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from "fflate";
import { createExclusive } from "../tempFiles";
import type { ZipEntry } from "./zipParts";

/** Zip's limit without zip64, which fflate does not write: for a part's sizes, offsets, and the part count. */
const LIMIT = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** The package or one of its parts needs zip64 (4 GB and over), which this writer does not write. */
export class ZipTooLargeError extends Error {
  constructor(what: string) {
    super(`${what} is larger than 4 GB`);
  }
}

export interface DosStamp {
  readonly time: number;
  readonly date: number;
}

/**
 * The MS-DOS time and date fields as the local time fflate turns back into the same fields (a date before
 * 1980 or with a zero month or day, which some writers leave, as 1980-01-01).
 */
function localTime({ time, date }: DosStamp): Date {
  const month = (date >> 5) & 15;
  const day = date & 31;
  if (month < 1 || month > 12 || day < 1) return new Date(1980, 0, 1);
  return new Date((date >> 9) + 1980, month - 1, day, time >> 11, (time >> 5) & 63, (time & 31) * 2);
}

/** An entry whose bytes are handed over already compressed, with their checksum and size. */
class PreparedEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  /** Set by `Zip.add`. */
  ondata!: AsyncFlateStreamHandler;
  readonly mtime: Date;

  constructor(
    readonly filename: string,
    readonly compression: number,
    stamp: DosStamp,
  ) {
    this.mtime = localTime(stamp);
  }

  push(chunk: Uint8Array, final: boolean): void {
    // fflate's types want an ArrayBuffer behind the bytes; a Buffer's is one (never a SharedArrayBuffer here).
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}

export class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private entries = 0;
  private readonly zip: Zip;

  /** Creates the file at `path`: refused (`EEXIST`) when anything, a link included, is there already. */
  constructor(path: string) {
    this.fd = createExclusive(path);
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      if (this.offset + chunk.length >= LIMIT) throw new ZipTooLargeError("the package");
      writeSync(this.fd, chunk);
      this.offset += chunk.length;
    });
  }

  private entry(name: string, method: number, stamp: DosStamp): PreparedEntry {
    if (++this.entries > MAX_ENTRIES) throw new ZipTooLargeError("the package");
    const entry = new PreparedEntry(name, method, stamp);
    this.zip.add(entry);
    return entry;
  }

  /** Copies an entry of the source zip as it is (its stored bytes and checksum). */
  copy(source: ZipEntry): void {
    const entry = this.entry(source.name, source.method, source);
    entry.crc = source.crc;
    entry.size = source.size;
    entry.push(source.raw, true);
  }

  /** Adds a part from its bytes, deflated. */
  add(name: string, data: Uint8Array, stamp: DosStamp): void {
    const entry = this.entry(name, 8, stamp);
    entry.crc = crc32(data);
    entry.size = data.length;
    entry.push(deflateRawSync(data, { level: 6 }), true);
  }

  /**
   * Adds a part whose text comes in pieces, as strings or as UTF-8 bytes (a sheet of a million rows never sits
   * in memory whole).
   */
  async addStream(name: string, pieces: AsyncIterable<string | Uint8Array>, stamp: DosStamp): Promise<void> {
    const entry = this.entry(name, 8, stamp);
    // Level 1: the sheet is most of the package and most of the writing time; level 6 saves ~10 % of size.
    const deflate = createDeflateRaw({ level: 1 });
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const done = new Promise<void>((resolve, reject) => {
      deflate.on("data", (chunk: Buffer) => {
        compressedSize += chunk.length;
        try {
          if (compressedSize >= LIMIT) throw new ZipTooLargeError(`part ${name}`);
          entry.push(chunk, false);
        } catch (error) {
          deflate.destroy(error as Error); // a throw in a stream's listener would escape every caller
        }
      });
      deflate.on("end", resolve);
      deflate.on("error", reject);
    });
    done.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    for await (const piece of pieces) {
      if (deflate.destroyed) break;
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (size >= LIMIT) {
        deflate.destroy(new ZipTooLargeError(`part ${name}`));
        break;
      }
      if (!deflate.write(bytes)) await Promise.race([new Promise((resolve) => deflate.once("drain", resolve)), done]);
    }
    deflate.end();
    await done;
    entry.crc = crc;
    entry.size = size;
    entry.push(new Uint8Array(0), true);
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    this.zip.end();
    closeSync(this.fd);
  }

  /** Closes without finishing (the caller removes the file). */
  abandon(): void {
    try {
      this.zip.terminate();
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}
