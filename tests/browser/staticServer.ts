/**
 * A tiny static file server for the built notebooks, bound to 127.0.0.1 on a free port.
 * Only GET and HEAD; paths are confined to the served folder.
 */
import {createServer, type Server} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize, resolve, sep} from "node:path";

/** Content types by file extension; anything else is served as application/octet-stream. */
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".yaml": "text/yaml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8"
};

/** A running server: its base URL (ending in `/`) and a way to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the files under `root` at http://127.0.0.1:<free port>/. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {"content-type": types[extname(file)] ?? "application/octet-stream"});
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, {"content-type": "text/plain"}).end(`not found: ${path}`);
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((ok, fail) => server.close((error) => (error ? fail(error) : ok())))
  };
}
