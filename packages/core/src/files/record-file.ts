// The one place a File row is written. Every upload runs it, and the evening before a deadline a
// whole school uploads within minutes: plain SQL, without Prisma's compile step. Each new file
// is also marked pending (pending-files.ts), in the same statement, until something refers to it.
import type { PoolClient } from "pg";
import type { Viewer } from "../viewer.ts";
import type { UploadedFile } from "./uploaded-file.ts";

export type StoredFileInfo = { key: string; sha256: string; size: number; contentType: string; originalName: string };

type Queryable = Pick<PoolClient, "query">;

const INSERT_FILE = `INSERT INTO "File" ("schoolId", "uploadedById", "storageKey", sha256, size, "contentType", "originalName")`;
// Typed, so that the finalize can select them, only when its upload record ($8) is there.
const FILE_VALUES = `$1::uuid, $2::uuid, $3::text, $4::text, $5::bigint, $6::text, $7::text`;
const RETURNING_FILE = `RETURNING id, "originalName", size::float8 AS size, "contentType", sha256`;
const MARK_PENDING = `pending AS (INSERT INTO "PendingFile" ("fileId") SELECT id FROM file)`;

const RECORD_UPLOADED = `
WITH file AS (${INSERT_FILE} VALUES (${FILE_VALUES}) ${RETURNING_FILE}), ${MARK_PENDING}
SELECT * FROM file`;
const RECORD_FINALIZED = `
WITH file AS (${INSERT_FILE} SELECT ${FILE_VALUES} FROM "FileUpload" WHERE id = $8 ${RETURNING_FILE}), ${MARK_PENDING},
  linked AS (UPDATE "FileUpload" u SET "fileId" = file.id FROM file WHERE u.id = $8)
SELECT * FROM file`;

const params = (viewer: Viewer, stored: StoredFileInfo) => [viewer.schoolId, viewer.userId, stored.key, stored.sha256, stored.size, stored.contentType, stored.originalName];

/** Records a file that the store has accepted, as the viewer's upload. */
export async function recordUploadedFile({ client, viewer, stored }: { client: Queryable; viewer: Viewer; stored: StoredFileInfo }): Promise<UploadedFile> {
  const { rows } = await client.query<UploadedFile>(RECORD_UPLOADED, params(viewer, stored));
  return rows[0]!;
}

/**
 * The same, for a presigned upload ($8): the row and the upload's link to it in one statement, so
 * a retried finalize finds both or neither. Null (and no row) when the upload record is gone.
 */
export async function recordFinalizedFile({ client, viewer, stored, uploadId }: { client: Queryable; viewer: Viewer; stored: StoredFileInfo; uploadId: string }): Promise<UploadedFile | null> {
  const { rows } = await client.query<UploadedFile>(RECORD_FINALIZED, [...params(viewer, stored), uploadId]);
  return rows[0] ?? null;
}
