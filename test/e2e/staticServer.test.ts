/** The tests' static server answers bad requests instead of crashing the jest worker. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type StaticServer, serveDirectory } from "./support/staticServer";

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "static-server-"));
  writeFileSync(join(root, "page.html"), "<p>hello</p>");
  server = await serveDirectory(root);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** GET with the raw path as given (fetch would normalise it). */
function statusOf(path: string): Promise<number> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

it("serves a file, answers 404 for a missing one and 400 for a malformed percent-encoding, and keeps serving", async () => {
  expect(await statusOf("/page.html")).toBe(200);
  expect(await statusOf("/missing.html")).toBe(404);
  expect(await statusOf("/%E0%A4%A")).toBe(400);
  expect(await statusOf("/../../etc/passwd")).toBe(404);
  expect(await statusOf("/page.html")).toBe(200);
});
