/**
 * The graded copy is written only where asked: its temporary files cannot be redirected by a symbolic link
 * planted beside the output, a link given as --out is an existing file, and what a killed run left is cleaned.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { writeCsvWorkbook } from "../../src/cli/csvWorkbook";
import { writeAtomically, writeText } from "../../src/cli/io";
import { tempPathFor } from "../../src/cli/tempFiles";
import { ZipWriter } from "../../src/cli/xlsx/zipWriter";
import { runInProcess, tempDir } from "./support/cli";
import { SEED_HEADERS, SEED_ROWS, csvText, tableWorkbook } from "./support/workbooks";

const VICTIM_TEXT = "someone else's file\n";
const TAG_A = "a".repeat(24);
const TAG_B = "b".repeat(24);

/** A folder with the seed table as CSV and .xlsx, and a file outside it that nobody asked to write. */
async function setUp(name: string): Promise<{ dir: string; victim: string; csv: string; xlsx: string }> {
  const dir = tempDir(name);
  const victim = join(tempDir(`${name}-elsewhere`), "victim.txt");
  writeFileSync(victim, VICTIM_TEXT);
  const csv = join(dir, "in.csv");
  writeFileSync(csv, csvText(SEED_HEADERS, SEED_ROWS));
  const xlsx = join(dir, "in.xlsx");
  writeFileSync(xlsx, await tableWorkbook(SEED_HEADERS, SEED_ROWS));
  return { dir, victim, csv, xlsx };
}

const isLink = (path: string): boolean => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
const isFile = (path: string): boolean => lstatSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

