/** Arguments → typed options, and the language the analyst reads. */
import { parseArgs } from "../../src/cli/args";
import { languageFromEnv, messageLanguage } from "../../src/cli/lang";

const ok = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.value;
};
const refused = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`accepted ${argv.join(" ")}`);
  return parsed.error.message.en;
};

test("grade takes a file and every option, in either --name value or --name=value form", () => {
  expect(
    ok([
      "grade",
      "a.xlsx",
      "--table",
      "客户表",
      "--sheet=客户",
      "--rules",
      "r.json",
      "--out",
      "b.xlsx",
      "--json",
      "--lang",
      "zh-TW",
      "--force",
      "--as-of",
      "2026-11-22",
    ]),
  ).toEqual({
    kind: "grade",
    file: "a.xlsx",
    table: "客户表",
    sheet: "客户",
    rules: "r.json",
    out: "b.xlsx",
    json: true,
    force: true,
    format: false,
    lang: "zh-TW",
    asOf: 46348,
  });
  expect(ok(["grade", "a.csv"])).toEqual({ kind: "grade", file: "a.csv", json: false, force: false, format: false });
});

test("rules takes --export FILE or --check FILE, not both", () => {
  expect(ok(["rules", "--export", "r.json"])).toEqual({ kind: "rules-export", file: "r.json", force: false });
  expect(ok(["rules", "--check", "r.json", "--lang", "en"])).toEqual({
    kind: "rules-check",
    file: "r.json",
    lang: "en",
  });
  expect(refused(["rules", "--export", "a.json", "--check", "b.json"])).toContain(
    "rules needs one of --export FILE or --check FILE",
  );
  expect(refused(["rules"])).toContain("rules needs one of");
});

test("no command, help, -h and --help print the usage", () => {
  for (const argv of [[], ["help"], ["-h"], ["grade", "--help"]]) expect(ok(argv)).toEqual({ kind: "help" });
});

test.each([
  [["grade"], "grade needs a file"],
  [["grade", "a.xlsx", "b.xlsx"], "grade takes one file, not 2"],
  [["grade", "a.xlsx", "--lang", "fr"], '--lang must be zh-CN, zh-TW or en, not "fr"'],
  [["grade", "a.xlsx", "--as-of", "22/11/2026"], "--as-of must be a date as YYYY-MM-DD"],
  [["grade", "a.xlsx", "--table"], "--table needs a value"],
  [["grade", "a.xlsx", "--table", "A", "--table", "B"], "--table given twice"],
  [["grade", "a.xlsx", "--json=yes"], "--json takes no value"],
  [["grade", "a.xlsx", "--export", "x"], '--export does not apply to "grade"'],
  [["rules", "--check", "r.json", "--force"], '--force does not apply to "rules --check"'],
  [["grades", "a.xlsx"], 'unknown command "grades"'],
])("%j is refused: %s", (argv, message) => {
  expect(refused(argv)).toContain(message);
});

