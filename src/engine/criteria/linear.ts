import { z } from "zod";
import type { CriterionKind } from "./kind";

const params = z
  .object({
    /** Value that scores 0 points. */
    from: z.number(),
    /** Value that scores 100 points; below `from` for scales where less is better. */
    to: z.number(),
  })
  .strict()
  .refine((c) => c.from !== c.to, { message: "from and to must differ", path: ["to"] });

export type LinearCriterion = z.infer<typeof params>;

/** A straight line from `from` (0 points) to `to` (100 points), clamped at both ends. */
export const linear = {
  kind: "linear" as const,
  params,
  input: "number",
  relativeToTable: false,
  describe: (c, lang) =>
    lang === "en"
      ? `${c.from} → 0, ${c.to} → 100, straight line between`
      : `${c.from}为0分，${c.to}为100分，之间按比例`,
  score: (c, column, out) => {
    const values = column.numbers();
    const span = c.to - c.from;
    for (let row = 0; row < values.length; row++) {
      const t = ((values[row] as number) - c.from) / span; // NaN stays NaN: missing
      out[row] = t <= 0 ? 0 : t >= 1 ? 100 : t * 100;
    }
  },
} satisfies CriterionKind<LinearCriterion>;
