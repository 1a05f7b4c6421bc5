/** Which planted case a generated customer is: drawn by its size rank, as such cases fall in a real book. */
import type { Random } from "./random";

export type Case = "plain" | "overdue" | "loss" | "lapsed";

/**
 * The biggest tenth are mostly healthy (a few overdue or at a loss, as big accounts sometimes are, and never
 * lapsed: a customer who bought nothing this period is not among the biggest of it).
 */
export function drawCase(
  random: Random,
  rank: number,
  count: number,
  shares: { overdue: number; loss: number; lapsed: number },
): Case {
  const big = rank < count * 0.1;
  return random.weighted<Case>([
    ["overdue", big ? shares.overdue / 3 : shares.overdue],
    ["loss", big ? shares.loss / 3 : shares.loss],
    ["lapsed", big ? 0 : shares.lapsed],
    ["plain", 1 - shares.overdue - shares.loss - shares.lapsed],
  ]);
}
