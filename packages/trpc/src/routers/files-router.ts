import { AppError, findReadableFile, signDownload, DOWNLOAD_LINK_SECONDS } from "@zang/core";
import { ZId } from "@zang/validators";
import { z } from "zod";
import { authedProcedure, router } from "../trpc.ts";

export const filesRouter = router({
  /**
   * A short-lived link to a file the caller may read: a presigned bucket URL in production, or a
   * signed link to the API's own download route with the local store.
   */
  downloadUrl: authedProcedure.input(z.object({ fileId: ZId })).query(async ({ ctx, input }) => {
    const files = ctx.services.files;
    if (!files) throw new AppError({ code: "NOT_CONFIGURED", message: "File storage is not configured on this server." });
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
});
