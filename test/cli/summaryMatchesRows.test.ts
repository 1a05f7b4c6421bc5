/**
 * The summary line agrees with the rows it reports: graded tables of several shapes, and the line's numbers
 * compared with a count over the rows as written (a row with a grade is graded, a blank row skipped, any other
 * row incomplete; the letters add up to the graded rows).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { CellValue } from "../../src/engine";
import { runInProcess, tempDir } from "./support/cli";
import { csvText } from "./support/workbooks";

const HEADERS = ["客户名称", "年交易额", "逾期天数", "准时付款率", "人工等级"];
const LETTERS = ["A", "B", "C", "D"];

const graded = (name: string, amount: number, overdue: number): CellValue[] => [name, amount, overdue, 0.95, ""];
const BLANK: CellValue[] = ["", "", "", "", ""];
const NAMELESS: CellValue[] = ["", 800_000, 0, 0.9, ""];
const NO_FIGURES: CellValue[] = ["只有名称", "", "", "", ""];

const SHAPES: readonly { readonly what: string; readonly rows: readonly CellValue[][] }[] = [
  {
    what: "every row graded",
    rows: [graded("甲", 2_500_000, 0), graded("乙", 400_000, 20), graded("丙", 20_000, 120)],
  },
  { what: "incomplete rows (no name, no figures)", rows: [graded("甲", 2_500_000, 0), NAMELESS, NO_FIGURES] },
  { what: "blank rows between", rows: [BLANK, graded("甲", 2_500_000, 0), BLANK, graded("乙", 400_000, 20), BLANK] },
  {
    what: "a manual grade on a row whose data is incomplete",
    rows: [["甲", "", "", "", "A"], NO_FIGURES],
  },
  { what: "a manual grade on a graded row", rows: [["甲", 20_000, 120, 0.6, "A"], graded("乙", 400_000, 20)] },
  {
    what: "every shape at once",
    rows: [
      graded("甲", 2_500_000, 0),
      BLANK,
      ["", 800_000, 0, 0.9, "B"],
      NAMELESS,
      ["乙", 20_000, 120, 0.6, "A"],
      NO_FIGURES,
      graded("丙", 400_000, 20),
      BLANK,
    ],
  },
];

interface Counted {
  readonly graded: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly incomplete: number;
  readonly skipped: number;
}

/** The numbers of "Graded 3 rows: A 1, B 1, C 1, D 0; 1 incomplete, 2 skipped; …". */
function numbersOfLine(line: string): Counted {
  const match = /^Graded (\d+) rows?: ([^;]*); (\d+) incomplete, (\d+) skipped;/.exec(line);
  if (!match) throw new Error(`not a summary line: ${line}`);
  const counts = Object.fromEntries(
    (match[2] ?? "").split(", ").map((part) => [part.split(" ")[0], Number(part.split(" ")[1])]),
  );
  return { graded: Number(match[1]), counts, incomplete: Number(match[3]), skipped: Number(match[4]) };
}

/** The same numbers counted over the written CSV: its grade column, and which rows are blank in the input's columns. */
function countOfRows(csv: string): Counted {
  const [header, ...rows] = parse(csv.replace(/^\uFEFF/, ""), { relaxColumnCount: true }) as string[][];
  const gradeColumn = header?.indexOf("客户等级") ?? -1;
  expect(gradeColumn).toBeGreaterThanOrEqual(HEADERS.length); // added beside the input's columns
  const counts: Record<string, number> = Object.fromEntries(LETTERS.map((l) => [l, 0]));
  let graded = 0;
  let skipped = 0;
  for (const row of rows) {
    const grade = row[gradeColumn] ?? "";
    if (grade !== "") {
      counts[grade] = (counts[grade] ?? 0) + 1;
      graded++;
    } else if (row.slice(0, HEADERS.length).every((cell) => cell === "")) skipped++;
  }
  return { graded, counts, incomplete: rows.length - graded - skipped, skipped };
}

const dir = tempDir("summary-rows");

test.each(SHAPES)("$what: the summary line's numbers are the rows' own", async ({ what, rows }) => {
  const name = what.replace(/[^a-z]+/g, "-");
  const input = join(dir, `${name}.csv`);
  const out = join(dir, `${name}.graded.csv`);
  writeFileSync(input, csvText(HEADERS, rows));
  const run = await runInProcess(["grade", input, "--out", out, "--lang", "en", "--as-of", "2026-11-22"]);
  expect(run.code).toBe(0);
  const line = numbersOfLine(run.stderr);
  expect(line).toEqual(countOfRows(readFileSync(out, "utf8")));
  expect(line.graded + line.incomplete + line.skipped).toBe(rows.length);
  expect(Object.values(line.counts).reduce((a, b) => a + b, 0)).toBe(line.graded);
});
