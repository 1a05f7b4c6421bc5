/**
 * Property: any well-formed way of writing a sheet's XML (and its shared strings') reads the same cells,
 * and grading it writes the same outputs while keeping every other cell's element as it was written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { cellValue, sheetPieces } from "../../src/cli/xlsx/sheetXml";
import { parseSharedStrings } from "../../src/cli/xlsx/workbookPackage";
import { runInProcess, tempDir } from "./support/cli";
import { parseXml } from "./support/parts";
import { rawPackage } from "./support/rawPackage";
import { SEED_HEADERS, SEED_ROWS } from "./support/workbooks";
import {
  type ModelCell,
  type ModelRow,
  type SheetModel,
  columnName,
  modelValues,
  writeModel,
} from "./support/xmlRewrites";
import { seeded } from "../support/seeded";
import { zipPartText } from "./support/zipRead";

/** Text with what XML escapes, white space at the ends, Chinese, and what CDATA must split (`]]>`). */
const text = fc
  .array(
    fc.constantFrom(
      "a",
      "Z",
      "0",
      " ",
      "客",
      "户",
      "物流",
      "&",
      "<",
      ">",
      '"',
      "'",
      "]",
      "]]>",
      "\n",
      "\t",
      "\r",
      "😀",
      "é",
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(""));
const runs = fc.array(text, { minLength: 1, maxLength: 3 });

function cellArb(strings: number): fc.Arbitrary<ModelCell> {
  return fc.oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n): ModelCell => ({ kind: "n", value: n })),
    fc.integer({ min: 1, max: 99_999 }).map((n): ModelCell => ({ kind: "n", value: n / 100 })),
    fc.boolean().map((value): ModelCell => ({ kind: "b", value })),
    fc.integer({ min: 0, max: strings - 1 }).map((index): ModelCell => ({ kind: "s", index })),
    runs.map((r): ModelCell => ({ kind: "inline", runs: r })),
    text.map((t): ModelCell => ({ kind: "str", formula: 'CONCAT("a",B1)', text: t })),
  );
}

const model: fc.Arbitrary<SheetModel> = fc.array(runs, { minLength: 1, maxLength: 5 }).chain((strings) =>
  fc.record({
    strings: fc.constant(strings),
    rows: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }).chain((numbers) =>
      fc.tuple(
        ...[...numbers]
          .sort((a, b) => a - b)
          .map((row) =>
            fc
              .uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 5 })
              .chain((columns) =>
                fc.tuple(
                  ...[...columns]
                    .sort((a, b) => a - b)
                    .map((column) => cellArb(strings.length).map((cell) => ({ column, cell }))),
                ),
              )
              .map((cells): ModelRow => ({ row, cells })),
          ),
      ),
    ),
  }),
);

/** The text cut into pieces at random places, as a stream of inflated chunks would cut it. */
function chunks(xml: string, rng: () => number): string[] {
  const out: string[] = [];
  for (let at = 0; at < xml.length;) {
    const size = 1 + Math.floor(rng() * 40);
    out.push(xml.slice(at, at + size));
    at += size;
  }
  return out;
}

async function readCells(sheet: string, sharedStrings: string, rng: () => number): Promise<Map<string, unknown>> {
  const strings = parseSharedStrings(sharedStrings);
  const out = new Map<string, unknown>();
  for await (const piece of sheetPieces(chunks(sheet, rng))) {
    if (piece.kind !== "row") continue;
    for (const cell of piece.row.cells) out.set(`${columnName(cell.column)}${piece.row.row}`, cellValue(cell, strings));
  }
  return out;
}

test("any well-formed writing of a sheet reads the same cells and the same shared strings", async () => {
  await fc.assert(
    fc.asyncProperty(model, fc.integer(), async (m, seed) => {
      const rng = seeded(seed);
      const plain = writeModel(m, null);
      const rewritten = writeModel(m, rng);
      parseXml(rewritten.sheet.replace(/^\uFEFF/, "")); // well-formed, by another parser
      expect(parseSharedStrings(rewritten.sharedStrings)).toEqual(m.strings.map((r) => r.join("")));
      const expected = modelValues(m);
      expect(await readCells(plain.sheet, plain.sharedStrings, rng)).toEqual(expected);
      expect(await readCells(rewritten.sheet, rewritten.sharedStrings, rng)).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});

const dir = tempDir("xml-rewrites");
const grade = (argv: string[]) => runInProcess(["grade", ...argv, "--as-of", "2026-11-22", "--lang", "en"]);

/** The seed table (header row 1, three customers) as a model whose text is in inline strings. */
const seedModel: SheetModel = {
  strings: [["客户名称"]],
  rows: [SEED_HEADERS, ...SEED_ROWS].map((values, k) => ({
    row: k + 1,
    cells: values.map((v, i) =>
      k === 0 && i === 0
        ? { column: 1, cell: { kind: "s", index: 0 } as const }
        : { column: i + 1, cell: { kind: "inline", runs: [v] } as const },
    ),
  })),
};

test("grading any well-formed writing of a sheet gives the same grades and keeps every other cell's element", async () => {
  const plainInput = join(dir, "plain.xlsx");
  const plain = writeModel(seedModel, null);
  writeFileSync(
    plainInput,
    await rawPackage({ sheets: [{ name: "S1", xml: plain.sheet }], sharedStrings: plain.sharedStrings }),
  );
  const expected = await grade([plainInput, "--json", "--out", join(dir, "plain.graded.xlsx")]);
  expect(expected.code).toBe(0);
  const outputColumns = new Set(["G", "H", "I", "J", "K", "L"]); // 客户等级 (G), 备注 (H) and those appended
  await fc.assert(
    fc.asyncProperty(fc.integer(), async (seed) => {
      const written = writeModel(seedModel, seeded(seed));
      const input = join(dir, "rewritten.xlsx");
      const out = join(dir, "rewritten.graded.xlsx");
      writeFileSync(
        input,
        await rawPackage({ sheets: [{ name: "S1", xml: written.sheet }], sharedStrings: written.sharedStrings }),
      );
      const run = await grade([input, "--json", "--out", out, "--force"]);
      expect(run.stderr).toBe(expected.stderr.replace(plainInput, input).replace("plain.graded", "rewritten.graded"));
      expect(JSON.parse(run.stdout).rows).toEqual(JSON.parse(expected.stdout).rows);
      const sheet = zipPartText(readFileSync(out), "xl/worksheets/sheet1.xml");
      parseXml(sheet.replace(/^\uFEFF/, ""));
      // A cell without `r` in a rewritten row gets one, so only those with `r` are compared.
      const kept = [...written.cellXml].filter(
        ([ref, xml]) => !outputColumns.has(ref.replace(/\d+/, "")) && /^<c\s[^>]*\br\s*=/.test(xml),
      );
      expect(kept.length).toBeGreaterThan(0);
      for (const [, xml] of kept) expect(sheet).toContain(xml);
    }),
    { numRuns: 25 },
  );
});
