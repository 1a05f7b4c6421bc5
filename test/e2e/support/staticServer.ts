/** A static file server for a directory, on 127.0.0.1 and a port the system picks (tests and screenshots). */
import { type Stats, createReadStream, statSync } from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT/" */
  readonly origin: string;
  close(): Promise<void>;
}

export function serveDirectory(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? "/");
    if (file === null) {
      response.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    // One stat, no existsSync before it: the directory may change between two calls.
    const stats = statOrNull(file);
    if (!file.startsWith(root + sep) || !stats?.isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file)
      .on("error", () => response.destroy())
      .pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** The file a request path names under `root`, or null when the path is not valid percent-encoding. */
function fileFor(root: string, url: string): string | null {
  try {
    return normalize(join(root, decodeURIComponent(new URL(url, "http://localhost").pathname)));
  } catch {
    return null;
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
