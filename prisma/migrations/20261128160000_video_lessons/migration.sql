-- CreateEnum
CREATE TYPE "LessonState" AS ENUM ('scheduled', 'live', 'ended');

-- CreateTable
CREATE TABLE "Lesson" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "schoolId" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "state" "LessonState" NOT NULL DEFAULT 'scheduled',
    "roomName" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonParticipantSession" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "lessonId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "participantSid" TEXT NOT NULL,
    "joinedAt" TIMESTAMPTZ(3),
    "leftAt" TIMESTAMPTZ(3),

    CONSTRAINT "LessonParticipantSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonHand" (
    "lessonId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "raisedAt" TIMESTAMPTZ(3),
    "grantedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LessonHand_pkey" PRIMARY KEY ("lessonId","userId")
);

-- CreateTable
CREATE TABLE "LiveKitWebhookEvent" (
    "id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveKitWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Lesson_roomName_key" ON "Lesson"("roomName");

-- CreateIndex
CREATE INDEX "Lesson_classId_startsAt_idx" ON "Lesson"("classId", "startsAt");

-- CreateIndex
CREATE INDEX "LessonParticipantSession_lessonId_userId_idx" ON "LessonParticipantSession"("lessonId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "LessonParticipantSession_lessonId_participantSid_key" ON "LessonParticipantSession"("lessonId", "participantSid");

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_classId_fkey" FOREIGN KEY ("classId") REFERENCES "ClassGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonParticipantSession" ADD CONSTRAINT "LessonParticipantSession_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonParticipantSession" ADD CONSTRAINT "LessonParticipantSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonHand" ADD CONSTRAINT "LessonHand_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonHand" ADD CONSTRAINT "LessonHand_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
