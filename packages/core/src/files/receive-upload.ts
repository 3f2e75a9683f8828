import type { Readable } from "node:stream";
import type { Db } from "@zang/db";
import { stageUpload, type FileStore } from "@zang/storage";
import type { Viewer } from "../viewer.ts";
import { placeStagedFile } from "./place-staged-file.ts";
import { recordUploadedFile } from "./record-file.ts";
import { UPLOAD_POLICY } from "./upload-policy.ts";
import type { UploadedFile } from "./uploaded-file.ts";

export type ReceivedUpload = { body: Readable; declaredName: string; declaredType?: string; declaredSize?: number };

/**
 * An upload through the API (POST /api/files): checked while it streams into the store, then
 * moved to its content key and recorded as the viewer's file. Throws the store's typed errors
 * (FileRejectedError for the user's file); nothing stays behind when it throws.
 */
export async function receiveUpload({ db, store, viewer, upload }: { db: Db; store: FileStore; viewer: Viewer; upload: ReceivedUpload }): Promise<UploadedFile> {
  const staged = await stageUpload({ store, ...upload, policy: UPLOAD_POLICY });
  const file = await placeStagedFile({ db, store, staged, record: (client, stored) => recordUploadedFile({ client, viewer, stored }) });
  return file!;
}
