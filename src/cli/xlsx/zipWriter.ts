/**
 * Writes a zip package entry by entry to a file: parts copied unchanged keep their compressed bytes (so they
 * are byte-identical), changed parts are deflated, the big sheet part as a stream.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./zipParts";

interface Written {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  readonly time: number;
  readonly date: number;
}

const LIMIT = 0xffffffff;

/** The package or one of its parts needs zip64 (4 GB and over), which this writer does not write. */
export class ZipTooLargeError extends Error {
  constructor(what: string) {
    super(`${what} is larger than 4 GB`);
  }
}

export class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: Written[] = [];

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  private write(bytes: Uint8Array): void {
    if (this.offset + bytes.length >= LIMIT) throw new ZipTooLargeError("the package");
    writeSync(this.fd, bytes);
    this.offset += bytes.length;
  }

  private localHeader(
    name: Buffer,
    method: number,
    crc: number,
    compressed: number,
    size: number,
    time: number,
    date: number,
  ): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressed, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    return header;
  }

  /** Copies an entry of the source zip as it is (its compressed bytes and checksum). */
  copy(entry: ZipEntry, compressed: Buffer): void {
    const name = Buffer.from(entry.name, "utf8");
    const e: Written = {
      name,
      method: entry.method,
      crc: entry.crc,
      compressedSize: compressed.length,
      size: entry.size,
      offset: this.offset,
      time: entry.time,
      date: entry.date,
    };
    this.write(this.localHeader(name, e.method, e.crc, e.compressedSize, e.size, e.time, e.date));
    this.write(name);
    this.write(compressed);
    this.entries.push(e);
  }

  /** Adds a part from its bytes, deflated. */
  add(entryName: string, data: Uint8Array, stamp: { time: number; date: number }): void {
    const name = Buffer.from(entryName, "utf8");
    const compressed = deflateRawSync(data, { level: 6 });
    const e: Written = {
      name,
      method: 8,
      crc: crc32(data),
      compressedSize: compressed.length,
      size: data.length,
      offset: this.offset,
      time: stamp.time,
      date: stamp.date,
    };
    this.write(this.localHeader(name, 8, e.crc, e.compressedSize, e.size, e.time, e.date));
    this.write(name);
    this.write(compressed);
    this.entries.push(e);
  }

  /**
   * Adds a part whose text comes in pieces (a sheet of a million rows never sits in memory whole). The local
   * header is written first with sizes of 0 and patched when the part is done.
   */
  async addStream(
    entryName: string,
    pieces: AsyncIterable<string>,
    stamp: { time: number; date: number },
  ): Promise<void> {
    const name = Buffer.from(entryName, "utf8");
    const headerAt = this.offset;
    this.write(this.localHeader(name, 8, 0, 0, 0, stamp.time, stamp.date));
    this.write(name);
    // Level 1: the sheet is most of the package and most of the writing time; level 6 saves ~10 % of size.
    const deflate = createDeflateRaw({ level: 1 });
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const done = new Promise<void>((resolve, reject) => {
      deflate.on("data", (chunk: Buffer) => {
        try {
          this.write(chunk);
        } catch (error) {
          deflate.destroy(error as Error); // a throw in a stream's listener would escape every caller
        }
        compressedSize += chunk.length;
      });
      deflate.on("end", resolve);
      deflate.on("error", reject);
    });
    done.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    for await (const piece of pieces) {
      if (deflate.destroyed) break;
      const bytes = Buffer.from(piece, "utf8");
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await Promise.race([new Promise((resolve) => deflate.once("drain", resolve)), done]);
    }
    deflate.end();
    await done;
    if (size >= LIMIT || compressedSize >= LIMIT) throw new ZipTooLargeError(`part ${entryName}`);
    const patch = Buffer.alloc(12);
    patch.writeUInt32LE(crc >>> 0, 0);
    patch.writeUInt32LE(compressedSize, 4);
    patch.writeUInt32LE(size, 8);
    writeSync(this.fd, patch, 0, 12, headerAt + 14);
    this.entries.push({
      name,
      method: 8,
      crc,
      compressedSize,
      size,
      offset: headerAt,
      time: stamp.time,
      date: stamp.date,
    });
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(e.method, 10);
      header.writeUInt16LE(e.time, 12);
      header.writeUInt16LE(e.date, 14);
      header.writeUInt32LE(e.crc >>> 0, 16);
      header.writeUInt32LE(e.compressedSize, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt32LE(e.offset, 42);
      this.write(header);
      this.write(e.name);
    }
    if (this.entries.length > 0xffff) throw new ZipTooLargeError("the package");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    closeSync(this.fd);
  }

  /** Closes without finishing (the caller removes the file). */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}
