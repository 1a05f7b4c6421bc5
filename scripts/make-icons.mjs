// Draws the add-in's icons and writes them to assets/ as PNG files: a green rounded square holding three
// white rising bars (customers ranked into grades). Pure Node: pixels are computed here and encoded with zlib.
// Run with `node scripts/make-icons.mjs`; the output is deterministic.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const assetsDir = fileURLToPath(new URL("../assets/", import.meta.url));

/** File name → edge length in pixels. */
const outputs = {
  "icon-16.png": 16,
  "icon-32.png": 32,
  "icon-64.png": 64,
  "icon-80.png": 80,
  "icon-128.png": 128,
  "logo-filled.png": 128,
};

const GREEN_TOP = [0x21, 0xa3, 0x66]; // Excel's lighter green
const GREEN_BOTTOM = [0x10, 0x7c, 0x41]; // Excel's brand green
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4; // per axis, for anti-aliased rounded corners

/** Whether the point (x, y) lies inside the rounded square [m, size - m]² with corner radius r. */
function insideRoundedSquare(x, y, size, m, r) {
  const lo = m;
  const hi = size - m;
  if (x < lo || x > hi || y < lo || y > hi) {
    return false;
  }
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Three bars on a common baseline, snapped to whole pixels so they stay crisp at 16 px. */
function barRects(size) {
  const width = Math.max(2, Math.round(size * 0.16));
  const gap = Math.max(1, Math.round(size * 0.07));
  const left = Math.floor((size - (3 * width + 2 * gap)) / 2);
  const baseline = Math.round(size * 0.78);
  return [0.26, 0.4, 0.54].map((height, i) => {
    const x0 = left + i * (width + gap);
    return { x0, x1: x0 + width, y0: baseline - Math.max(2, Math.round(size * height)), y1: baseline };
  });
}

/** RGBA pixels, row by row. */
function drawIcon(size) {
  const margin = size / 16;
  const radius = size * 0.2;
  const bars = barRects(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    const t = y / (size - 1);
    const green = GREEN_TOP.map((top, c) => Math.round(top + (GREEN_BOTTOM[c] - top) * t));
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const px = x + (sx + 0.5) / SUBSAMPLES;
          const py = y + (sy + 0.5) / SUBSAMPLES;
          if (insideRoundedSquare(px, py, size, margin, radius)) {
            covered++;
          }
        }
      }
      const onBar = bars.some((bar) => x >= bar.x0 && x < bar.x1 && y >= bar.y0 && y < bar.y1);
      const colour = onBar ? WHITE : green;
      const offset = (y * size + x) * 4;
      pixels[offset] = colour[0];
      pixels[offset + 1] = colour[1];
      pixels[offset + 2] = colour[2];
      pixels[offset + 3] = Math.round((255 * covered) / SUBSAMPLES ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file: 8-bit RGBA, no interlacing, filter type 0 on every row. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const rows = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    rows[y * (stride + 1)] = 0;
    rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(assetsDir, { recursive: true });
for (const [name, size] of Object.entries(outputs)) {
  const file = path.join(assetsDir, name);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
}
