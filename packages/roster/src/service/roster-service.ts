// Imports started from the web: an upload is streamed to disk (a zip has to be read from its end,
// and hundreds of megabytes must not sit in memory), then imported in the background while the
// admin watches the job's progress. Each job has a folder under `workDir` with its upload and, once
// done, its login-code sheet. Folders older than RETENTION_MS are removed.
import { createWriteStream } from "node:fs";
import { link, mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError, type Viewer } from "@zang/core";
import type { Db } from "@zang/db";
import { createImportJob } from "../job/import-jobs.ts";
import { runImport } from "../job/run-import.ts";
import { requireRosterJob } from "./job-views.ts";

export type RosterService = {
  /** Streams an upload to disk and starts importing it; resolves once the file is stored. */
  startUpload(input: { viewer: Viewer; fileName: string; body: Readable; options: ImportOptions }): Promise<{ jobId: string }>;
  /** Imports a file uploaded for an earlier job again, e.g. for real after a dry run. */
  startFromJob(input: { viewer: Viewer; fromJobId: string; options: ImportOptions }): Promise<{ jobId: string }>;
  /** The login-code sheet of a job of the viewer's school, if it has one. */
  loginCodesPath(input: { viewer: Viewer; jobId: string }): Promise<string | null>;
  /** Waits for the imports running in this process (shutdown, tests). */
  idle(): Promise<void>;
};

export type ImportOptions = { dryRun: boolean; skipInvalid: boolean; resetCodes: boolean };

export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
const RETENTION_MS = 7 * 24 * 3600 * 1000;
const UPLOAD = "upload";
const LOGIN_CODES = "login-codes.csv";

export function createRosterService({
  db,
  workDir,
  isEmbedded,
  maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES,
  onInternalError,
}: {
  db: Db;
  workDir: string;
  isEmbedded?: boolean;
  maxUploadBytes?: number;
  onInternalError?: (error: unknown) => void;
}): RosterService {
  const running = new Set<Promise<unknown>>();
  void removeOldJobFolders(workDir);

  const jobDir = (jobId: string) => join(workDir, jobId);

  async function newJob(viewer: Viewer, fileName: string, options: ImportOptions, bytesTotal: number | null) {
    const admin = await db.prisma.user.findFirst({ where: { id: viewer.userId, schoolId: viewer.schoolId }, select: { username: true } });
    return createImportJob({
      db,
      job: { schoolId: viewer.schoolId, createdById: viewer.userId, actor: admin?.username ?? viewer.displayName, source: "web", fileName, ...options, bytesTotal },
    });
  }

  function start(viewer: Viewer, jobId: string, fileName: string, options: ImportOptions) {
    const task = (async () => {
      const school = await db.prisma.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { code: true } });
      await runImport({
        db,
        jobId,
        schoolId: viewer.schoolId,
        schoolCode: school.code,
        path: join(jobDir(jobId), UPLOAD),
        displayName: fileName,
        ...options,
        loginCodesPath: join(jobDir(jobId), LOGIN_CODES),
        ...(isEmbedded === undefined ? {} : { isEmbedded }),
        ...(onInternalError ? { onInternalError } : {}),
      });
    })().catch((error: unknown) => onInternalError?.(error));
    running.add(task);
    void task.finally(() => running.delete(task));
  }

  return {
    async startUpload({ viewer, fileName, body, options }) {
      const name = cleanFileName(fileName);
      const jobId = await newJob(viewer, name, options, null);
      await mkdir(jobDir(jobId), { recursive: true });
      const path = join(jobDir(jobId), UPLOAD);
      let bytes = 0;
      try {
        await pipeline(
          body,
          async function* limit(source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              bytes += chunk.length;
              if (bytes > maxUploadBytes) throw new AppError({ code: "PAYLOAD_TOO_LARGE", message: `Uploads are limited to ${Math.round(maxUploadBytes / 1024 ** 2)} MB.` });
              yield chunk;
            }
          },
          createWriteStream(path, { mode: 0o600 }),
        );
      } catch (error) {
        await rm(jobDir(jobId), { recursive: true, force: true });
        await db.prisma.rosterImportJob.update({ where: { id: jobId }, data: { status: "failed", phase: "done", finishedAt: new Date(), message: "The upload did not arrive whole." } });
        throw error;
      }
      await db.prisma.rosterImportJob.update({ where: { id: jobId }, data: { bytesTotal: bytes } });
      start(viewer, jobId, name, options);
      return { jobId };
    },

    async startFromJob({ viewer, fromJobId, options }) {
      const from = await requireRosterJob({ db, viewer, jobId: fromJobId });
      const source = join(jobDir(from.id), UPLOAD);
      const info = await stat(source).catch(() => null);
      if (!info) throw new AppError({ code: "NOT_FOUND", message: "That upload is no longer kept: upload the file again." });
      const jobId = await newJob(viewer, from.fileName, options, info.size);
      await mkdir(jobDir(jobId), { recursive: true });
      await link(source, join(jobDir(jobId), UPLOAD)); // the same bytes, not a copy
      start(viewer, jobId, from.fileName, options);
      return { jobId };
    },

    async loginCodesPath({ viewer, jobId }) {
      const job = await requireRosterJob({ db, viewer, jobId });
      if (job.loginCodeCount === 0) return null;
      const path = join(jobDir(job.id), LOGIN_CODES);
      return (await stat(path).catch(() => null)) ? path : null;
    },

    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

/** The name shown for an upload: no folders, no control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\x00-\x1f\x7f]/g, "").trim().slice(0, 200);
  return cleaned || "roster";
}

async function removeOldJobFolders(workDir: string): Promise<void> {
  const entries = await readdir(workDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(workDir, entry.name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > RETENTION_MS) await rm(path, { recursive: true, force: true }).catch(() => {});
  }
}
