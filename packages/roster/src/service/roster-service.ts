// Imports started from the web: an upload is streamed to disk (a zip has to be read from its end,
// and hundreds of megabytes must not sit in memory), then imported in the background while the
// admin watches the job's progress. The local copy under `workDir/<jobId>/` lives only while its
// import runs; what must outlast it — the upload, for a second run, and the login-code sheet — is
// kept in the file store (roster-files.ts), where every API process finds it, for RETENTION_MS.
import { createWriteStream } from "node:fs";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError, type Viewer } from "@zang/core";
import type { Db } from "@zang/db";
import type { FileStore } from "@zang/storage";
import { createImportJob } from "../job/import-jobs.ts";
import { runImport } from "../job/run-import.ts";
import { requireRosterJob } from "./job-views.ts";
import { rosterFiles } from "./roster-files.ts";

export type RosterService = {
  /** Streams an upload to disk and starts importing it; resolves once the file is stored. */
  startUpload(input: { viewer: Viewer; fileName: string; body: Readable; options: ImportOptions }): Promise<{ jobId: string }>;
  /** Imports a file uploaded for an earlier job again, e.g. for real after a dry run. */
  startFromJob(input: { viewer: Viewer; fromJobId: string; options: ImportOptions }): Promise<{ jobId: string }>;
  /** The login-code sheet of a job of the viewer's school, if it has one. */
  openLoginCodes(input: { viewer: Viewer; jobId: string }): Promise<Readable | null>;
  /** Removes the kept files of jobs older than the retention time; returns how many jobs had some. */
  removeExpiredFiles(): Promise<number>;
  /** Waits for the imports running in this process (shutdown, tests). */
  idle(): Promise<void>;
};

export type ImportOptions = { dryRun: boolean; skipInvalid: boolean; resetCodes: boolean };

export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** How long an import's upload and login-code sheet are kept. */
const RETENTION_MS = 7 * 24 * 3600 * 1000;
/** A local folder this old belongs to an import whose process was killed. */
const ABANDONED_FOLDER_MS = 24 * 3600 * 1000;
const UPLOAD = "upload";
const LOGIN_CODES = "login-codes.csv";

export function createRosterService({
  db,
  store,
  workDir,
  isEmbedded,
  maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES,
  onInternalError,
}: {
  db: Db;
  /** The platform's file store: where uploads and login-code sheets are kept for every process. */
  store: FileStore;
  /** Local scratch space for the import running in this process. */
  workDir: string;
  isEmbedded?: boolean;
  maxUploadBytes?: number;
  onInternalError?: (error: unknown) => void;
}): RosterService {
  const running = new Set<Promise<unknown>>();
  const files = rosterFiles(store);
  void removeAbandonedFolders(workDir);

  const jobDir = (jobId: string) => join(workDir, jobId);

  async function newJob(viewer: Viewer, fileName: string, options: ImportOptions, bytesTotal: number | null) {
    const admin = await db.prisma.user.findFirst({ where: { id: viewer.userId, schoolId: viewer.schoolId }, select: { username: true } });
    return createImportJob({
      db,
      job: { schoolId: viewer.schoolId, createdById: viewer.userId, actor: admin?.username ?? viewer.displayName, source: "web", fileName, ...options, bytesTotal },
    });
  }

  /** Imports the job's local upload in the background, keeping what must outlast the import. */
  function start(viewer: Viewer, jobId: string, fileName: string, options: ImportOptions) {
    const task = (async () => {
      const upload = join(jobDir(jobId), UPLOAD);
      // Alongside the import, which only reads the local copy; a failure only costs a second run.
      const keptUpload = files.keepUpload(jobId, upload).catch((error: unknown) => onInternalError?.(error));
      try {
        const school = await db.prisma.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { code: true } });
        await runImport({
          db,
          jobId,
          schoolId: viewer.schoolId,
          schoolCode: school.code,
          path: upload,
          displayName: fileName,
          ...options,
          loginCodesPath: join(jobDir(jobId), LOGIN_CODES),
          // Once the job shows as finished, its upload and sheet are there for any process.
          beforeCommit: async ({ loginCodesSheet }) => {
            await keptUpload;
            if (loginCodesSheet) await files.keepLoginCodes(jobId, loginCodesSheet);
          },
          ...(isEmbedded === undefined ? {} : { isEmbedded }),
          ...(onInternalError ? { onInternalError } : {}),
        });
      } finally {
        await keptUpload;
        await rm(jobDir(jobId), { recursive: true, force: true });
      }
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
      // Fetched before the job exists, so an upload no longer kept leaves no job behind.
      const scratch = join(workDir, `fetch-${randomUUID()}`);
      await mkdir(scratch, { recursive: true });
      try {
        const size = await files.fetchUpload(from.id, join(scratch, UPLOAD));
        if (size === null) throw new AppError({ code: "NOT_FOUND", message: "That upload is no longer kept: upload the file again." });
        const jobId = await newJob(viewer, from.fileName, options, size);
        await rename(scratch, jobDir(jobId));
        // Kept again under the new job, so that it can in turn be imported again.
        start(viewer, jobId, from.fileName, options);
        return { jobId };
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },

    async openLoginCodes({ viewer, jobId }) {
      const job = await requireRosterJob({ db, viewer, jobId });
      return job.loginCodeCount === 0 ? null : files.openLoginCodes(job.id);
    },

    async removeExpiredFiles() {
      const byJob = await files.listByJob();
      if (byJob.size === 0) return 0;
      const { rows } = await db.pool.query<{ id: string }>(
        `SELECT id::text FROM "RosterImportJob" WHERE id = ANY($1::uuid[]) AND "createdAt" > now() - make_interval(secs => $2)`,
        [[...byJob.keys()], RETENTION_MS / 1000],
      );
      for (const { id } of rows) byJob.delete(id);
      for (const keys of byJob.values()) for (const key of keys) await files.delete(key);
      return byJob.size;
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

async function removeAbandonedFolders(workDir: string): Promise<void> {
  const entries = await readdir(workDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(workDir, entry.name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > ABANDONED_FOLDER_MS) await rm(path, { recursive: true, force: true }).catch(() => {});
  }
}
