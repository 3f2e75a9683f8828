import type { Prisma } from "@zang/db";

/** What an upload answers with, however it arrived: POST /api/files or a finalized presigned upload. */
export const UPLOADED_FILE_SELECT = { id: true, originalName: true, size: true, contentType: true, sha256: true } satisfies Prisma.FileSelect;

export type UploadedFile = { id: string; originalName: string; size: number; contentType: string; sha256: string };

export const toUploadedFile = (row: Prisma.FileGetPayload<{ select: typeof UPLOADED_FILE_SELECT }>): UploadedFile => ({ ...row, size: Number(row.size) });
