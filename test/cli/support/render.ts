/**
 * Rendering workbooks as LibreOffice shows them: PDF with soffice (one call for many files, a fresh profile so
 * test files can run at once), the first page as PNG with pdftoppm (poppler-utils), and pixels to count.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tempDir } from "./cli";

export function libreOfficeToPdf(files: readonly string[], outDir: string): void {
  const profile = tempDir("lo-profile");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...files],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The first page of `pdf` as `<outBase>.png` (or `.ppm`, raw pixels to count), cut to `crop` (pixels at
 * `dpi`) if given; returns its path.
 */
export function firstPage(
  pdf: string,
  outBase: string,
  options: { dpi: number; format: "png" | "ppm"; crop?: Box },
): string {
  const { crop } = options;
  const cut = crop
    ? ["-x", String(crop.x), "-y", String(crop.y), "-W", String(crop.width), "-H", String(crop.height)]
    : [];
  // PPM is pdftoppm's default output; PNG takes a flag.
  const format = options.format === "png" ? ["-png"] : [];
  execFileSync(
    "pdftoppm",
    [...format, "-r", String(options.dpi), ...cut, "-f", "1", "-l", "1", "-singlefile", pdf, outBase],
    { stdio: "pipe", timeout: 60_000 },
  );
  return `${outBase}.${options.format}`;
}

interface Pixels {
  readonly width: number;
  readonly height: number;
  /** Offset of the first pixel. */
  readonly start: number;
  readonly bytes: Buffer;
}

function readPpm(ppmFile: string): Pixels {
  const bytes = readFileSync(ppmFile);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString("latin1", 0, 40));
  if (!header) throw new Error(`${ppmFile} is not a binary PPM`);
  return { width: Number(header[1]), height: Number(header[2]), start: header[0].length, bytes };
}

/**
 * The smallest box holding every pixel that is not white, with `margin` pixels around it.
 * @public scripts/sample-png.mjs requires this file by a computed path, which knip cannot follow.
 */
export function contentBox(ppmFile: string, margin: number): Box {
  const { width, height, start, bytes } = readPpm(ppmFile);
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      if (bytes[i] === 255 && bytes[i + 1] === 255 && bytes[i + 2] === 255) continue;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  if (right < 0) return { x: 0, y: 0, width, height };
  const x = Math.max(0, left - margin);
  const y = Math.max(0, top - margin);
  return { x, y, width: Math.min(width, right + margin + 1) - x, height: Math.min(height, bottom + margin + 1) - y };
}

/** A PNG's size from its header (IHDR); `null` when the file is no PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString("latin1", 1, 4) !== "PNG" || bytes.toString("latin1", 12, 16) !== "IHDR")
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many pixels of a binary PPM (P6, 8 bits) are exactly `#RRGGBB`. */
export function countColour(ppmFile: string, hex: string): number {
  const { start, bytes } = readPpm(ppmFile);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = start; i + 2 < bytes.length; i += 3)
    if (bytes[i] === r && bytes[i + 1] === g && bytes[i + 2] === b) count++;
  return count;
}
