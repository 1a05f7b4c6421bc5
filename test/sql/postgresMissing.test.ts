/**
 * Without PostgreSQL installed, a test that starts a server fails at once with what to install, and how
 * (test/support/postgres.ts, scripts/system-deps.cjs).
 */
import { startPostgres } from "../support/postgres";

jest.mock("../../scripts/system-deps.cjs", () => ({ machine: { postgresBinDir: () => undefined } }));

test("names the Debian package and the script that installs it", async () => {
  await expect(startPostgres()).rejects.toThrow(
    /PostgreSQL is not installed .*the Debian package postgresql\. `node scripts\/system-deps\.cjs` installs it/,
  );
});
