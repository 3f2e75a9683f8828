// Roster files over plain HTTP, for school admins (tRPC carries JSON, not file bodies):
//   POST /roster/imports?fileName=&dryRun=&skipInvalid=&resetCodes=   body: the .zip or .csv, streamed
//        to disk as it arrives (never held in memory), then imported in the background → 202 { jobId }
//   GET  /roster/imports/<jobId>/errors.csv?language=en|fa   the job's full error report, streamed from the database
//   GET  /roster/imports/<jobId>/login-codes.csv   the login-code sheet of new or reset accounts
// Authorization is the bearer token, as for tRPC; only admins, only their own school's jobs.
import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { AppError, authenticate, isAppError, type AppErrorCode, type Viewer } from "@zang/core";
import { DEFAULT_MAX_UPLOAD_BYTES, errorReportLines, requireRosterJob } from "@zang/roster";
import { bearerToken, type Services } from "@zang/trpc";
import { ZRosterErrorReportQuery, ZRosterUploadQuery } from "@zang/validators";

export const ROSTER_HTTP_PREFIX = "/roster/";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  NOT_CONFIGURED: 503,
};

const JOB_FILE = /^\/roster\/imports\/([0-9a-f-]{36})\/(errors|login-codes)\.csv$/;

export async function handleRosterHttp({
  services,
  req,
  res,
  onInternalError,
}: {
  services: Services;
  req: IncomingMessage;
  res: ServerResponse;
  onInternalError?: ((error: unknown, path: string | undefined) => void) | undefined;
}): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  try {
    const viewer = await schoolAdmin(services, req);
    if (req.method === "POST" && url.pathname === "/roster/imports") return await upload({ services, viewer, req, res, url });
    const file = JOB_FILE.exec(url.pathname);
    if (file && (req.method === "GET" || req.method === "HEAD")) {
      return file[2] === "errors" ? await errorReport({ services, viewer, jobId: file[1]!, url, res }) : await loginCodes({ services, viewer, jobId: file[1]!, res });
    }
    throw new AppError({ code: "NOT_FOUND", message: "Not found." });
  } catch (error) {
    if (!isAppError(error)) onInternalError?.(error, url.pathname);
    // An unread request body would be left on the connection: close it with the answer.
    if (!req.complete) res.setHeader("connection", "close");
    if (res.headersSent) return void res.destroy();
    res.writeHead(isAppError(error) ? STATUS[error.code] : 500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: isAppError(error) ? error.message : "Something went wrong on our side. Please try again." }));
    if (!req.complete) req.resume();
  }
}

async function schoolAdmin(services: Services, req: IncomingMessage): Promise<Viewer> {
  const token = bearerToken(req, null);
  const viewer = token ? await authenticate({ db: services.db, token }) : null;
  if (!viewer) throw new AppError({ code: "UNAUTHENTICATED", message: "Sign in to continue." });
  if (viewer.role !== "admin") throw new AppError({ code: "FORBIDDEN", message: "Only school administrators can do this." });
  return viewer;
}

async function upload({ services, viewer, req, res, url }: { services: Services; viewer: Viewer; req: IncomingMessage; res: ServerResponse; url: URL }) {
  if (!services.roster) throw new AppError({ code: "NOT_CONFIGURED", message: "Roster imports are not set up on this server." });
  const query = ZRosterUploadQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw new AppError({ code: "INVALID_INPUT", message: query.error.issues.map((issue) => issue.message).join(" ") });
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > DEFAULT_MAX_UPLOAD_BYTES) throw new AppError({ code: "PAYLOAD_TOO_LARGE", message: `Uploads are limited to ${DEFAULT_MAX_UPLOAD_BYTES / 1024 ** 2} MB.` });
  const { fileName, ...options } = query.data;
  const { jobId } = await services.roster.startUpload({ viewer, fileName, body: req, options });
  res.writeHead(202, { "content-type": "application/json" });
  res.end(JSON.stringify({ jobId }));
}

async function errorReport({ services, viewer, jobId, url, res }: { services: Services; viewer: Viewer; jobId: string; url: URL; res: ServerResponse }) {
  const query = ZRosterErrorReportQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw new AppError({ code: "INVALID_INPUT", message: "language must be en or fa." });
  await requireRosterJob({ db: services.db, viewer, jobId });
  res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="roster-errors-${jobId.slice(0, 8)}.csv"` });
  for await (const lines of errorReportLines({ db: services.db, jobId, locale: query.data.language })) {
    if (!res.write(lines)) await once(res, "drain");
  }
  res.end();
}

async function loginCodes({ services, viewer, jobId, res }: { services: Services; viewer: Viewer; jobId: string; res: ServerResponse }) {
  const sheet = await services.roster?.openLoginCodes({ viewer, jobId });
  if (!sheet) throw new AppError({ code: "NOT_FOUND", message: "This import has no login-code sheet (no new or reset accounts, or it is no longer kept)." });
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="login-codes-${jobId.slice(0, 8)}.csv"`,
    "cache-control": "no-store",
  });
  await pipeline(sheet, res);
}
