/**
 * The PostgreSQL server the SQL tests run on (test/support/postgres.ts): a table with every column type and
 * Chinese headers reads back as loaded, the server speaks UTF8 and has NFKC, 100,000 rows load, and a server
 * leaves nothing behind: stopped, in a process that exits without stopping it, or in one that is killed.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInThisContext } from "node:vm";
import { type Cell, type Column, type PostgresServer, quoteIdentifier, startPostgres } from "../support/postgres";

const ROOT = resolve(__dirname, "../..");
/** Starting a server takes about a second here; a loaded 2-core machine may take many. */
const START_TIMEOUT = 120_000;
/** The process node runs (inside a test file `process` is jest's copy). */
const hostProcess = runInThisContext("process") as NodeJS.Process;

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
}, START_TIMEOUT);
afterAll(() => server?.stop());

/** Whether anything accepts a TCP connection on 127.0.0.1:port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

test("a table with every column type and Chinese headers reads back as loaded", async () => {
  const columns: Column[] = [
    { name: "行", type: "integer" },
    { name: "客户名称", type: "text" },
    { name: "近12个月运费 (元)", type: "double" },
    { name: "首次下单日期", type: "date" },
    { name: '是否 "VIP"', type: "boolean" },
  ];
  const rows: Cell[][] = [
    [1, "华东精密（上海）有限公司", 0.1 + 0.2, new Date(Date.UTC(2024, 1, 29)), true],
    [2, "Acme Logistics, Inc.", -1234.5678, "1999-12-31", false],
    [3, "", 5e-324, new Date(Date.UTC(1900, 0, 1)), null],
    [4, null, Number.MAX_VALUE, null, true],
    [5, 'quote " backslash \\ {braces,comma} NULL', null, "2025-01-01", false],
    [-2147483648, "最小整数", 1 / 3, "2024-06-30", true],
  ];
  await server.loadTable("客户 (原始)", columns, rows);

  const read = await server.query<Record<string, unknown>>(
    `SELECT * FROM ${quoteIdentifier("客户 (原始)")} ORDER BY 1`,
  );

  const asDate = (cell: Cell) => (typeof cell === "string" ? new Date(`${cell}T00:00:00Z`) : cell);
  const expected = [rows[5]!, ...rows.slice(0, 5)].map((row) =>
    Object.fromEntries(columns.map((c, i) => [c.name, c.type === "date" ? asDate(row[i]!) : row[i]])),
  );
  expect(read).toEqual(expected);
  expect(read[1]!["首次下单日期"]).toBeInstanceOf(Date);
  expect(Object.keys(read[0]!)).toEqual(columns.map((c) => c.name));
});

test("the server's encoding is UTF8 and it normalizes to NFKC", async () => {
  expect(await server.query("SHOW server_encoding")).toEqual([{ server_encoding: "UTF8" }]);
  expect(await server.query("SELECT normalize('ＡＢＣ，', NFKC) AS n")).toEqual([{ n: "ABC," }]);
});

test("several statements run as one script, the rows being the last one's", async () => {
  const rows = await server.query(
    "CREATE TEMP TABLE t (x integer); INSERT INTO t VALUES (1), (2); SELECT sum(x) FROM t",
  );
  expect(rows).toEqual([{ sum: 3 }]);
});

test("100,000 rows of 5 columns load", async () => {
  const columns: Column[] = [
    { name: "序号", type: "integer" },
    { name: "客户", type: "text" },
    { name: "金额", type: "double" },
    { name: "日期", type: "date" },
    { name: "有效", type: "boolean" },
  ];
  const rows = Array.from({ length: 100_000 }, (_, i): Cell[] => [
    i,
    `客户 ${i % 997}`,
    i / 8,
    new Date(Date.UTC(2024, 0, 1 + (i % 366))),
    i % 3 === 0,
  ]);
  await server.loadTable("大表", columns, rows);

  const [facts] = await server.query(
    `SELECT count(*) AS rows, sum("序号") AS ids, count(DISTINCT "客户") AS customers, sum("金额") AS amount,
       max("日期") AS last, count(*) FILTER (WHERE "有效") AS valid FROM "大表"`,
  );
  expect(facts).toEqual({
    rows: 100_000,
    ids: (99_999 * 100_000) / 2,
    customers: 997,
    amount: (99_999 * 100_000) / 2 / 8,
    last: new Date(Date.UTC(2024, 11, 31)),
    valid: 33_334,
  });
});

test("a name PostgreSQL would shorten is refused rather than cut", () => {
  expect(quoteIdentifier("近十二个月平均月度运费金额（元）")).toBe('"近十二个月平均月度运费金额（元）"');
  expect(() => quoteIdentifier("近十二个月平均每月发货总重量与总体积（千克）")).toThrow(/1 to 63 bytes.*this is 66/);
  expect(() => quoteIdentifier("")).toThrow(/cannot be a PostgreSQL identifier/);
});

test("a cell that does not fit its column names its row and column", async () => {
  const load = server.loadTable("坏表", [{ name: "数量", type: "integer" }], [[1], [2.5]]);
  await expect(load).rejects.toThrow('Row 1, column "数量" (integer): 2.5 is not an integer');
});

describe("a server leaves nothing behind", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pg-child-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts a server in a child node process, which then exits (without stopping it) or waits to be killed. */
  async function serverInChild(then: "exit" | "wait") {
    const script = join(dir, `${then}.ts`);
    writeFileSync(
      script,
      `import { startPostgres } from ${JSON.stringify(join(ROOT, "test/support/postgres"))};
void startPostgres().then((server) => {
  process.stdout.write(JSON.stringify({ dir: server.dir, port: server.config.port }) + "\\n");
  if (${JSON.stringify(then)} === "exit") process.exit(3);
});
`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const started = await new Promise<{ dir: string; port: number }>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (data: Buffer) => {
        out += data.toString();
        if (out.includes("\n")) resolve(JSON.parse(out) as { dir: string; port: number });
      });
      void exited.then((code) => reject(new Error(`the child exited (${code}) before its server started`)));
    });
    return { child, exited, started };
  }

  test(
    "when its process exits without stopping it",
    async () => {
      const { exited, started } = await serverInChild("exit");
      expect(await exited).toBe(3);
      expect(existsSync(started.dir)).toBe(false);
      expect(await accepts(started.port)).toBe(false);
    },
    START_TIMEOUT,
  );

  test(
    "when its process is killed (the next start stops it), and when it is stopped",
    async () => {
      const { child, exited, started } = await serverInChild("wait");
      child.kill("SIGKILL");
      await exited;
      // The killed process ran no handler, so its server is still up (unless a server starting in another
      // test file has already swept it: no assertion on that moment).
      const exitHandlers = hostProcess.listenerCount("exit");
      const second = await startPostgres();
      let afterStop: { handlers: number; dirLeft: boolean; portOpen: boolean };
      try {
        expect(existsSync(started.dir)).toBe(false);
        expect(await accepts(started.port)).toBe(false);
        // Its exit handler is on the process node runs, not on the copy jest gives a test file (never emitted).
        expect(hostProcess.listenerCount("exit")).toBe(exitHandlers + 1);
        expect(second.config.port).not.toBe(server.config.port);
        expect(second.dir).not.toBe(server.dir);
        expect(await second.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await second.stop();
        afterStop = {
          handlers: hostProcess.listenerCount("exit"),
          dirLeft: existsSync(second.dir),
          portOpen: await accepts(second.config.port),
        };
      }
      expect(afterStop).toEqual({ handlers: exitHandlers, dirLeft: false, portOpen: false });
      await second.stop();
      expect(await server.query("SELECT 2 AS two")).toEqual([{ two: 2 }]);
    },
    START_TIMEOUT,
  );
});
