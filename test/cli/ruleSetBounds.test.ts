/**
 * A rule set whose numbers would overflow a score is refused where rule sets are checked: by `rules --check`,
 * with every path, and by `grade --rules`, before anything is graded or written.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultRuleSetJson } from "../../src/engine";
import { runInProcess, tempDir } from "./support/cli";
import { SEED_HEADERS, SEED_ROWS, csvText } from "./support/workbooks";

const dir = tempDir("bounds");

/** The default rule set's JSON text with every `weight` written as `to` (as typed: "1e308", "1e400"). */
function everyWeight(to: string): { text: string; paths: string[] } {
  const paths: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}[${i}]`));
    else if (typeof node === "object" && node !== null)
      for (const [key, value] of Object.entries(node)) {
        const here = at === "" ? key : `${at}.${key}`;
        if (key === "weight") paths.push(here);
        else walk(value, here);
      }
  };
  const json = defaultRuleSetJson();
  walk(json, "");
  const text = JSON.stringify(json, null, 2).replace(/"weight": [0-9.]+/g, `"weight": ${to}`);
  return { text, paths };
}

describe.each(["1e308", "1e400"])("every weight at %s", (to) => {
  const { text, paths } = everyWeight(to);
  const rules = join(dir, `weights-${to}.rules.json`);
  writeFileSync(rules, text);

  test("rules --check lists each weight's path with the allowed range and exits 2", async () => {
    const check = await runInProcess(["rules", "--check", rules]);
    expect(check.code).toBe(2);
    const lines = check.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.slice(0, l.indexOf(": ")))).toEqual(paths);
    for (const line of lines)
      expect(line).toMatch(/: too big.*: a weight is 0 \(left out\) or from 0\.000001 to 1,000,000$/);
    expect(check.stderr).toMatch(new RegExp(`has ${paths.length} problem`));
    const chinese = await runInProcess(["rules", "--check", rules, "--lang", "zh-CN"]);
    expect(chinese.stdout).toContain(`${paths[0]}: 数值过大`);
    expect(chinese.stdout).toContain("权重应为 0（不计入），或在 0.000001 到 1,000,000 之间");
  });

  test("grade --rules refuses it before grading: exit 2, the paths on stderr, nothing written", async () => {
    const work = tempDir("bounds-grade");
    const input = join(work, "customers.csv");
    writeFileSync(input, csvText(SEED_HEADERS, SEED_ROWS));
    const before = readdirSync(work);
    const run = await runInProcess(["grade", input, "--rules", rules, "--out", join(work, "out.csv")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^The rule set .* has \d+ problem/);
    expect(run.stderr).toContain(`${paths[0]}: too big`);
    expect(run.stderr).not.toMatch(/Graded/);
    expect(readdirSync(work)).toEqual(before);
  });
});
