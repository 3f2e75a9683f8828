// Serves the built web client. Vite's hashed assets are immutable and cached for a year; any other
// path that is not a file gets index.html, so client-side routes survive a reload.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

export function createStaticHandler(rootDir: string) {
  const root = normalize(rootDir + sep);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const candidate = normalize(join(root, pathname));
    // normalize() resolves "..": anything that escapes the root falls back to index.html.
    const filePath = candidate.startsWith(root) && (await isFile(candidate)) ? candidate : join(root, "index.html");
    if (!(await isFile(filePath))) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("The web client is not built. Run `npm run build` (npm start does this for you).\n");
      return;
    }
    const isHashedAsset = filePath.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(filePath)] ?? "application/octet-stream",
      "cache-control": isHashedAsset ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") return void res.end();
    createReadStream(filePath).pipe(res);
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
