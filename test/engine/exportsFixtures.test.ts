/** The committed export fixtures are exactly what `npm run fixtures:exports` writes: the generators are seeded. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateExports } from "../../scripts/exports/generate";
import { EXPORTS_DIR, EXPORT_FILES } from "../support/exports";

describe("the generated customer exports", () => {
  test("regenerating gives the committed files, byte for byte", async () => {
    const files = await generateExports();
    const generated = files.map((f) => f.name).sort();
    const committed = readdirSync(EXPORTS_DIR)
      .filter((name) => name !== "README.md")
      .sort();
    expect(committed).toEqual(generated);
    const differing = files
      .filter((f) => !Buffer.from(f.bytes).equals(readFileSync(join(EXPORTS_DIR, f.name))))
      .map((f) => f.name);
    expect(differing).toEqual([]);
  });

  test("every export the acceptance test grades has its truth file", async () => {
    const names = (await generateExports()).map((f) => f.name);
    for (const file of EXPORT_FILES) expect(names).toEqual(expect.arrayContaining([file, `${file}.truth.json`]));
  });
});
