/**
 * Spark SQL is not run here (no Spark on these machines): its compiled queries are checked by dt-sql-parser's
 * Spark SQL grammar, which a broken query fails. ClickHouse's output is not run either (Debian's clickhouse-server
 * 18.16 predates the CTEs and window functions the query uses); both are documented as untested.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { defaultRuleSet } from "../../src/engine";
import { compileSql } from "../../src/plan/sql";
import { EVERY_KIND_HEADERS, everyKindRuleSet } from "../support/everyKindRules";

interface SparkGrammar {
  validate(sql: string): readonly { readonly message: string }[];
}

let spark: SparkGrammar;
let dir: string;

/** dt-sql-parser ships ES modules without file extensions: bundled once as CommonJS, it loads in well under a second. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cg-spark-"));
  const outfile = join(dir, "spark.cjs");
  buildSync({
    entryPoints: [require.resolve("dt-sql-parser/dist/parser/spark/index.js")],
    bundle: true,
    format: "cjs",
    platform: "node",
    outfile,
    logLevel: "silent",
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle made above, outside jest's transforms
  const { SparkSQL } = require(outfile) as { SparkSQL: new () => SparkGrammar };
  spark = new SparkSQL();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The grammar takes a minute or more on a query this size (ANTLR's full-context prediction): one query, today's date.
test("the rule set using every kind compiles to Spark SQL the Spark grammar accepts", () => {
  const compiled = compileSql(everyKindRuleSet(), {
    dialect: "spark",
    table: "crm.customers",
    headers: EVERY_KIND_HEADERS,
  });
  if (!compiled.ok) throw new Error(compiled.error.map((p) => p.message.en).join("\n"));
  expect(spark.validate(compiled.value.sql)).toEqual([]);
}, 300_000);

test("the grammar check can fail: a query with a bracket missing is refused", () => {
  const compiled = compileSql(defaultRuleSet(), { dialect: "spark", table: "t", headers: EVERY_KIND_HEADERS });
  if (!compiled.ok) throw new Error("refused");
  const broken = compiled.value.sql.replace(/^WITH (\w+) AS \(/, "WITH $1 AS ");
  expect(broken).not.toBe(compiled.value.sql);
  expect(spark.validate(broken)).not.toEqual([]);
});

test("every dialect compiles the rule set using every kind", () => {
  for (const dialect of ["duckdb", "postgres", "clickhouse", "spark"] as const) {
    const compiled = compileSql(everyKindRuleSet(), { dialect, table: "t", headers: EVERY_KIND_HEADERS });
    expect(compiled.ok).toBe(true);
  }
});
