/**
 * The same scorecard as the default rule set with the annual amount in fixed bands (`fixedBandRules.ts`), for
 * the bench table's columns, written the way an analyst would in Excel: one IFS per dimension in helper
 * columns, SUMPRODUCT for the weighted score, IFS and the hard-rule caps for the grade. Evaluated by
 * HyperFormula, so the engine can be compared with the formula route on the same rows.
 */
import { HyperFormula } from "hyperformula";
import type { Table } from "../src/engine";
import { BENCH_AS_OF } from "./tables";

/** Weights of the dimensions the bench table feeds: volume, yield, safety, future, cooperation, transport, financial. */
const WEIGHTS = [20, 15, 15, 10, 15, 10, 10];

/** The nine formula cells (points of each dimension, the score, the grade) right of data row `r`'s 13 columns (A–M → N–V). */
export function rowFormulas(r: number): string[] {
  const c = (col: string) => `${col}${r}`;
  const band = (cell: string, bands: [number, number][], otherwise: number) =>
    `IFS(${bands.map(([at, p]) => `${cell}>=${at},${p}`).join(",")},TRUE(),${otherwise})`;
  const words = (cell: string, list: [string, number][]) =>
    list.reduceRight((acc, [word, p]) => `IF(ISNUMBER(SEARCH("${word}",${cell})),${p},${acc})`, "NA()");
  const volume = band(
    c("B"),
    [
      [2000000, 100],
      [1000000, 85],
      [500000, 70],
      [200000, 50],
      [50000, 30],
      [0, 10],
    ],
    0,
  );
  const yieldPts = band(
    c("C"),
    [
      [0.25, 100],
      [0.18, 80],
      [0.12, 60],
      [0.06, 35],
      [0, 10],
    ],
    0,
  );
  const onTime = `MAX(0,MIN(100,(${c("D")}-0.6)/0.4*100))`;
  const overdue = band(
    c("E"),
    [
      [91, 0],
      [61, 25],
      [31, 50],
      [1, 80],
      [0, 100],
    ],
    100,
  );
  const usage = `IF(${c("G")}>0,${band(
    `${c("F")}/${c("G")}`,
    [
      [1.2, 0],
      [1, 20],
      [0.8, 50],
      [0.5, 80],
      [0, 100],
    ],
    100,
  )},NA())`;
  const safety = `(2*${onTime}+2*${overdue}+${usage})/5`;
  const future = words(c("J"), [
    ["高", 100],
    ["中", 60],
    ["低", 20],
  ]);
  const years = band(
    `MAX(0,(${BENCH_AS_OF}-${c("H")})/365.25)`,
    [
      [5, 100],
      [3, 80],
      [1, 55],
      [0, 30],
    ],
    30,
  );
  const coopWords = words(c("K"), [
    ["长期合作", 100],
    ["偶尔合作", 40],
  ]);
  const complaints = band(
    c("L"),
    [
      [6, 10],
      [3, 40],
      [1, 75],
      [0, 100],
    ],
    100,
  );
  const cooperation = `(2*${years}+2*${coopWords}+${complaints})/5`;
  const transport = band(
    c("M"),
    [
      [52, 100],
      [24, 85],
      [12, 65],
      [4, 35],
      [1, 15],
    ],
    0,
  );
  const financial = words(c("K"), [
    ["良好", 100],
    ["一般", 55],
    ["较差", 20],
  ]);
  const score = `ROUND(SUMPRODUCT(N${r}:T${r},{${WEIGHTS.join(",")}})/${WEIGHTS.reduce((a, b) => a + b, 0)},1)`;
  // Hard rules as caps on the grade's position: overdue unpaid balance → C, over the credit limit → B, no
  // margin → B, stale → C.
  const fromScore = `IFS(U${r}>=80,1,U${r}>=50,2,U${r}>=30,3,TRUE(),4)`;
  const caps =
    `IF(AND(${c("E")}>90,${c("F")}>0),3,1),IF(${c("F")}>${c("G")},2,1),IF(${c("C")}<=0,2,1),` +
    `IF(${BENCH_AS_OF}-${c("I")}>365,3,1)`;
  const grade = `CHOOSE(MAX(${fromScore},${caps}),"A","B","C","D")`;
  return [volume, yieldPts, safety, future, cooperation, transport, financial, score, grade].map((f) => `=${f}`);
}

export interface FormulaRun {
  readonly scores: number[];
  readonly grades: string[];
}

/** Builds the sheet (data + formulas) and reads back every score and grade. */
export function gradeWithFormulas(table: Table): FormulaRun {
  const sheet = table.rows.map((row, i) => [...row.map((v) => (v === undefined ? null : v)), ...rowFormulas(i + 1)]);
  const hf = HyperFormula.buildFromArray(sheet as (string | number | boolean | null)[][], {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    maxRows: 1_048_576, // Excel's limit; HyperFormula's default stops at 40,000
  });
  const scores: number[] = [];
  const grades: string[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    scores.push(hf.getCellValue({ sheet: 0, row: r, col: 20 }) as number);
    grades.push(hf.getCellValue({ sheet: 0, row: r, col: 21 }) as string);
  }
  hf.destroy();
  return { scores, grades };
}
