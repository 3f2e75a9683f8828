// Uploads stream straight into the file store (never whole in memory): POST /api/files with the
// raw bytes as the body and the name in X-File-Name. Downloads of API-served files go through
// short-lived signed links made by `files.downloadUrl`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { authenticate, isValidDownload, receiveUpload } from "@zang/core";
import { contentDisposition, FileNotFoundError, isFileRejectedError } from "@zang/storage";
import { bearerToken, type Services } from "@zang/trpc";

export const FILES_HTTP_PREFIX = "/api/files";

function sendError(res: ServerResponse, status: number, code: string, message: string) {
  if (!res.headersSent) res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ error: { code, message } }));
}

export async function handleFilesHttp({ services, req, res }: { services: Services; req: IncomingMessage; res: ServerResponse }): Promise<void> {
  const files = services.files;
  if (!files) return sendError(res, 503, "NOT_CONFIGURED", "File storage is not configured on this server.");
  const url = new URL(req.url ?? "/", "http://localhost");

  if (req.method === "POST" && url.pathname === FILES_HTTP_PREFIX) {
    const token = bearerToken(req, null);
    const viewer = token ? await authenticate({ db: services.db, token }) : null;
    if (!viewer) return sendError(res, 401, "UNAUTHORIZED", "Sign in to continue.");
    const declaredSize = req.headers["content-length"] ? Number(req.headers["content-length"]) : undefined;
    let declaredName: string;
    try {
      declaredName = decodeURIComponent(String(req.headers["x-file-name"] ?? ""));
    } catch {
      return sendError(res, 400, "bad_name", "The file name is not valid.");
    }
    try {
      const file = await receiveUpload({
        db: services.db,
        store: files.store,
        viewer,
        upload: {
          body: req,
          declaredName,
          ...(typeof req.headers["content-type"] === "string" ? { declaredType: req.headers["content-type"] } : {}),
          ...(declaredSize !== undefined && Number.isFinite(declaredSize) ? { declaredSize } : {}),
        },
      });
      res.writeHead(201, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(file));
    } catch (error) {
      if (isFileRejectedError(error)) {
        res.setHeader("connection", "close"); // the rest of a refused body is not worth reading
        return sendError(res, error.reason === "too_large" ? 413 : 400, error.reason, error.message);
      }
      throw error;
    }
    return;
  }

  const match = /^\/api\/files\/([0-9a-f-]{36})\/content$/.exec(url.pathname);
  if ((req.method === "GET" || req.method === "HEAD") && match) {
    const fileId = match[1]!;
    const expires = Number(url.searchParams.get("expires"));
    const signature = url.searchParams.get("signature") ?? "";
    if (!isValidDownload({ secret: files.linkSecret, fileId, expires, signature })) {
      return sendError(res, 403, "FORBIDDEN", "This download link is not valid or has expired. Open the file again from Zang.");
    }
    const file = await services.db.prisma.file.findUnique({ where: { id: fileId }, select: { storageKey: true, contentType: true, originalName: true } });
    if (!file) return sendError(res, 404, "NOT_FOUND", "This file does not exist.");
    try {
      const object = await files.store.openRead(file.storageKey);
      const inline = file.contentType === "application/pdf" || file.contentType.startsWith("image/");
      res.writeHead(200, {
        "content-type": file.contentType,
        "content-length": String(object.size),
        "content-disposition": contentDisposition(file.originalName, inline ? "inline" : "attachment"),
        "x-content-type-options": "nosniff",
        "cache-control": "private, max-age=300",
      });
      if (req.method === "HEAD") return void object.body.destroy();
      object.body.pipe(res);
    } catch (error) {
      if (error instanceof FileNotFoundError) return sendError(res, 404, "NOT_FOUND", "This file's contents are missing.");
      throw error;
    }
    return;
  }
  sendError(res, 404, "NOT_FOUND", "Not found");
}
