import { getClassAccess } from "../classes/class-access.ts";
import type { MessagingDeps } from "../messages/messaging-deps.ts";
import { sendMessage } from "../messages/send-message.ts";
import type { Viewer } from "../viewer.ts";

/**
 * Posts a short notice in the class conversation on the teacher's behalf. `noticeId` makes it
 * idempotent (a retried request does not post twice). A notice is a courtesy: if it cannot be
 * posted, the homework action has still happened, so failures are logged, not thrown.
 */
export async function postClassNotice(deps: MessagingDeps & { viewer: Viewer; classId: string; noticeId: string; body: string }) {
  try {
    const access = await getClassAccess({ db: deps.db, viewer: deps.viewer, classId: deps.classId });
    await sendMessage({ ...deps, access, input: { classId: deps.classId, body: deps.body, clientId: deps.noticeId, replyToId: null } });
  } catch (error) {
    console.warn(`[homework] could not post notice ${deps.noticeId}:`, (error as Error).message);
  }
}
