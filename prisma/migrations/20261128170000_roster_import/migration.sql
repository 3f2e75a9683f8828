-- CreateEnum
CREATE TYPE "RosterImportStatus" AS ENUM ('queued', 'running', 'succeeded', 'refused', 'failed', 'interrupted');

-- AlterTable
ALTER TABLE "Credential" ADD COLUMN     "oneTimeCodeHash" TEXT,
ALTER COLUMN "passwordHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RosterImportJob" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "schoolId" UUID NOT NULL,
    "createdById" UUID,
    "actor" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT,
    "dryRun" BOOLEAN NOT NULL,
    "skipInvalid" BOOLEAN NOT NULL,
    "resetCodes" BOOLEAN NOT NULL DEFAULT false,
    "status" "RosterImportStatus" NOT NULL DEFAULT 'queued',
    "phase" TEXT NOT NULL DEFAULT 'queued',
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "bytesRead" BIGINT NOT NULL DEFAULT 0,
    "bytesTotal" BIGINT,
    "counts" JSONB,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "loginCodeCount" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "heartbeatAt" TIMESTAMPTZ(3),

    CONSTRAINT "RosterImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RosterImportError" (
    "id" BIGSERIAL NOT NULL,
    "jobId" UUID NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "RosterImportError_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterImportJob_schoolId_createdAt_idx" ON "RosterImportJob"("schoolId", "createdAt");

-- CreateIndex
CREATE INDEX "RosterImportError_jobId_id_idx" ON "RosterImportError"("jobId", "id");

-- AddForeignKey
ALTER TABLE "RosterImportJob" ADD CONSTRAINT "RosterImportJob_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterImportJob" ADD CONSTRAINT "RosterImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterImportError" ADD CONSTRAINT "RosterImportError_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "RosterImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
