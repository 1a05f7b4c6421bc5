/** The temporary file the graded copy is written to never outlives the run, and is never named to the analyst. */
import { spawn } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeAtomically } from "../../src/cli/io";
import { ZipTooLargeError } from "../../src/cli/xlsx/zipWriter";
import { ROOT, runInProcess, tempDir } from "./support/cli";
import { SEED_HEADERS, SEED_ROWS, csvText } from "./support/workbooks";

test.each(["SIGINT", "SIGTERM"] as const)(
  "a run stopped by %s while writing leaves no temporary file, and dies of that signal",
  async (signal) => {
    const dir = tempDir("signal");
    const script = join(dir, "write.ts");
    // A write that is stopped half-way: the temp file exists, the rename has not happened.
    writeFileSync(
      script,
      `import { writeFileSync } from "node:fs";
import { writeAtomically } from ${JSON.stringify(join(ROOT, "src", "cli", "io"))};
void writeAtomically(${JSON.stringify(join(dir, "out.xlsx"))}, async (temp) => {
  writeFileSync(temp, "half");
  process.stdout.write("temp written\\n");
  await new Promise((resolve) => setTimeout(resolve, 60_000));
});
`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (d: Buffer) => d.toString().includes("temp written") && resolve()),
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_, s) => resolve(s)));
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(readdirSync(dir)).toEqual(["write.ts"]);
  },
  30_000,
);

test("a write that fails names the --out file, not the temporary one", async () => {
  const dir = tempDir("write-failed");
  writeFileSync(join(dir, "in.csv"), csvText(SEED_HEADERS, SEED_ROWS));
  const out = join(dir, "no-such-folder", "graded.xlsx");
  const run = await runInProcess(["grade", join(dir, "in.csv"), "--out", out, "--lang", "en"]);
  expect(run.code).toBe(2);
  const escaped = out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  expect(run.stderr).toMatch(
    new RegExp(`^Cannot write ${escaped} \\(ENOENT: no such file or directory, open '${escaped}'\\): check the folder`),
  );
  expect(run.stderr).not.toMatch(/\.tmp/);
});

test("a graded copy that would need zip64 (4 GB and over) is refused as too large (exit 2), and its temporary file removed", async () => {
  const dir = tempDir("too-large");
  const out = join(dir, "graded.xlsx");
  const refused = await writeAtomically(out, (temp) => {
    writeFileSync(temp, "part of it");
    throw new ZipTooLargeError("part xl/worksheets/sheet1.xml");
  });
  expect(refused?.code).toBe("too-large");
  expect(refused?.message.en).toBe(
    `The graded copy ${out} would be 4 GB or more (the file or one of its sheets), which the command line cannot write: split the customers into several smaller workbooks and grade each.`,
  );
  expect(readdirSync(dir)).toEqual([]);
});