test.each([
  [{ LANG: "zh_CN.UTF-8" }, "zh-CN"],
  [{ LANG: "zh_TW.UTF-8" }, "zh-TW"],
  [{ LANG: "zh_HK.UTF-8" }, "zh-TW"],
  [{ LANG: "en_US.UTF-8" }, "en"],
  [{ LANG: "C.UTF-8" }, null],
  [{ LANG: "de_DE.UTF-8" }, null],
  [{}, null],
  [{ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" }, "zh-CN"],
  [{ LANG: "zh_CN.UTF-8", LC_MESSAGES: "en_GB.UTF-8" }, "en"],
])("the environment %j names %s", (env, lang) => {
  expect(languageFromEnv(env)).toBe(lang);
});

test("--lang, then the environment, then the table's language, then English", () => {
  expect(messageLanguage("en", "zh-CN", "zh-TW")).toBe("en");
  expect(messageLanguage(undefined, "zh-CN", "zh-TW")).toBe("zh-CN");
  expect(messageLanguage(undefined, null, "zh-TW")).toBe("zh-TW");
  expect(messageLanguage(undefined, null, undefined)).toBe("en");
});

test("format takes one .xlsx and the options that choose the table, the rules and the output; grade takes --format", () => {
  expect(
    ok([
      "format",
      "a.xlsx",
      "--table",
      "客户表",
      "--sheet",
      "客户",
      "--rules",
      "r.json",
      "--out",
      "b.xlsx",
      "--force",
      "--lang",
      "en",
    ]),
  ).toEqual({
    kind: "format",
    file: "a.xlsx",
    table: "客户表",
    sheet: "客户",
    rules: "r.json",
    out: "b.xlsx",
    force: true,
    lang: "en",
  });
  expect(ok(["format", "a.xlsx"])).toEqual({ kind: "format", file: "a.xlsx", force: false });
  expect(ok(["grade", "a.xlsx", "--format"])).toMatchObject({ kind: "grade", format: true });
  expect(refused(["format", "a.xlsx", "--as-of", "2026-11-22"])).toContain('--as-of does not apply to "format"');
  expect(refused(["format", "a.xlsx", "b.xlsx"])).toContain("format takes one file, not 2");
  expect(refused(["rules", "--export", "r.json", "--format"])).toContain('--format does not apply to "rules --export"');
});

test("fit takes one table, --grades and --out (.json), and the options that choose the table, the rules and the date", () => {
  expect(
    ok([
      "fit",
      "a.csv",
      "--grades",
      "客户等级",
      "--rules",
      "start.json",
      "--out=fitted.JSON",
      "--as-of",
      "2026-11-22",
      "--encoding",
      "GB18030",
      "--json",
      "--force",
      "--lang",
      "zh-TW",
    ]),
  ).toEqual({
    kind: "fit",
    file: "a.csv",
    grades: "客户等级",
    rules: "start.json",
    out: "fitted.JSON",
    asOf: 46348,
    encoding: "gb18030",
    json: true,
    force: true,
    lang: "zh-TW",
  });
  expect(ok(["fit", "a.xlsx", "--grades", "Tier", "--out", "f.json", "--table", "T", "--sheet", "S"])).toEqual({
    kind: "fit",
    file: "a.xlsx",
    grades: "Tier",
    out: "f.json",
    table: "T",
    sheet: "S",
    json: false,
    force: false,
  });
  expect(refused(["fit", "a.csv", "--out", "f.json"])).toContain("fit needs --grades");
  expect(refused(["fit", "a.csv", "--grades", "Tier"])).toContain("fit needs --out");
  expect(refused(["fit", "a.csv", "--grades", "Tier", "--out", "f.xlsx"])).toContain("--out must end in .json");
  expect(refused(["fit", "--grades", "Tier", "--out", "f.json"])).toContain("fit needs a file");
  expect(refused(["fit", "a.csv", "b.csv", "--grades", "Tier", "--out", "f.json"])).toContain(
    "fit takes one file, not 2",
  );
  expect(refused(["fit", "a.csv", "--grades", "Tier", "--out", "f.json", "--format"])).toContain(
    '--format does not apply to "fit"',
  );
  expect(refused(["grade", "a.csv", "--grades", "Tier"])).toContain('--grades does not apply to "grade"');
});

test.each([
  [["grade", "a.xlsx", "--colour"]],
  [["grade"]],
  [["grade", "a.xlsx", "b.xlsx"]],
  [["grade", "a.xlsx", "--lang", "fr"]],
  [["grade", "a.xlsx", "--as-of", "22/11/2026"]],
  [["grade", "a.xlsx", "--table"]],
  [["grade", "a.xlsx", "--table", "A", "--table", "B"]],
  [["grade", "a.xlsx", "--json=yes"]],
  [["grade", "a.xlsx", "--export", "x"]],
  [["rules"]],
  [["rules", "x.json", "--check", "r.json"]],
  [["grades", "a.xlsx"]],
  [["fit", "a.csv", "--out", "f.json"]],
  [["fit", "a.csv", "--grades", "Tier"]],
  [["fit", "a.csv", "--grades", "Tier", "--out", "f.xlsx"]],
])("%j is refused in Chinese without English words (only command and option names, values and file names)", (argv) => {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error("accepted");
  for (const lang of ["zh-CN", "zh-TW"] as const) {
    const text = parsed.error.message[lang].replace(
      /--[a-z-]+|customer-grader|\b(?:grade|fit|sql|format|customers|rfm|rules|help)\b|zh-CN|zh-TW|\ben\b|YYYY-MM-DD|FILE|"[^"]*"|“[^”]*”|「[^」]*」|\S+\.(xlsx|json)/g,
      "",
    );
    expect({ lang, english: text.match(/[A-Za-z]{2,}/g) }).toEqual({ lang, english: null });
  }
});

test("a value that looks like an option is refused, unless written with =; after -- every argument is a file", () => {
  expect(refused(["grade", "a.xlsx", "--table", "--json"])).toContain(
    '--table needs a value, and "--json" is an option (if it is the value, write --table=--json)',
  );
  expect(refused(["rules", "--check", "--force"])).toContain('--check needs a value, and "--force" is an option');
  expect(ok(["grade", "a.xlsx", "--out=-x.xlsx"])).toMatchObject({ out: "-x.xlsx" });
  expect(ok(["grade", "a.xlsx", "--out", "-"])).toMatchObject({ out: "-" });
  expect(ok(["grade", "--", "--json"])).toEqual({
    kind: "grade",
    file: "--json",
    json: false,
    force: false,
    format: false,
  });
});

test("a short option other than -h is an unknown option, not a file name", () => {
  expect(refused(["grade", "a.xlsx", "-x"])).toContain("unknown option -x");
  expect(refused(["grade", "-hx", "a.xlsx"])).toContain("unknown option -x");
});

test.each([[["grade", "a.xlsx", "-x"]], [["grade", "a.xlsx", "--out", "-x.xlsx"]]])(
  "%j is refused in Chinese without English words too",
  (argv) => {
    const parsed = parseArgs(argv);
    if (parsed.ok) throw new Error("accepted");
    for (const lang of ["zh-CN", "zh-TW"] as const)
      expect(parsed.error.message[lang].replace(/--?[a-z-]+(=\S+)?|customer-grader|\S+\.xlsx/g, "")).not.toMatch(
        /[A-Za-z]{2,}/,
      );
  },
);
