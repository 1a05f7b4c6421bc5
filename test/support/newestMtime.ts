/** The newest modification time under a path (0 when it does not exist), for "is this build older than its sources". */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}
