import { canManageClass } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { findJoinTarget } from "./join-sql.ts";
import { assertLive, type LessonDeps } from "./lesson-access.ts";

/**
 * A LiveKit join token for a member of the lesson's class while the lesson is live. Teachers (and
 * the school's admins) present and moderate; students listen, and speak only while allowed.
 * The identity is the user's id, so webhooks and permission updates find them.
 */
export async function joinLesson({ db, video, viewer, lessonId }: LessonDeps & { viewer: Viewer; lessonId: string }): Promise<{ url: string; token: string }> {
  const target = await findJoinTarget({ db, viewer, lessonId });
  // Another school's lesson and a lesson of a class the viewer is not in look the same.
  if (!target) throw new AppError({ code: "NOT_FOUND", message: "This lesson does not exist or you are not in its class." });
  assertLive(target);
  const seat = canManageClass(target.access) ? "teacher" : "student";
  const canSpeak = seat === "student" && target.isSpeakerGranted;
  const token = await video.joinToken({ room: target.roomName, identity: viewer.userId, name: viewer.displayName, seat, canSpeak });
  return { url: video.clientUrl, token };
}
