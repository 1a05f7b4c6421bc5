/** A written package's parts read with another zip reader than the command line's (fflate's). */
import { unzipSync } from "fflate";

/** Every part of a package, in the order of its central directory, with its uncompressed bytes. */
export function zipParts(zip: Uint8Array): Map<string, Buffer> {
  const files = unzipSync(zip);
  return new Map(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
}

/** One part's text ("" when the package has no such part). */
export function zipPartText(zip: Uint8Array, name: string): string {
  return zipParts(zip).get(name)?.toString("utf8") ?? "";
}