describe("a symbolic link planted at a temporary name is never written through", () => {
  // The names the writes went through before they were random: `.<out>.<pid>.tmp` and its `.plain.xlsx`.
  test.each([
    ["a CSV to CSV", "csv", "out.csv", [], ""],
    ["a CSV to .xlsx", "csv", "out.xlsx", [], ""],
    ["a CSV to .xlsx with --format (its intermediate copy)", "csv", "out.xlsx", ["--format"], ".plain.xlsx"],
    ["a workbook to .xlsx", "xlsx", "out.xlsx", [], ""],
    ["a workbook to .xlsx with --format", "xlsx", "out.xlsx", ["--format"], ""],
  ] as const)("grading %s, at the name it once used", async (_, input, outName, extra, suffix) => {
    const { dir, victim, csv, xlsx } = await setUp("planted-old-name");
    const out = join(dir, outName);
    const planted = join(dir, `.${outName}.${process.pid}.tmp${suffix}`);
    symlinkSync(victim, planted);
    const run = await runInProcess(["grade", input === "csv" ? csv : xlsx, "--out", out, ...extra, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe(VICTIM_TEXT);
    expect(isFile(out)).toBe(true);
    expect(readlinkSync(planted)).toBe(victim); // not ours: left where it was
  });

  test("rules --export, at the name it once used", async () => {
    const { dir, victim } = await setUp("planted-rules");
    const out = join(dir, "rules.json");
    symlinkSync(victim, join(dir, `.rules.json.${process.pid}.tmp`));
    expect((await runInProcess(["rules", "--export", out, "--lang", "en"])).code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe(VICTIM_TEXT);
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveProperty("grades");
  });

  test("a name with a link at it (dangling or not) is passed over for another random one", async () => {
    const { dir, victim } = await setUp("planted-random");
    const out = join(dir, "out.csv");
    symlinkSync(victim, tempPathFor(out, TAG_A));
    const tags = [TAG_A, TAG_B];
    const used: string[] = [];
    const refused = await writeAtomically(
      out,
      (temp) => {
        used.push(temp);
        writeText("graded\n")(temp);
      },
      { tag: () => tags.shift() ?? "c".repeat(24) },
    );
    expect(refused).toBeNull();
    expect(used).toEqual([tempPathFor(out, TAG_B)]);
    expect(readFileSync(out, "utf8")).toBe("graded\n");
    expect(readFileSync(victim, "utf8")).toBe(VICTIM_TEXT);
    expect(readlinkSync(tempPathFor(out, TAG_A))).toBe(victim);
  });

  test("a link that appears at the name after it was chosen makes the write fail, not follow it", async () => {
    const { dir, victim } = await setUp("planted-race");
    const out = join(dir, "out.csv");
    const refused = await writeAtomically(out, (temp) => {
      symlinkSync(victim, temp); // what a racing attacker would do between the choice and the open
      writeText("graded\n")(temp);
    });
    expect(refused?.code).toBe("write-failed");
    expect(refused?.message.en).toMatch(/EEXIST/);
    expect(readFileSync(victim, "utf8")).toBe(VICTIM_TEXT);
    expect(existsSync(out)).toBe(false);
    // The planted link stays (it is not the run's to remove); nothing else of the run is left.
    expect(readdirSync(dir).filter((f) => f.startsWith(".out.csv."))).toHaveLength(1);
  });

  test.each([
    ["the zip writer of an .xlsx copy", (path: string) => new ZipWriter(path).finish()],
    [
      "ExcelJS's writer of a CSV's .xlsx copy",
      (path: string) =>
        writeCsvWorkbook(
          path,
          "t",
          { headers: ["a"], rows: [["1"]] },
          { columns: { grade: 1, score: 2, remark: 3 }, toAdd: [] },
          [],
          new Map(),
        ),
    ],
    ["the text writer of a CSV", (path: string) => writeText("graded\n")(path)],
  ])("%s only creates its file: a link, dangling or not, or a file at the path is refused", async (_, write) => {
    const { dir, victim } = await setUp("exclusive");
    const toVictim = join(dir, "to-victim");
    const dangling = join(dir, "dangling");
    const existing = join(dir, "existing");
    symlinkSync(victim, toVictim);
    symlinkSync(join(dir, "nothing-here"), dangling);
    writeFileSync(existing, "kept");
    for (const path of [toVictim, dangling, existing]) {
      await expect(async () => await write(path)).rejects.toMatchObject({ code: "EEXIST" });
    }
    expect(readFileSync(victim, "utf8")).toBe(VICTIM_TEXT);
    expect(existsSync(join(dir, "nothing-here"))).toBe(false);
    expect(readFileSync(existing, "utf8")).toBe("kept");
  });

  test("temporary names are random, beside the output, and say whose they are", () => {
    const out = join("/data", "graded.csv");
    const a = tempPathFor(out);
    const b = tempPathFor(out);
    expect(a).not.toBe(b);
    expect(a).toMatch(new RegExp(`^/data/\\.graded\\.csv\\.cg-${process.pid}-[0-9a-f]{24}\\.tmp$`));
    expect(tempPathFor(out, TAG_A, 42)).toBe(`/data/.graded.csv.cg-42-${TAG_A}.tmp`);
  });
});

describe("a symbolic link given as --out", () => {
  test("dangling, is an existing file: refused without --force, nothing created at its target", async () => {
    const { dir, csv } = await setUp("dangling-out");
    const target = join(dir, "nowhere.csv");
    const out = join(dir, "out.csv");
    symlinkSync(target, out);
    const run = await runInProcess(["grade", csv, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `The output file ${out} already exists and was not overwritten: choose another name with --out, or add --force to replace it.\n`,
    );
    expect(readlinkSync(out)).toBe(target);
    expect(existsSync(target)).toBe(false);
  });

  test("dangling, with --force: the link itself is replaced by the graded copy, its target never written", async () => {
    const { dir, csv } = await setUp("dangling-force");
    const target = join(dir, "nowhere.csv");
    const out = join(dir, "out.csv");
    symlinkSync(target, out);
    const run = await runInProcess(["grade", csv, "--out", out, "--force", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(isLink(out)).toBe(false);
    expect(readFileSync(out, "utf8")).toMatch(/^\uFEFF客户名称,/);
    expect(existsSync(target)).toBe(false);
  });

  test("dangling, to rules --export: refused without --force too", async () => {
    const { dir } = await setUp("dangling-rules");
    const out = join(dir, "rules.json");
    symlinkSync(join(dir, "nowhere.json"), out);
    expect((await runInProcess(["rules", "--export", out, "--lang", "en"])).code).toBe(2);
    expect(existsSync(join(dir, "nowhere.json"))).toBe(false);
  });

  test("to an existing file, with --force: the link is replaced, the file it pointed to untouched", async () => {
    const { dir, victim, xlsx } = await setUp("link-force");
    const out = join(dir, "out.xlsx");
    symlinkSync(victim, out);
    expect((await runInProcess(["grade", xlsx, "--out", out, "--lang", "en"])).code).toBe(2);
    expect((await runInProcess(["grade", xlsx, "--out", out, "--force", "--lang", "en"])).code).toBe(0);
    expect(isFile(out)).toBe(true);
    expect(readFileSync(victim, "utf8")).toBe(VICTIM_TEXT);
  });

  test("to the input: refused as the input, even with --force", async () => {
    const { dir, csv } = await setUp("link-input");
    const out = join(dir, "out.csv");
    symlinkSync(csv, out);
    const run = await runInProcess(["grade", csv, "--out", out, "--force", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the input file/);
    expect(readFileSync(csv, "utf8")).toBe(csvText(SEED_HEADERS, SEED_ROWS));
  });
});

describe("a temporary file left by a killed run", () => {
  /** No process has this id (above every system's pid limit), so its writer is surely gone. */
  const GONE = 99_999_999;

  test("is removed by the next run writing the same output, which says so in the run's language", async () => {
    const { dir, victim, csv } = await setUp("leftover");
    const out = join(dir, "out.xlsx");
    const leftover = tempPathFor(out, TAG_A, GONE);
    const intermediate = `${tempPathFor(out, TAG_B, GONE)}.plain.xlsx`;
    writeFileSync(leftover, "half a workbook");
    writeFileSync(intermediate, "half a workbook");
    // Not this output's, not a whole match, still being written, or a link: all kept.
    const kept = [
      tempPathFor(join(dir, "other.xlsx"), TAG_A, GONE),
      `${tempPathFor(out, TAG_A, GONE)}.bak`,
      join(dir, `.out.xlsx.cg-${GONE}-${"A".repeat(24)}.tmp`),
      join(dir, `.out.xlsx.${GONE}.tmp`),
      join(dir, `out.xlsx.cg-${GONE}-${TAG_A}.tmp`),
      tempPathFor(out, TAG_A, process.ppid),
    ];
    for (const path of kept) writeFileSync(path, "not a leftover of this output");
    const link = tempPathFor(out, "c".repeat(24), GONE);
    symlinkSync(victim, link);

    const run = await runInProcess(["grade", csv, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    const said = run.stderr.split("\n").filter((line) => line.startsWith("Removed "));
    expect(said.sort()).toEqual(
      [leftover, intermediate]
        .map((path) => `Removed ${path}, a temporary file left behind by an earlier run that was stopped`)
        .sort(),
    );
    expect(existsSync(leftover) || existsSync(intermediate)).toBe(false);
    for (const path of kept) expect(readFileSync(path, "utf8")).toBe("not a leftover of this output");
    expect(readlinkSync(link)).toBe(victim);
    expect(readFileSync(victim, "utf8")).toBe(VICTIM_TEXT);
  });

  test.each([
    ["zh-CN", "已删除 {path}：这是之前一次被中断的运行留下的临时文件"],
    ["zh-TW", "已刪除 {path}：這是先前一次被中斷的執行留下的暫存檔"],
  ])("is reported in %s", async (lang, line) => {
    const { dir, csv } = await setUp(`leftover-${lang}`);
    const out = join(dir, "out.csv");
    const leftover = tempPathFor(out, TAG_A, GONE);
    writeFileSync(leftover, "half");
    const run = await runInProcess(["grade", csv, "--out", out, "--lang", lang]);
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n")[0]).toBe(line.replace("{path}", leftover));
    expect(readdirSync(dir).filter((f) => f.startsWith(`.${basename(out)}`))).toEqual([]);
  });
});
