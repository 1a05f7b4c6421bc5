/** The e2e build is rebuilt when anything that shapes its bundles changes. */
import { DEMO_BUILD_INPUTS } from "./support/demoBuild";

it("counts the compiler settings and the locked package versions among the build's inputs", () => {
  // After `npm update` of Fluent UI only package-lock.json changes; tsconfig.json's target changes the output.
  expect(DEMO_BUILD_INPUTS).toEqual(
    expect.arrayContaining(["tsconfig.json", "package-lock.json", "package.json", "webpack.config.js", "src"]),
  );
});
