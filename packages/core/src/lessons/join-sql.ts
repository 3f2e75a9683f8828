// The join-token lookup in one SQL statement, on the pool directly. Why not the Prisma client: a
// whole class asks for tokens in the same second when the lesson starts, and through Prisma this
// was three queries (lesson, the viewer's hand, class access) at Prisma's per-query compile cost;
// here it is one indexed round trip (see `npm run bench:lessons`). The access rule is the one of
// getClassAccess: a class of the viewer's school that is not archived, and a membership in it or
// the school's admin role.
import type { Db } from "@zang/db";
import type { ClassAccess, PostingPolicy } from "../classes/class-access.ts";
import type { Viewer } from "../viewer.ts";

export type JoinTarget = { state: "scheduled" | "live" | "ended"; roomName: string; access: ClassAccess; isSpeakerGranted: boolean };

export async function findJoinTarget({ db, viewer, lessonId }: { db: Db; viewer: Viewer; lessonId: string }): Promise<JoinTarget | null> {
  const { rows } = await db.pool.query<{
    state: JoinTarget["state"];
    roomName: string;
    classId: string;
    postingPolicy: PostingPolicy;
    memberRole: "student" | "teacher" | null;
    isMuted: boolean;
    isSpeakerGranted: boolean;
  }>(
    `SELECT l.state::text AS state, l."roomName", l."classId", c."postingPolicy"::text AS "postingPolicy",
            m.role::text AS "memberRole", m."mutedAt" IS NOT NULL AS "isMuted", h."grantedAt" IS NOT NULL AS "isSpeakerGranted"
     FROM "Lesson" l
     JOIN "ClassGroup" c ON c.id = l."classId" AND c."schoolId" = $3 AND c."archivedAt" IS NULL
     LEFT JOIN "Membership" m ON m."classId" = l."classId" AND m."userId" = $2
     LEFT JOIN "LessonHand" h ON h."lessonId" = l.id AND h."userId" = $2
     WHERE l.id = $1 AND l."schoolId" = $3`,
    [lessonId, viewer.userId, viewer.schoolId],
  );
  const row = rows[0];
  if (!row) return null;
  const role = row.memberRole ?? (viewer.role === "admin" ? "admin" : null);
  if (!role) return null;
  return {
    state: row.state,
    roomName: row.roomName,
    access: { classId: row.classId, role, postingPolicy: row.postingPolicy, isMuted: role === "admin" ? false : row.isMuted },
    isSpeakerGranted: row.isSpeakerGranted,
  };
}
