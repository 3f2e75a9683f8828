-- CreateTable
CREATE TABLE "PendingFile" (
    "fileId" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingFile_pkey" PRIMARY KEY ("fileId")
);

-- CreateIndex
CREATE INDEX "PendingFile_since_idx" ON "PendingFile"("since");

-- CreateIndex
CREATE INDEX "File_storageKey_idx" ON "File"("storageKey");

-- AddForeignKey
ALTER TABLE "PendingFile" ADD CONSTRAINT "PendingFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Uploads from before this migration that nothing refers to: checked like any other, counted from their upload.
INSERT INTO "PendingFile" ("fileId", "since")
SELECT f."id", f."createdAt" FROM "File" f
WHERE NOT EXISTS (SELECT 1 FROM "MessageAttachment" a WHERE a."fileId" = f."id")
  AND NOT EXISTS (SELECT 1 FROM "AssignmentFile" a WHERE a."fileId" = f."id")
  AND NOT EXISTS (SELECT 1 FROM "SubmissionFile" s WHERE s."fileId" = f."id");
