/** The dev server (`npm start` on Linux, `npm run dev-server`) answers only this machine. */
import { resolve } from "node:path";

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<{ devServer?: { host?: string } }>;

it("the dev server listens on localhost only, not on every interface", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack does
  const factory = require(resolve(__dirname, "../../webpack.config.js")) as ConfigFactory;
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    const config = await factory({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(config.devServer?.host).toBe("localhost");
  } finally {
    log.mockRestore();
  }
});
