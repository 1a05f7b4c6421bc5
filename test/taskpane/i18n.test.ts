/** The pane's language: picked from Office's display language, and every text present in each language. */
import { LANGS } from "../../src/engine";
import { paneLanguage, uiStrings } from "../../src/taskpane/i18n";

describe("the pane's language", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-Hant-TW", "zh-TW"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [undefined, "en"],
  ])("Office's %s gives %s", (tag, locale) => {
    expect(paneLanguage(tag)).toBe(locale);
  });

  test("every text is there in every language, and the Chinese ones are not left in English", () => {
    // Every argument a string: it stands for a count, a name or a list of names (a string is iterable).
    const render = (locale: (typeof LANGS)[number], key: string): string => {
      const value: unknown = uiStrings[locale][key as keyof (typeof uiStrings)["en"]];
      return typeof value === "function"
        ? String((value as (...args: unknown[]) => unknown)("X", "Y", "Z"))
        : JSON.stringify(value);
    };
    const keys = Object.keys(uiStrings.en).sort();
    const sameEverywhere = new Set(["languageNames"]); // language names
    for (const locale of LANGS) {
      expect(Object.keys(uiStrings[locale]).sort()).toEqual(keys);
      for (const key of keys) {
        expect(render(locale, key).trim()).not.toBe("");
        if (locale !== "en" && !sameEverywhere.has(key)) expect(render(locale, key)).not.toBe(render("en", key));
      }
    }
  });
});
