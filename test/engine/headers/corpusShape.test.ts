/**
 * The development sets of the header corpus (test/fixtures/headers/corpus.dev.json and corpus.dev2.json, README
 * there) are well formed: every field is a known field id or null, no source repeats a header, and each is big and
 * varied enough to tune on. A header may be marked `"contextOnly": true` (its neighbouring columns decide it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/**
 * The field ids a header may be labelled with, copied from the field list of the work item (not from the engine,
 * so that a field renamed in the engine shows up here as a corpus to relabel, not as a silently changed test).
 */
const FIELD_IDS = [
  "customerName",
  "customerId",
  "accountManager",
  "contact",
  "phone",
  "address",
  "industry",
  "region",
  "segment",
  "transportNeeds",
  "cargoType",
  "volume",
  "frequency",
  "orderCount",
  "destination",
  "servicePreferences",
  "cooperationStatus",
  "financialStatus",
  "month1",
  "month2",
  "month3",
  "month4",
  "month5",
  "month6",
  "month7",
  "month8",
  "month9",
  "month10",
  "month11",
  "month12",
  "annualAmount",
  "profit",
  "grossMargin",
  "onTimePaymentRate",
  "overdueDays",
  "outstandingBalance",
  "overdueAmount",
  "unbilledAmount",
  "creditLimit",
  "ageingCurrent",
  "ageing1to30",
  "ageing31to60",
  "ageing61to90",
  "ageingOver90",
  "ageingOver180",
  "ageingOver365",
  "relationshipStart",
  "lastTransaction",
  "potential",
  "industryStanding",
  "contractSigned",
  "complaints",
  "manualGrade",
  "grade",
  "score",
  "remark",
] as const;

const LANGUAGES = ["zh-CN", "zh-TW", "en"] as const;

const nonBlank = z
  .string()
  .min(1)
  .refine((text) => text.trim() === text, "no leading or trailing whitespace");

const corpusSchema = z.strictObject({
  description: nonBlank,
  sources: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id"),
      system: nonBlank,
      language: z.enum(LANGUAGES),
      where: nonBlank,
      // Any text here, so that an unknown field id fails only the test that names it.
      headers: z
        .array(
          z.strictObject({ header: nonBlank, field: z.string().nullable(), contextOnly: z.literal(true).optional() }),
        )
        .min(1),
    }),
  ),
});

function readSet(file: string) {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "headers", file), "utf8"));
  const parsed = corpusSchema.safeParse(raw);
  const sources = parsed.success ? parsed.data.sources : [];
  return { parsed, sources, headers: sources.flatMap((source) => source.headers) };
}

/** Each value that occurs more than once in the list. */
function repeated(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

describe.each(["corpus.dev.json", "corpus.dev2.json"])("the development header set %s", (file) => {
  const { parsed, sources, headers } = readSet(file);

  test("has the documented shape", () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test("labels every header with a field id of the list or null", () => {
    const known = new Set<string>(FIELD_IDS);
    const unknown = headers.filter((entry) => entry.field !== null && !known.has(entry.field));
    expect(unknown).toEqual([]);
  });

  test("names each source once", () => {
    expect(repeated(sources.map((source) => source.id))).toEqual([]);
  });

  test.each(sources.map((source) => [source.id, source] as const))("%s repeats no header", (_id, source) => {
    expect(repeated(source.headers.map((entry) => entry.header))).toEqual([]);
  });

  test("holds at least 260 headers from at least 14 sources", () => {
    expect(headers.length).toBeGreaterThanOrEqual(260);
    expect(sources.length).toBeGreaterThanOrEqual(14);
  });

  test("has sources in every language", () => {
    expect(new Set(sources.map((source) => source.language))).toEqual(new Set(LANGUAGES));
  });

  test("has headers that are none of our fields, and every field at least once", () => {
    expect(headers.filter((entry) => entry.field === null).length).toBeGreaterThan(0);
    const used = new Set<string | null>(headers.map((entry) => entry.field));
    expect(FIELD_IDS.filter((id) => !used.has(id))).toEqual([]);
  });
});

test("the two development sets share no source", () => {
  const ids = (file: string): string[] => readSet(file).sources.map((source) => source.id);
  const first = new Set(ids("corpus.dev.json"));
  expect(ids("corpus.dev2.json").filter((id) => first.has(id))).toEqual([]);
});
