import { AppError, DOWNLOAD_LINK_SECONDS, finalizeUpload, findReadableFile, presignUpload, signDownload } from "@zang/core";
import { ZFinalizeUploadInput, ZId, ZPresignUploadInput } from "@zang/validators";
import { z } from "zod";
import type { Services } from "../context.ts";
import { authedProcedure, router } from "../trpc.ts";

function filesOf(services: Services): NonNullable<Services["files"]> {
  if (!services.files) throw new AppError({ code: "NOT_CONFIGURED", message: "File storage is not configured on this server." });
  return services.files;
}

export const filesRouter = router({
  /**
   * A short-lived link to a file the caller may read: a presigned bucket URL in production, or a
   * signed link to the API's own download route with the local store.
   */
  downloadUrl: authedProcedure.input(z.object({ fileId: ZId })).query(async ({ ctx, input }) => {
    const files = filesOf(ctx.services);
    const file = await findReadableFile({ db: ctx.services.db, viewer: ctx.viewer, fileId: input.fileId });
    const inline = file.contentType === "application/pdf" || file.contentType.startsWith("image/");
    const presigned = await files.store.presignDownload(file.storageKey, {
      filename: file.originalName,
      contentType: file.contentType,
      expiresInSeconds: DOWNLOAD_LINK_SECONDS,
      disposition: inline ? "inline" : "attachment",
    });
    if (presigned) return { url: presigned };
    const { expires, signature } = signDownload({ secret: files.linkSecret, fileId: file.id });
    return { url: `/api/files/${file.id}/content?expires=${expires}&signature=${signature}` };
  }),

  /** `{ url, method, headers, uploadId, expiresAt }` to PUT the bytes straight to the bucket, or null: POST /api/files instead. */
  presignUpload: authedProcedure
    .input(ZPresignUploadInput)
    .mutation(({ ctx, input }) => presignUpload({ db: ctx.services.db, store: filesOf(ctx.services).store, viewer: ctx.viewer, input })),

  /** Checks the bytes that arrived at the presigned URL and answers as POST /api/files does. */
  finalizeUpload: authedProcedure
    .input(ZFinalizeUploadInput)
    .mutation(({ ctx, input }) => finalizeUpload({ db: ctx.services.db, store: filesOf(ctx.services).store, viewer: ctx.viewer, input })),
});
