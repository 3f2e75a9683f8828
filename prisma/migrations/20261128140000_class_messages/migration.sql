-- CreateEnum
CREATE TYPE "PostingPolicy" AS ENUM ('everyone', 'teachers_only');

-- AlterTable
ALTER TABLE "ClassGroup" ADD COLUMN     "lastSeq" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "postingPolicy" "PostingPolicy" NOT NULL DEFAULT 'everyone';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "mutedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "schoolId" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "changeSeq" BIGINT NOT NULL,
    "authorId" UUID NOT NULL,
    "clientId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "replyToId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" UUID,
    "pinnedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Message_classId_pinnedAt_idx" ON "Message"("classId", "pinnedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_classId_seq_key" ON "Message"("classId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Message_classId_changeSeq_key" ON "Message"("classId", "changeSeq");

-- CreateIndex
CREATE UNIQUE INDEX "Message_authorId_clientId_key" ON "Message"("authorId", "clientId");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_classId_fkey" FOREIGN KEY ("classId") REFERENCES "ClassGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
