import type { Db } from "@zang/db";
import type { Viewer } from "../viewer.ts";
import { generateSessionToken, hashSessionToken, looksLikeSessionToken } from "./session-token.ts";

/** Idle lifetime: a session unused for this long expires. */
export const SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;
/** Refresh `lastSeenAt`/`expiresAt` at most this often, so reads do not turn into writes. */
const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export type ClientInfo = { ipAddress?: string | null; userAgent?: string | null };

export async function createSession({
  db,
  userId,
  schoolId,
  client,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  schoolId: string;
  client: ClientInfo;
  now?: Date;
}): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  const session = await db.prisma.session.create({
    data: {
      tokenHash: hashSessionToken(token),
      userId,
      schoolId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ipAddress: client.ipAddress ?? null,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
    },
    select: { id: true },
  });
  return { token, sessionId: session.id, expiresAt };
}

/** The viewer behind a bearer token, or null when the token is unknown, expired or its user disabled. */
export async function authenticate({ db, token, now = new Date() }: { db: Db; token: string; now?: Date }): Promise<Viewer | null> {
  if (!looksLikeSessionToken(token)) return null;
  const session = await db.prisma.session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: {
      id: true,
      schoolId: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, schoolId: true, role: true, displayName: true, disabledAt: true } },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt !== null) return null;
  if (session.user.schoolId !== session.schoolId) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
      select: { id: true },
    });
  }
  return {
    userId: session.user.id,
    schoolId: session.schoolId,
    role: session.user.role,
    displayName: session.user.displayName,
    sessionId: session.id,
  };
}

export async function revokeSession({ db, viewer }: { db: Db; viewer: Viewer }): Promise<void> {
  await db.prisma.session.deleteMany({ where: { id: viewer.sessionId, userId: viewer.userId } });
}

/** "Log out everywhere": every session of the user, this one included. */
export async function revokeAllSessions({ db, viewer }: { db: Db; viewer: Viewer }): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({ where: { userId: viewer.userId, schoolId: viewer.schoolId } });
  return count;
}

export async function deleteExpiredSessions({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
